import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import pg from 'pg';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { COLLAB_LIMITS } from '@switchback/shared';

/**
 * socket.io for several server processes: rooms and server-to-server messages go through Redis
 * when `REDIS_URL` is set, through PostgreSQL's LISTEN/NOTIFY otherwise.
 */
export class ClusterIoAdapter extends IoAdapter {
  private readonly log = new Logger('ClusterIoAdapter');
  private adapterFactory?: ReturnType<typeof createPostgresAdapter> | ReturnType<typeof createRedisAdapter>;
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
      const pub = createClient({ url: this.redisUrl });
      const sub = pub.duplicate();
      pub.on('error', (err: Error) => this.log.warn(`Redis: ${err.message}`));
      sub.on('error', (err: Error) => this.log.warn(`Redis: ${err.message}`));
      await Promise.all([pub.connect(), sub.connect()]);
      this.adapterFactory = createRedisAdapter(pub, sub);
      this.closers.push(
        () => pub.quit(),
        () => sub.quit(),
      );
      this.log.log('Live documents shared between servers through Redis.');
    } else {
      const pool = new pg.Pool({ connectionString: this.databaseUrl, max: 4 });
      pool.on('error', (err) => this.log.warn(`PostgreSQL (socket.io adapter): ${err.message}`));
      // The adapter takes a connection for LISTEN as soon as it is created; wait for it, or a close
      // during start-up would leave that connection checked out and `pool.end()` waiting forever.
      const listening = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        pool.once('acquire', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.adapterFactory = createPostgresAdapter(pool, {
        errorHandler: (err) => this.log.warn(`socket.io Postgres adapter: ${err.message}`),
      });
      await listening;
      this.closers.push(() => Promise.race([pool.end(), new Promise((r) => setTimeout(r, 3000).unref())]));
    }
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...(options as ServerOptions),
      // A little above the collaboration limit in base64, so an oversized change gets a clear refusal.
      maxHttpBufferSize: Math.ceil((COLLAB_LIMITS.maxMessageBytes * 4) / 3) + 64 * 1024,
    }) as Server;
    if (this.adapterFactory) server.adapter(this.adapterFactory);
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.allSettled(this.closers.map((close) => close()));
  }
}
