import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { TimedClient } from './timed-client.js';

/** How long the app waits on PostgreSQL before telling the person it is not answering. */
export interface DatabaseTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectTimeoutMs: number;
  /** One statement: PostgreSQL cancels it after this; the client gives up a second later if the server stalled. */
  statementTimeoutMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectTimeoutMs: 3000, statementTimeoutMs: 10_000 };

/**
 * pg pool options that fail fast when PostgreSQL is down or stalled, instead of hanging every
 * request: connect and statement timeouts, a client-side read timeout for a server that stopped
 * answering, TCP keep-alive for a cut network, and no transaction left idle for long.
 */
export function poolOptions(t: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS): Record<string, unknown> {
  return {
    max: 10,
    Client: TimedClient,
    connectionTimeoutMillis: t.connectTimeoutMs,
    statement_timeout: t.statementTimeoutMs,
    query_timeout: t.statementTimeoutMs + 1000,
    // Generous: a transaction may wait on something else (the outbox sends mail inside one).
    idle_in_transaction_session_timeout: Math.max(300_000, t.statementTimeoutMs * 3),
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

/**
 * TypeORM options: committed migrations, never `synchronize`. The app's pool has the timeouts of
 * `poolOptions`; migrations run on a connection of their own without them (see prepare.ts).
 */
export function dataSourceOptions(
  url: string,
  timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    extra: poolOptions(timeouts),
  };
}
