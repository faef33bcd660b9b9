import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Session } from '../../server/src/auth/session.entity.js';
import { createNetwork, createPerson, PASSWORD, signIn } from '../support/factories.js';
import { errorCode, randomIp, startServer, type TestServer } from '../support/harness.js';

const ME = '{ me { id displayName email username memberships { role network { slug } } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id displayName } } }';

describe('sign-in and sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ SIGN_IN_ACCOUNT_LIMIT: '3', SIGN_IN_IP_LIMIT: '6' });
  });
  afterAll(() => server.close());

  it('adult-signs-in-with-email-and-gets-an-httponly-samesite-cookie', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const res = await server.gql(SIGN_IN, { input: { login: teacher.login.toUpperCase(), password: PASSWORD } });
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sb_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await server.gql<{ me: { email: string } }>(ME, {}, { cookie: cookie.split(';')[0] });
    expect(me.data?.me.email).toBe(teacher.user.email);
  });

  it('student-signs-in-with-username-and-bearer-token-works', async () => {
    const net = await createNetwork(server.db);
    const student = await createPerson(server.db, net, 'STUDENT');
    const token = await signIn(server, student.login);
    const me = await server.gql<{ me: { username: string; email: null; memberships: { role: string }[] } }>(
      ME,
      {},
      { token },
    );
    expect(me.data?.me).toMatchObject({ username: student.login, email: null });
    expect(me.data?.me.memberships.map((m) => m.role)).toEqual(['STUDENT']);
  });

  it('stored-session-is-a-hash-not-the-token', async () => {
    const net = await createNetwork(server.db);
    const t = await createPerson(server.db, net, 'TEACHER');
    const token = await signIn(server, t.login);
    const rows = await server.db.getRepository(Session).findBy({ userId: t.user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('wrong-password-gets-a-clear-message-and-no-session', async () => {
    const net = await createNetwork(server.db);
    const t = await createPerson(server.db, net, 'TEACHER');
    const res = await server.gql(SIGN_IN, { input: { login: t.login, password: 'nope nope' } }, { ip: randomIp() });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/do not match/);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('sign-out-revokes-the-session', async () => {
    const net = await createNetwork(server.db);
    const t = await createPerson(server.db, net, 'TEACHER');
    const token = await signIn(server, t.login);
    expect((await server.gql<{ me: unknown }>(ME, {}, { token })).data?.me).not.toBeNull();
    expect((await server.gql('mutation { signOut }', {}, { token })).data).toEqual({ signOut: true });
    expect((await server.gql<{ me: unknown }>(ME, {}, { token })).data?.me).toBeNull();
  });

  it('expired-session-is-not-accepted', async () => {
    const net = await createNetwork(server.db);
    const t = await createPerson(server.db, net, 'TEACHER');
    const token = await signIn(server, t.login);
    await server.db.getRepository(Session).update({ userId: t.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await server.gql<{ me: unknown }>(ME, {}, { token })).data?.me).toBeNull();
  });

  it('deactivated-member-cannot-sign-in', async () => {
    const net = await createNetwork(server.db);
    const t = await createPerson(server.db, net, 'TEACHER', { status: 'DEACTIVATED' });
    const res = await server.gql(SIGN_IN, { input: { login: t.login, password: PASSWORD } });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/deactivated/);
  });

  it('rate-limit-per-account-triggers-after-repeated-failures-at-that-address', async () => {
    const net = await createNetwork(server.db);
    const t = await createPerson(server.db, net, 'TEACHER');
    const ip = randomIp();
    for (let i = 0; i < 3; i++) {
      const res = await server.gql(SIGN_IN, { input: { login: t.login, password: 'wrong' } }, { ip });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    // Even the right password is refused now from that address; from another one the owner gets in.
    const blocked = await server.gql(SIGN_IN, { input: { login: t.login, password: PASSWORD } }, { ip });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toMatch(/Too many failed sign-in attempts for this account/);
    const elsewhere = await server.gql(SIGN_IN, { input: { login: t.login, password: PASSWORD } }, { ip: randomIp() });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('rate-limit-per-ip-slows-an-address-across-accounts', async () => {
    const ip = randomIp();
    for (let i = 0; i < 6; i++) {
      const res = await server.gql(SIGN_IN, { input: { login: `nobody${i}@example.org`, password: 'x' } }, { ip });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    const net = await createNetwork(server.db);
    const t = await createPerson(server.db, net, 'TEACHER');
    const slowed = await server.gql(SIGN_IN, { input: { login: t.login, password: PASSWORD } }, { ip });
    expect(errorCode(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(slowed.errors?.[0].message).toMatch(/from this network connection/);
    // A delay of seconds, not the whole window.
    const retryAfter = (slowed.errors?.[0].extensions as { retryAfterSeconds?: number }).retryAfterSeconds;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another address is unaffected.
    expect(
      (await server.gql(SIGN_IN, { input: { login: t.login, password: PASSWORD } }, { ip: randomIp() })).errors,
    ).toBeUndefined();
  });
});
