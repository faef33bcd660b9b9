import { afterEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { backoffDelay, ReconnectingListener } from './reconnecting-listener.js';
import { freePort } from './embedded-postgres.js';

function testUrl(applicationName: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.searchParams.set('application_name', applicationName);
  return url.toString();
}

async function waitFor(predicate: () => boolean, what: string, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function sql(text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

describe('backoffDelay', () => {
  it('doubles-from-the-first-pause-up-to-the-cap-with-a-quarter-of-jitter', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffDelay(n, 250, 4000, mid))).toEqual([
      250, 500, 1000, 2000, 4000, 4000, 4000,
    ]);
    expect(backoffDelay(2, 250, 4000, () => 0)).toBe(750);
    expect(backoffDelay(2, 250, 4000, () => 0.999)).toBeLessThanOrEqual(1250);
  });
});

describe('ReconnectingListener', () => {
  const listeners: ReconnectingListener[] = [];
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((l) => l.close()));
  });

  it('listens-on-channels-added-at-once-one-query-at-a-time-and-hears-each', async () => {
    const channels = [1, 2, 3].map((i) => `spec_${randomBytes(4).toString('hex')}_${i}`);
    const received: string[] = [];
    const listener = new ReconnectingListener({
      connectionString: testUrl(`listener-spec-${randomBytes(4).toString('hex')}`),
      onNotification: (ch, payload) => channels.includes(ch) && received.push(payload),
    });
    listeners.push(listener);
    await listener.start();
    // pg warns (and pg 9 will throw) when a client is handed a query while one is running: count
    // each client's queries in flight.
    const query = pg.Client.prototype.query;
    const inFlight = new WeakMap<object, number>();
    let most = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const n = (inFlight.get(this) ?? 0) + 1;
      inFlight.set(this, n);
      most = Math.max(most, n);
      const result = (query as (...a: unknown[]) => unknown).apply(this, args);
      void Promise.resolve(result)
        .catch(() => undefined)
        .then(() => inFlight.set(this, (inFlight.get(this) ?? 1) - 1));
      return result;
    } as typeof query;
    try {
      await Promise.all(channels.map((ch) => listener.listen(ch)));
    } finally {
      pg.Client.prototype.query = query;
    }
    expect(most).toBe(1);
    for (const [i, ch] of channels.entries()) await sql('SELECT pg_notify($1, $2)', [ch, `hello ${i}`]);
    await waitFor(() => received.length === 3, 'the three notifications');
    expect(received.sort()).toEqual(['hello 0', 'hello 1', 'hello 2']);
  });

  it('survives-its-connection-being-terminated-and-listens-again-on-every-channel', async () => {
    const name = `listener-spec-${randomBytes(4).toString('hex')}`;
    const channel = `spec_${randomBytes(4).toString('hex')}`;
    const received: string[] = [];
    let reconnections = 0;
    const listener = new ReconnectingListener({
      connectionString: testUrl(name),
      onNotification: (ch, payload) => ch === channel && received.push(payload),
      onReconnected: () => reconnections++,
      initialDelayMs: 20,
    });
    listeners.push(listener);
    await listener.start();
    await listener.listen(channel);
    expect(listener.listening).toBe(true);
    await sql('SELECT pg_notify($1, $2)', [channel, 'before']);
    await waitFor(() => received.includes('before'), 'the first notification');

    // What a restart does to it: the server ends the connection (an 'error' event on the client).
    await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [name]);
    await waitFor(() => reconnections === 1 && listener.listening, 'the reconnection');
    await sql('SELECT pg_notify($1, $2)', [channel, 'after']);
    await waitFor(() => received.includes('after'), 'a notification after the reconnection');
  });

  it('keeps-trying-with-growing-pauses-while-nothing-answers-and-stops-when-closed', async () => {
    const port = await freePort();
    const pauses: number[] = [];
    const listener = new ReconnectingListener({
      connectionString: `postgres://nobody:nothing@127.0.0.1:${port}/none`,
      onNotification: () => undefined,
      initialDelayMs: 10,
      maxDelayMs: 80,
      onRetry: (_attempt, delay) => pauses.push(delay),
    });
    listeners.push(listener);
    await listener.start(50);
    expect(listener.listening).toBe(false);
    await waitFor(() => pauses.length >= 6, 'six retries');
    // 10, 20, 40, 80, 80, 80 ms, each within ±25 %.
    [10, 20, 40, 80, 80, 80].forEach((base, i) => {
      expect(pauses[i]).toBeGreaterThanOrEqual(Math.floor(base * 0.75));
      expect(pauses[i]).toBeLessThanOrEqual(Math.ceil(base * 1.25));
    });
    await listener.close();
    const count = pauses.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(pauses.length).toBe(count);
  });
});
