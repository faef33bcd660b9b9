import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../../server/src/config/config.js';
import { dataSourceOptions } from '../../server/src/database/data-source-options.js';
import { withDatabase } from '../../server/src/database/database-url.js';
import { freePort } from '../../server/src/database/embedded-postgres.js';
import { randomIp, testDatabaseUrl, type GqlOptions, type GqlResult } from './harness.js';

/**
 * The built server (`node server/dist/main.js`) as a separate OS process, for what an in-process
 * server cannot show: a SIGKILL, or several processes sharing one database. `npm test` builds the
 * server before jest runs; `assertServerBuilt` refuses to run a build older than its sources.
 */

const MAIN = path.join(REPO_ROOT, 'server/dist/main.js');

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: GqlOptions,
  ): Promise<GqlResult<T>>;
  /** Sends a signal (SIGKILL unless told) and resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A database of its own on the test PostgreSQL server, dropped by `drop`. */
export interface TestDatabase {
  url: string;
  /** A TypeORM connection (entities, no migrations run) for factories; open after a server migrated it. */
  connect(): Promise<DataSource>;
  drop(): Promise<void>;
}

/**
 * What these tests exercise in a server process: the engine, its protocol, the units that own
 * documents, and how it lives with its database (connections, timeouts, /healthz).
 */
const WATCHED = [
  'server/src/collaboration',
  'server/src/units',
  'server/src/database',
  'server/src/health',
  'shared/src',
];

function sourcesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((e) =>
      e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !e.name.endsWith('.d.ts')
        ? [path.join(e.parentPath, e.name)]
        : [],
    );
}

let checked = false;

/**
 * Throws when the server is not built, or a built file of the engine, its protocol or units is older
 * than its source (a source without a built file is not imported by the build yet; if it were, the
 * process would fail to start). Checked once per test file, before its first server process.
 */
export function assertServerBuilt(): void {
  if (checked) return;
  const hint = 'run `npm run build -w shared && npm run build -w server` (npm test does) before these tests.';
  if (!fs.existsSync(MAIN)) throw new Error(`${path.relative(REPO_ROOT, MAIN)} is missing: ${hint}`);
  for (const watched of WATCHED) {
    const [pkg] = watched.split('/');
    const src = path.join(REPO_ROOT, pkg, 'src');
    for (const file of sourcesUnder(path.join(REPO_ROOT, watched))) {
      if (pkg === 'shared' && !path.basename(file).startsWith('collab')) continue;
      const built = path.join(REPO_ROOT, pkg, 'dist', path.relative(src, file).replace(/\.ts$/, '.js'));
      if (fs.existsSync(built) && fs.statSync(built).mtimeMs < fs.statSync(file).mtimeMs)
        throw new Error(`${path.relative(REPO_ROOT, built)} is older than its source: ${hint}`);
    }
  }
  checked = true;
}

export async function createDatabase(): Promise<TestDatabase> {
  const name = `switchback_proc_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: withDatabase(testDatabaseUrl(), 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(testDatabaseUrl(), name);
  const sources: DataSource[] = [];
  return {
    url,
    async connect() {
      const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 4 } });
      await ds.initialize();
      sources.push(ds);
      return ds;
    },
    async drop() {
      await Promise.allSettled(sources.map((ds) => ds.destroy()));
      const c = new pg.Client({ connectionString: withDatabase(testDatabaseUrl(), 'postgres') });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Server processes still running: killed if the test process ends without stopping them. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ProcessOptions {
  /** Added to or overriding the environment (e.g. REDIS_URL). */
  env?: Record<string, string>;
  /** A port to listen on (e.g. a killed server's, so its clients can reconnect); a free one otherwise. */
  port?: number;
  deadlineMs?: number;
}

/**
 * Starts `node server/dist/main.js` on `databaseUrl` (migrating it, never seeding) and resolves once
 * /healthz answers. DATABASE_URL and REDIS_URL of the test run itself are not passed on.
 */
export async function startServerProcess(databaseUrl: string, opts: ProcessOptions = {}): Promise<ServerProcess> {
  assertServerBuilt();
  const { env = {}, deadlineMs = 60_000 } = opts;
  const port = opts.port ?? (await freePort());
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'PUBLIC_URL', 'DATA_DIR', 'NODE_OPTIONS'])
    delete childEnv[key];
  Object.assign(childEnv, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    SEED_DEMO: '0',
    TRUST_PROXY: '1',
    LOG_LEVEL: 'log',
    NO_COLOR: '1',
    ...env,
  });
  const child = spawn(process.execPath, [MAIN], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  const collect = (d: Buffer) => {
    out += d.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const url = `http://127.0.0.1:${port}`;
  const ip = randomIp();
  const proc: ServerProcess = {
    url,
    port,
    child,
    output: () => out,
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
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const until = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server process exited before it was ready:\n${out}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return proc;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) {
      await proc.kill();
      throw new Error(`the server process was not ready within ${deadlineMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
