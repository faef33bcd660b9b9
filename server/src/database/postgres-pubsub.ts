import { PostgresAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';
import { ReconnectingListener } from './reconnecting-listener.js';

/** What the Postgres socket.io adapter publishes: a cluster message or response. */
interface ClusterMessage {
  uid: string;
  nsp: string;
  type: number;
  data?: unknown;
}

type Log = { log(message: string): unknown; warn(message: string): unknown };

const CHANNEL_PREFIX = 'socket.io';
const TABLE = 'socket_io_attachments';
/** NOTIFY payloads are limited to 8000 bytes: bigger messages go through the table. */
const PAYLOAD_THRESHOLD = 8000;
const CLEANUP_MS = 30_000;

/** JSON that keeps binary data (socket.io packets may carry Buffers). */
function encode(message: unknown): string {
  return JSON.stringify(message, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { $bin: Buffer.from(raw).toString('base64') };
    if (raw instanceof ArrayBuffer) return { $bin: Buffer.from(raw).toString('base64') };
    return value;
  });
}

function decode(text: string): ClusterMessage {
  return JSON.parse(text, (_key, value: unknown) =>
    value && typeof value === 'object' && typeof (value as { $bin?: unknown }).$bin === 'string'
      ? Buffer.from((value as { $bin: string }).$bin, 'base64')
      : value,
  ) as ClusterMessage;
}

/**
 * The socket.io Postgres adapter's messaging, made to survive the database: NOTIFY through the pool
 * (a failure is logged, the message is lost like any message to a server that is down), LISTEN on
 * one `ReconnectingListener` that reconnects with backoff and LISTENs again after a restart. After a
 * reconnection every namespace's adapter emits `resubscribed`, so its users can catch up on what
 * they missed meanwhile.
 */
export class ResilientPostgresPubSub {
  private readonly adapters = new Map<string, PostgresAdapter>();
  private readonly listener: ReconnectingListener;
  private readonly cleanup: NodeJS.Timeout;
  private publishFailing = false;

  constructor(
    private readonly pool: pg.Pool,
    connectionString: string,
    private readonly log: Log,
  ) {
    this.listener = new ReconnectingListener({
      connectionString,
      log,
      onNotification: (_channel, payload) => void this.receive(payload),
      onReconnected: () => {
        for (const adapter of this.adapters.values()) adapter.emit('resubscribed');
      },
    });
    this.cleanup = setInterval(() => {
      pool
        .query(`DELETE FROM ${TABLE} WHERE created_at < now() - interval '${CLEANUP_MS} milliseconds'`)
        .catch((err: Error) => log.warn(`socket.io attachments cleanup: ${err.message}`));
    }, CLEANUP_MS);
    this.cleanup.unref();
  }

  /** Starts listening; resolves once listening or after `waitMs` (it keeps trying). */
  start(waitMs = 5000): Promise<void> {
    return this.listener.start(waitMs);
  }

  /** The adapter factory for `server.adapter(…)` (socket.io calls it with `new`: not an arrow function). */
  adapterFactory(): (nsp: { name: string }) => PostgresAdapter {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const pubsub = this;
    return function createPostgresAdapter(nsp: { name: string }): PostgresAdapter {
      const adapter = new PostgresAdapter(nsp, {}, pubsub as never);
      pubsub.adapters.set(nsp.name, adapter);
      void pubsub.listener.listen(`${CHANNEL_PREFIX}#${nsp.name}`);
      const close = adapter.close.bind(adapter);
      adapter.close = () => {
        pubsub.adapters.delete(nsp.name);
        return close();
      };
      return adapter;
    };
  }

  /** Called by PostgresAdapter for every message and response. */
  async publish(message: ClusterMessage): Promise<void> {
    try {
      const channel = `${CHANNEL_PREFIX}#${message.nsp}`;
      let payload = encode(message);
      if (Buffer.byteLength(payload) > PAYLOAD_THRESHOLD) {
        const { rows } = await this.pool.query<{ id: string }>(
          `INSERT INTO ${TABLE} (payload) VALUES ($1) RETURNING id`,
          [Buffer.from(payload)],
        );
        payload = JSON.stringify({ uid: message.uid, nsp: message.nsp, type: message.type, attachmentId: rows[0].id });
      }
      await this.pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
      if (this.publishFailing) this.log.log('socket.io Postgres adapter: publishing again.');
      this.publishFailing = false;
    } catch (err) {
      // Once per outage, not for every heartbeat.
      if (!this.publishFailing) this.log.warn(`socket.io Postgres adapter cannot publish: ${(err as Error).message}`);
      this.publishFailing = true;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.cleanup);
    await this.listener.close();
  }

  private async receive(payload: string): Promise<void> {
    try {
      const header = decode(payload) as ClusterMessage & { attachmentId?: string };
      const adapter = this.adapters.get(header.nsp);
      if (!adapter || header.uid === (adapter as unknown as { uid: string }).uid) return;
      let message: ClusterMessage = header;
      if (header.attachmentId) {
        const { rows } = await this.pool.query<{ payload: Buffer }>(`SELECT payload FROM ${TABLE} WHERE id = $1`, [
          header.attachmentId,
        ]);
        if (!rows[0]) return;
        message = decode(rows[0].payload.toString());
      }
      (adapter as unknown as { onMessage(m: ClusterMessage): void }).onMessage(message);
    } catch (err) {
      this.log.warn(`socket.io Postgres adapter: ${(err as Error).message}`);
    }
  }
}
