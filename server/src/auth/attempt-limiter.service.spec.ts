import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomIp, startServer, type TestServer } from '../../../test/support/harness.js';
import { AttemptLimiterService } from './attempt-limiter.service.js';

describe('AttemptLimiterService', () => {
  let server: TestServer;
  let limiter: AttemptLimiterService;
  beforeAll(async () => {
    server = await startServer({ SIGN_IN_ACCOUNT_LIMIT: '2', SIGN_IN_IP_LIMIT: '4' });
    limiter = server.app.get(AttemptLimiterService);
  });
  afterAll(() => server.close());

  const buckets = (like: string) =>
    server.db.query<{ key: string; failures: number; last_success_at: Date | null }[]>(
      `SELECT key, failures, last_success_at FROM rate_limit_bucket WHERE key LIKE $1 ORDER BY key`,
      [like],
    );

  it('counts before the check, and a success forgives the account and marks the address known', async () => {
    const login = `Limit-${Date.now()}@Example.org`;
    const ip = randomIp();
    await limiter.admit('sign-in', login, ip);
    const second = await limiter.admit('sign-in', login.toLowerCase(), ip);
    await expect(limiter.admit('sign-in', ` ${login} `, ip)).rejects.toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
    await limiter.succeeded(second);
    const rows = await buckets(`sign-in:%${login.toLowerCase()}%`);
    expect(rows.map((r) => [r.key.split(':')[1], r.failures, r.last_success_at !== null])).toEqual([
      ['account', 0, false],
      ['pair', 0, true],
    ]);
    const [address] = await buckets(`sign-in:address:${ip}`);
    expect(address.failures).toBe(1);
  });

  it('prunes counters whose window is long over, but keeps known addresses', async () => {
    const ip = randomIp();
    const stale = `stale-${Date.now()}@example.org`;
    const known = `known-${Date.now()}@example.org`;
    await limiter.admit('sign-in', stale, ip);
    await limiter.succeeded(await limiter.admit('sign-in', known, ip));
    await server.db.query(
      `UPDATE rate_limit_bucket SET window_started_at = now() - interval '2 days' WHERE key LIKE $1`,
      [`sign-in:%${ip}`],
    );
    // The stale pair and the address counter go; the known pair stays.
    expect(await limiter.prune()).toBeGreaterThanOrEqual(2);
    expect((await buckets(`sign-in:pair:${stale}|%`)).length).toBe(0);
    expect((await buckets(`sign-in:pair:${known}|%`)).length).toBe(1);
  });
});
