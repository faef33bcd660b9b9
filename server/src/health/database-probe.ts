import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { TimedClient } from '../database/timed-client.js';

/** What /healthz says of the database: 'ok', or 'unreachable: <why>'. */
export type DatabaseState = 'ok' | `unreachable: ${string}`;

/** The probe answers within this, whatever PostgreSQL does. */
export const PROBE_DEADLINE_MS = 500;

function reason(err: unknown): string {
  const e = err as { code?: string; message?: string } | null;
  const message = e?.message ?? '';
  if (/timeout/i.test(message)) return `not answering within ${PROBE_DEADLINE_MS} ms`;
  if (e?.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message)) return 'connection refused';
  if (e?.code === '57P01' || e?.code === '57P02') return 'restarting';
  if (e?.code === '57P03') return 'starting up or shutting down';
  if (/terminated|ECONNRESET|not queryable/i.test(message)) return 'connection lost';
  return e?.code ? `error ${e.code}` : 'error';
}

/**
 * Checks PostgreSQL for /healthz on a connection of its own (so a pool full of stuck requests
 * cannot hold it up), and always answers within PROBE_DEADLINE_MS. Concurrent checks share one probe.
 */
@Injectable()
export class DatabaseProbe implements OnApplicationShutdown {
  private pool: pg.Pool | null = null;
  private inFlight: Promise<DatabaseState> | null = null;

  constructor(private readonly url: string) {}

  check(): Promise<DatabaseState> {
    this.inFlight ??= this.probe().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  async onApplicationShutdown(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.end().catch(() => undefined);
  }

  private async probe(): Promise<DatabaseState> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<DatabaseState>((resolve) => {
      timer = setTimeout(() => resolve(`unreachable: not answering within ${PROBE_DEADLINE_MS} ms`), PROBE_DEADLINE_MS);
    });
    const query = this.connection()
      .query('SELECT 1')
      .then((): DatabaseState => 'ok')
      .catch((err: unknown): DatabaseState => `unreachable: ${reason(err)}`);
    try {
      return await Promise.race([query, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private connection(): pg.Pool {
    if (!this.pool) {
      this.pool = new pg.Pool({
        connectionString: this.url,
        max: 1,
        Client: TimedClient,
        connectionTimeoutMillis: PROBE_DEADLINE_MS - 50,
        query_timeout: PROBE_DEADLINE_MS - 50,
        idleTimeoutMillis: 60_000,
        keepAlive: true,
        allowExitOnIdle: true,
      });
      // An idle connection lost in a restart: the pool drops it, the next probe opens another.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }
}
