import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomIp, startServer, type TestServer } from '../../../test/support/harness.js';
import { SignInLimiterService } from './sign-in-limiter.service.js';

describe('SignInLimiterService', () => {
  let server: TestServer;
  let limiter: SignInLimiterService;
  beforeAll(async () => {
    server = await startServer({ SIGN_IN_ACCOUNT_LIMIT: '2', SIGN_IN_IP_LIMIT: '4' });
    limiter = server.app.get(SignInLimiterService);
  });
  afterAll(() => server.close());

  it('blocks an account after its limit of failures', async () => {
    const login = `limit-${Date.now()}@example.org`;
    await limiter.record(login, randomIp(), false);
    await expect(limiter.check(login, randomIp())).resolves.toBeUndefined();
    await limiter.record(login, randomIp(), false);
    await expect(limiter.check(login, randomIp())).rejects.toThrow(/for this account/);
  });

  it('forgives earlier failures after a successful sign-in', async () => {
    const login = `forgive-${Date.now()}@example.org`;
    await limiter.record(login, randomIp(), false);
    await limiter.record(login, randomIp(), true);
    await limiter.record(login, randomIp(), false);
    await expect(limiter.check(login, randomIp())).resolves.toBeUndefined();
  });

  it('blocks an address after its limit of failures across accounts', async () => {
    const ip = randomIp();
    for (let i = 0; i < 4; i++) await limiter.record(`ip-${i}-${Date.now()}@example.org`, ip, false);
    await expect(limiter.check('someone-else@example.org', ip)).rejects.toThrow(/from this network connection/);
    await expect(limiter.check('someone-else@example.org', randomIp())).resolves.toBeUndefined();
  });

  it('does not count failures older than the window', async () => {
    const login = `old-${Date.now()}@example.org`;
    const ip = randomIp();
    await limiter.record(login, ip, false);
    await limiter.record(login, ip, false);
    await server.db.query(`UPDATE sign_in_attempt SET created_at = now() - interval '1 hour' WHERE login = $1`, [
      login,
    ]);
    await expect(limiter.check(login, ip)).resolves.toBeUndefined();
  });
});
