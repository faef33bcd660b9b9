import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { PasswordReset } from '../../server/src/auth/password-reset.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { createNetwork, createPerson, PASSWORD, signIn } from '../support/factories.js';
import { errorCode, randomIp, startServer, type TestServer } from '../support/harness.js';
import { resetLinkLog } from '../support/reset-links.js';

const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id email } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const ME = '{ me { id } }';

const NEW_PASSWORD = 'northern lights 2026';

describe('password reset', () => {
  let server: TestServer;
  const log = resetLinkLog();
  beforeAll(async () => {
    server = await startServer();
    log.start();
  });
  afterAll(async () => {
    log.stop();
    await server.close();
  });

  // Each request from its own address: these tests are about the links, not the limits.
  const request = (email: string) =>
    server.gql<{ requestPasswordReset: boolean }>(REQUEST, { input: { email } }, { ip: randomIp() });
  const reset = (token: string, password: string) =>
    server.gql<{ resetPassword: { token: string; user: { id: string; email: string } } }>(RESET, {
      input: { token, password },
    });
  const messagesTo = (to: string) =>
    server.db.getRepository(OutboxMessage).find({ where: { toAddress: to }, order: { createdAt: 'ASC' } });
  const me = async (token: string) => (await server.gql<{ me: { id: string } | null }>(ME, {}, { token })).data?.me;

  /** The reset token of the `nth` link logged for `to` (no SMTP: the server log is its only place). */
  async function resetTokenFor(to: string, nth = 1): Promise<string> {
    return (await log.tokensFor(to, nth))[nth - 1];
  }

  it('reset-link-sets-a-new-password-signs-in-and-revokes-older-sessions', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const before = await signIn(server, teacher.login);

    const asked = await request(`  ${teacher.login.toUpperCase()}`);
    expect(asked.data).toEqual({ requestPasswordReset: true });
    const token = await resetTokenFor(teacher.login);
    // Without SMTP the link is in the server log only: nothing is stored where anyone could read it.
    expect(await messagesTo(teacher.login)).toHaveLength(0);

    const done = await reset(token, NEW_PASSWORD);
    expect(done.errors).toBeUndefined();
    expect(done.data?.resetPassword.user).toEqual({ id: teacher.user.id, email: teacher.login });
    expect(done.headers.get('set-cookie')).toMatch(/^sb_session=/);
    expect((await me(done.data!.resetPassword.token))?.id).toBe(teacher.user.id);

    // The session opened before the reset is gone.
    expect(await me(before)).toBeNull();

    const old = await server.gql(SIGN_IN, { input: { login: teacher.login, password: PASSWORD } }, { ip: randomIp() });
    expect(errorCode(old)).toBe('BAD_USER_INPUT');
    const fresh = await signIn(server, teacher.login, NEW_PASSWORD);
    expect((await me(fresh))?.id).toBe(teacher.user.id);
  });

  it('reset-link-works-only-once', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    await request(teacher.login);
    const token = await resetTokenFor(teacher.login);
    expect((await reset(token, NEW_PASSWORD)).errors).toBeUndefined();

    const again = await reset(token, 'a different password');
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fieldErrors).toEqual({
      token: expect.stringMatching(/expired or was already used/),
    });
    expect(again.headers.get('set-cookie')).toBeNull();
    // The first new password is still the one.
    await expect(signIn(server, teacher.login, NEW_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('a-newer-request-makes-the-older-link-stop-working', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    await request(teacher.login);
    const first = await resetTokenFor(teacher.login);
    await request(teacher.login);
    const second = await resetTokenFor(teacher.login, 2);
    expect(second).not.toBe(first);

    expect(errorCode(await reset(first, NEW_PASSWORD))).toBe('BAD_USER_INPUT');
    expect((await reset(second, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('unknown-email-answers-true-and-writes-no-message', async () => {
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    const res = await request(unknown);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ requestPasswordReset: true });
    await server.app.get(AuthService).idle();
    expect(await messagesTo(unknown)).toHaveLength(0);
    expect(log.linesAbout(unknown)).toEqual([]);
  });

  it('malformed-email-is-a-field-error', async () => {
    const res = await request('not-an-email');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ email: expect.stringMatching(/valid email/) });
  });

  it('too-short-password-is-a-field-error-and-keeps-the-link-usable', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    await request(teacher.login);
    const token = await resetTokenFor(teacher.login);

    const short = await reset(token, 'short');
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions?.fieldErrors).toEqual({ password: expect.stringMatching(/at least 8/) });
    // Nothing changed: the old password works and the link can still be used.
    await expect(signIn(server, teacher.login)).resolves.toEqual(expect.any(String));
    expect((await reset(token, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it('expired-link-is-refused', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    await request(teacher.login);
    const token = await resetTokenFor(teacher.login);
    await server.db
      .getRepository(PasswordReset)
      .update({ userId: teacher.user.id }, { expiresAt: new Date(Date.now() - 1000) });

    const res = await reset(token, NEW_PASSWORD);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ token: expect.stringMatching(/expired/) });
    await expect(signIn(server, teacher.login)).resolves.toEqual(expect.any(String));
  });

  it('made-up-token-is-refused', async () => {
    const res = await reset('made-up-token', NEW_PASSWORD);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toHaveProperty('token');
  });
});
