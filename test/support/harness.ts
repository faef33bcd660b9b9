import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../server/src/app.factory.js';
import { loadConfig, type AppConfig } from '../../server/src/config/config.js';
import { migrateAndSeed } from '../../server/src/database/prepare.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: Record<string, string> } }[];
  headers: Headers;
}

export interface GqlOptions {
  token?: string | null;
  /** Pretends to come from this address (the test server trusts X-Forwarded-For). */
  ip?: string;
  cookie?: string;
}

export interface TestServer {
  url: string;
  app: NestExpressApplication;
  db: DataSource;
  config: AppConfig;
  /** A random client address for this server, so rate limits of parallel test files never meet. */
  ip: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: GqlOptions,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (its globalSetup starts PostgreSQL).');
  return url;
}

/** Starts the whole server on port 0 against the test database. */
export async function startServer(
  env: Record<string, string> = {},
  overrides: Partial<AppConfig> = {},
): Promise<TestServer> {
  const databaseUrl = testDatabaseUrl();
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'error',
      PUBLIC_URL: 'http://switchback.test',
      ...env,
    }),
    clientDist: '/nonexistent',
    ...overrides,
  };
  await migrateAndSeed(databaseUrl, false);
  const app = await createApp(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const ip = randomIp();
  return {
    url,
    app,
    config,
    ip,
    db: app.get(DataSource),
    async gql(query, variables = {}, opts = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': opts.ip ?? ip };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (opts.cookie) headers.cookie = opts.cookie;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: GqlResult['errors'] };
      return { status: res.status, data: (body.data ?? null) as never, errors: body.errors, headers: res.headers };
    },
    async close() {
      await app.close();
    },
  };
}

/** The first error's code, for terse denial assertions. */
export function errorCode(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
