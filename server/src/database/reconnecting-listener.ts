import pg from 'pg';

/** The pause before reconnection attempt `attempt` (0 = the first): doubling, capped, with ±25 % jitter. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number, random = Math.random): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (0.75 + random() * 0.5));
}

export interface ReconnectingListenerOptions {
  connectionString: string;
  /** A NOTIFY on one of the channels listened to. */
  onNotification(channel: string, payload: string): void;
  /** Connected and listening again after a lost connection (not called for the first connection). */
  onReconnected?(): void;
  log?: { log(message: string): unknown; warn(message: string): unknown };
  /** First pause before reconnecting (default 250 ms); it doubles on each failed attempt… */
  initialDelayMs?: number;
  /** …up to this (default 10 s). */
  maxDelayMs?: number;
  /** How long one connection attempt may take (default 5 s). */
  connectTimeoutMs?: number;
  /** Called with each pause before an attempt (for tests and logs). */
  onRetry?(attempt: number, delayMs: number): void;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * One PostgreSQL connection that LISTENs on a set of channels and stays listening: when the
 * connection is lost (a restart, a crash, a network cut) its error is handled, never thrown, and it
 * reconnects with exponential backoff and LISTENs again on every channel. NOTIFYs sent while it was
 * disconnected are lost, which is why `onReconnected` exists: callers catch up from the database.
 */
export class ReconnectingListener {
  private client: pg.Client | null = null;
  private readonly channels = new Set<string>();
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private everConnected = false;
  private connecting: Promise<void> | null = null;
  private readonly firstConnection: Promise<void>;
  private resolveFirst!: () => void;
  /** LISTENs added while connected go one at a time: a pg client runs one query at a time. */
  private listenQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: ReconnectingListenerOptions) {
    this.firstConnection = new Promise((resolve) => (this.resolveFirst = resolve));
  }

  /** Whether a connection is up and listening on every channel. */
  get listening(): boolean {
    return this.client !== null;
  }

  /**
   * Starts connecting. Resolves once listening, or after `waitMs` whatever happened (the listener
   * keeps trying in the background).
   */
  async start(waitMs = 5000): Promise<void> {
    if (!this.connecting && !this.client && !this.timer) this.connecting = this.connect();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.firstConnection,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, waitMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
  }

  /** Adds a channel; LISTENs on it now if connected, and after every reconnection. */
  async listen(channel: string): Promise<void> {
    if (this.channels.has(channel)) return;
    this.channels.add(channel);
    const client = this.client;
    if (!client) return;
    const listened = this.listenQueue.then(() => client.query(`LISTEN ${quoteIdent(channel)}`));
    this.listenQueue = listened.catch(() => undefined);
    try {
      await listened;
    } catch (err) {
      // The connection is going: the reconnection LISTENs on every channel.
      this.opts.log?.warn(`LISTEN ${channel} failed: ${(err as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const client = this.client;
    this.client = null;
    this.resolveFirst();
    await this.connecting?.catch(() => undefined);
    if (client) await this.end(client);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.opts.connectionString,
      connectionTimeoutMillis: this.opts.connectTimeoutMs ?? 5000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      void this.end(client);
      if (this.closed) return;
      this.opts.log?.warn(`Lost the PostgreSQL LISTEN connection (${reason}); reconnecting…`);
      this.schedule();
    };
    // Handled, never thrown: an 'error' event without a listener would end the process.
    client.on('error', (err: Error) => onLost(err.message));
    client.on('end', () => onLost('connection closed'));
    client.on('notification', (msg: pg.Notification) => {
      if (this.client === client) this.opts.onNotification(msg.channel, msg.payload ?? '');
    });
    let failure: Error | null = null;
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (err) {
      failure = err as Error;
    }
    this.connecting = null;
    if (failure || lost || this.closed) {
      if (!lost) {
        lost = true;
        void this.end(client);
      }
      if (failure && !this.closed) this.opts.log?.warn(`Could not LISTEN on PostgreSQL: ${failure.message}`);
      this.schedule();
      return;
    }
    this.client = client;
    this.attempt = 0;
    const reconnected = this.everConnected;
    this.everConnected = true;
    this.resolveFirst();
    if (reconnected) {
      this.opts.log?.log('Listening on PostgreSQL again.');
      this.opts.onReconnected?.();
    }
  }

  private schedule(): void {
    if (this.closed || this.timer || this.connecting) return;
    const delay = backoffDelay(this.attempt, this.opts.initialDelayMs ?? 250, this.opts.maxDelayMs ?? 10_000);
    this.opts.onRetry?.(this.attempt, delay);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.closed) this.connecting = this.connect();
    }, delay);
    this.timer.unref();
  }

  private async end(client: pg.Client): Promise<void> {
    await Promise.race([
      client.end().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 1000).unref()),
    ]);
  }
}
