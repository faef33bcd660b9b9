import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import pg from 'pg';
import type { Server } from 'socket.io';
import { COLLAB_LIMITS } from '@switchback/shared';
import { ResilientPostgresPubSub } from '../database/postgres-pubsub.js';
import { TimedClient } from '../database/timed-client.js';

type AdapterFactory = ReturnType<ResilientPostgresPubSub['adapterFactory']> | ReturnType<typeof createRedisAdapter>;

/**
 * socket.io for several server processes: rooms and server-to-server messages go through Redis
 * when `REDIS_URL` is set, through PostgreSQL's LISTEN/NOTIFY otherwise. Both survive a restart of
 * what they use: errors are logged, never thrown, and the connections come back by themselves.
 */
export class ClusterIoAdapter extends IoAdapter {
  private readonly log = new Logger('ClusterIoAdapter');
  private adapterFactory?: AdapterFactory;
  private readonly closers: (() => Promise<unknown>)[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly databaseUrl: string,
    private readonly redisUrl?: string,
  ) {
    super(app);
  }

  /** Connects to the shared channel; call before the application starts listening. */
  async connect(): Promise<void> {
    if (this.redisUrl) {
      // Loaded only when used: the Redis client is a large module tree most servers never need.
      const [{ createClient }, { createAdapter }] = await Promise.all([
        import('redis'),
        import('@socket.io/redis-adapter'),
      ]);
      const pub = createClient({ url: this.redisUrl });
      const sub = pub.duplicate();
      pub.on('error', (err: Error) => this.log.warn(`Redis: ${err.message}`));
      sub.on('error', (err: Error) => this.log.warn(`Redis: ${err.message}`));
      await Promise.all([pub.connect(), sub.connect()]);
      this.adapterFactory = createAdapter(pub, sub);
      this.closers.push(
        () => pub.quit(),
        () => sub.quit(),
      );
      this.log.log('Live documents shared between servers through Redis.');
    } else {
      // NOTIFY and attachments through a small pool; LISTEN on a connection of its own that reconnects.
      const pool = new pg.Pool({
        connectionString: this.databaseUrl,
        max: 4,
        Client: TimedClient,
        connectionTimeoutMillis: 3000,
        query_timeout: 5000,
        keepAlive: true,
      });
      pool.on('error', (err) => this.log.warn(`PostgreSQL (socket.io adapter): ${err.message}`));
      const pubsub = new ResilientPostgresPubSub(pool, this.databaseUrl, this.log);
      this.adapterFactory = pubsub.adapterFactory();
      await pubsub.start();
      this.closers.push(async () => {
        await pubsub.close();
        await Promise.race([pool.end(), new Promise((r) => setTimeout(r, 3000).unref())]);
      });
    }
  }

  override createIOServer(port: number, options?: Parameters<IoAdapter['createIOServer']>[1]) {
    const server = super.createIOServer(port, {
      ...options,
      // A little above the collaboration limit in base64, so an oversized change gets a clear refusal.
      maxHttpBufferSize: Math.ceil((COLLAB_LIMITS.maxMessageBytes * 4) / 3) + 64 * 1024,
    } as Parameters<IoAdapter['createIOServer']>[1]) as ReturnType<IoAdapter['createIOServer']>;
    if (this.adapterFactory) (server as unknown as Server).adapter(this.adapterFactory as never);
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.allSettled(this.closers.map((close) => close()));
  }
}
