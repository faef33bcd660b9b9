import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNetwork, createPerson, PASSWORD, type TestPerson } from '../support/factories.js';
import { errorCode, randomIp, startServer, type GqlResult, type TestServer } from '../support/harness.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 30;

type Result = GqlResult<{ signIn: { token: string } }>;
const retryAfter = (r: GqlResult<unknown>) =>
  (r.errors?.[0]?.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;

describe('sign-in limits hold under races and spare the innocent', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      SIGN_IN_ACCOUNT_LIMIT: String(ACCOUNT_LIMIT),
      SIGN_IN_IP_LIMIT: String(ADDRESS_LIMIT),
      SIGN_IN_WINDOW_MINUTES: '15',
    });
  });
  afterAll(() => server.close());

  const signIn = (login: string, password: string, ip: string): Promise<Result> =>
    server.gql(SIGN_IN, { input: { login, password } }, { ip });
  const teacher = async (): Promise<TestPerson> => createPerson(server.db, await createNetwork(server.db), 'TEACHER');
  const codes = (results: GqlResult<unknown>[]) => {
    const count: Record<string, number> = {};
    for (const r of results) count[errorCode(r) ?? 'OK'] = (count[errorCode(r) ?? 'OK'] ?? 0) + 1;
    return count;
  };

  it('60-parallel-wrong-passwords-from-one-address-get-at-most-the-limit-checked', async () => {
    const t = await teacher();
    const ip = randomIp();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(t.login, `wrong password ${i}`, ip)));
    // BAD_USER_INPUT means the password was verified; the rest were refused before any check.
    expect(codes(results)).toEqual({ BAD_USER_INPUT: ACCOUNT_LIMIT, TOO_MANY_REQUESTS: 60 - ACCOUNT_LIMIT });
    // And the right password from that address is refused too: the guesser's address is done.
    expect(errorCode(await signIn(t.login, PASSWORD, ip))).toBe('TOO_MANY_REQUESTS');
  });

  it('60-parallel-wrong-passwords-from-60-addresses-get-at-most-the-account-wide-limit-checked', async () => {
    const t = await teacher();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signIn(t.login, `wrong password ${i}`, randomIp())),
    );
    const wide = ACCOUNT_LIMIT * 4;
    expect(codes(results)).toEqual({ BAD_USER_INPUT: wide, TOO_MANY_REQUESTS: 60 - wide });
  });

  it('the-owner-signs-in-from-another-address-while-the-attackers-address-is-limited', async () => {
    const t = await teacher();
    const attacker = randomIp();
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      expect(errorCode(await signIn(t.login, `guess ${i}`, attacker))).toBe('BAD_USER_INPUT');
    }
    const blocked = await signIn(t.login, `guess again`, attacker);
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toMatch(/Too many failed sign-in attempts for this account/);
    expect(retryAfter(blocked)).toBeGreaterThan(14 * 60);

    // Before: the right password was refused from any address for the whole window.
    const owner = await signIn(t.login, PASSWORD, randomIp());
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.signIn.token).toEqual(expect.any(String));
    // The attacker is still limited after the owner's success.
    expect(errorCode(await signIn(t.login, PASSWORD, attacker))).toBe('TOO_MANY_REQUESTS');
  });

  it('a-guesser-spread-over-many-addresses-is-stopped-but-the-owners-known-device-still-gets-in', async () => {
    const t = await teacher();
    const home = randomIp();
    expect((await signIn(t.login, PASSWORD, home)).errors).toBeUndefined();
    for (let i = 0; i < ACCOUNT_LIMIT * 4; i++) {
      expect(errorCode(await signIn(t.login, `guess ${i}`, randomIp()))).toBe('BAD_USER_INPUT');
    }
    // A new address is stopped even with the right password…
    expect(errorCode(await signIn(t.login, PASSWORD, randomIp()))).toBe('TOO_MANY_REQUESTS');
    // …but the address the owner signed in from before is not.
    expect((await signIn(t.login, PASSWORD, home)).errors).toBeUndefined();
  });

  it('a-school-behind-one-address-with-30-failures-by-others-is-delayed-not-walled', async () => {
    const net = await createNetwork(server.db);
    const regular = await createPerson(server.db, net, 'TEACHER');
    const newcomer = await createPerson(server.db, net, 'TEACHER');
    const school = randomIp();
    // A teacher who signs in at school every day.
    expect((await signIn(regular.login, PASSWORD, school)).errors).toBeUndefined();
    // Thirty failures by others from the school's one address (students mistyping, or a guesser).
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect(errorCode(await signIn(`someone${i}-${school}@example.org`, 'wrong', school))).toBe('BAD_USER_INPUT');
    }
    // Before: everyone at the school was refused for the whole window. Now the known device is not slowed…
    expect((await signIn(regular.login, PASSWORD, school)).errors).toBeUndefined();

    // …and someone signing in there for the first time waits a bounded delay, then gets in.
    const first = await signIn(newcomer.login, PASSWORD, school);
    expect(errorCode(first)).toBe('TOO_MANY_REQUESTS');
    expect(first.errors?.[0].message).toMatch(/from this network connection/);
    expect(retryAfter(first)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(first)).toBeLessThanOrEqual(60);
    const deadline = Date.now() + 15_000;
    let last: Result = first;
    while (errorCode(last) === 'TOO_MANY_REQUESTS' && Date.now() < deadline) {
      expect(retryAfter(last)).toBeLessThanOrEqual(60);
      await new Promise((resolve) => setTimeout(resolve, 250)); // poll, as a person retrying would
      last = await signIn(newcomer.login, PASSWORD, school);
    }
    expect(last.errors).toBeUndefined();
    expect(last.data?.signIn.token).toEqual(expect.any(String));
  });

  it('60-parallel-attempts-on-a-busy-address-let-through-one-per-delay', async () => {
    const school = randomIp();
    for (let i = 0; i < ADDRESS_LIMIT; i++) await signIn(`busy${i}-${school}@example.org`, 'wrong', school);
    const overLimitAt = Date.now();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signIn(`burst${i}-${school}@example.org`, 'wrong', school)),
    );
    const seconds = (Date.now() - overLimitAt) / 1000;
    // Over its limit the address waits 1 s, then 2 s, 4 s… between attempts: however the 60 race,
    // only as many get through as those delays allow in the time the burst took (none within a second).
    const allowed = Math.floor(Math.log2(1 + seconds));
    expect(codes(results).TOO_MANY_REQUESTS).toBeGreaterThanOrEqual(60 - allowed);
  });
});
