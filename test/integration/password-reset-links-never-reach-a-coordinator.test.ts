import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { PasswordReset } from '../../server/src/auth/password-reset.entity.js';
import { OutboxMessage, OutboxStatus } from '../../server/src/notifications/outbox-message.entity.js';
import { OutboxService } from '../../server/src/notifications/outbox.service.js';
import { createNetwork, createPerson, joinNetwork, signIn, type TestNetwork } from '../support/factories.js';
import { randomIp, startServer, type TestServer } from '../support/harness.js';
import { resetLinkLog } from '../support/reset-links.js';

const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }';
const OUTBOX = `query($networkId: ID!) {
  outbox(networkId: $networkId) { smtpConfigured messages { id toAddress kind subject body link status } }
}`;

describe('password reset links never reach a coordinator', () => {
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

  async function coordinatorToken(net: TestNetwork): Promise<string> {
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    return signIn(server, coordinator.login);
  }
  /** Waits (polling, with a deadline) until a reset link was made for the person. */
  async function resetPrepared(userId: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while ((await server.db.getRepository(PasswordReset).countBy({ userId })) === 0) {
      if (Date.now() > deadline) throw new Error('no reset was prepared');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const rawOutbox = async (net: TestNetwork, token: string) =>
    JSON.stringify(await server.gql(OUTBOX, { networkId: net.network.id }, { token }));

  it('a-dual-members-reset-link-shows-in-no-coordinators-outbox-and-goes-to-the-log-only', async () => {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    const person = await createPerson(server.db, a, 'TEACHER');
    await joinNetwork(server.db, b, person, 'TEACHER');
    const coordinatorOfA = await coordinatorToken(a);
    const coordinatorOfB = await coordinatorToken(b);

    const asked = await server.gql(REQUEST, { input: { email: person.login } }, { ip: randomIp() });
    expect(asked.data).toEqual({ requestPasswordReset: true });
    await resetPrepared(person.user.id); // the email is written off the request path

    // Before: the email, with its working link, was in one of these outboxes.
    const raws = [await rawOutbox(a, coordinatorOfA), await rawOutbox(b, coordinatorOfB)];
    for (const raw of raws) {
      expect(raw).not.toContain('reset-password');
      expect(raw).not.toContain(person.login);
      expect(raw).toContain('"messages":[]');
    }
    const [token] = await log.tokensFor(person.login);
    for (const raw of raws) expect(raw).not.toContain(token);
    // Nothing of it in the database either (no SMTP): the log is the link's only place.
    const rows = await server.db.query(`SELECT body, link FROM outbox_message WHERE to_address = $1`, [person.login]);
    expect(rows).toEqual([]);
    // And the logged link works, for the person who reads their own server's log.
    expect((await server.gql(RESET, { input: { token, password: 'a brand new password' } })).errors).toBeUndefined();
  });

  it('a-reset-email-filed-under-a-network-before-this-change-is-still-never-shown', async () => {
    const net = await createNetwork(server.db);
    const person = await createPerson(server.db, net, 'TEACHER');
    const coordinator = await coordinatorToken(net);
    const link = 'http://switchback.test/reset-password/an-old-working-token';
    await server.db.getRepository(OutboxMessage).insert([
      {
        networkId: net.network.id,
        toAddress: person.login,
        subject: 'Reset your Switchback password',
        body: `Choose a new password here:\n${link}`,
        link,
        kind: 'PASSWORD_RESET',
        status: OutboxStatus.STORED,
      },
      {
        networkId: net.network.id,
        toAddress: person.login,
        subject: 'Your Switchback digest: 1 new update',
        body: 'A private line of another network',
        link: 'http://switchback.test/',
        kind: 'DIGEST',
        status: OutboxStatus.STORED,
      },
    ]);
    const raw = await rawOutbox(net, coordinator);
    expect(raw).toContain('"messages":[]');
    expect(raw).not.toContain('an-old-working-token');
    expect(raw).not.toContain('A private line');
  });

  it('with-smtp-the-reset-email-is-personal-mail-and-keeps-no-link-once-sent', async () => {
    const net = await createNetwork(server.db);
    const person = await createPerson(server.db, net, 'TEACHER');
    const coordinator = await coordinatorToken(net);
    // Stand in for an SMTP server: what it is handed is what the person receives.
    const outbox = server.app.get(OutboxService);
    const delivered: { to: string; text: string }[] = [];
    const withMailer = outbox as unknown as { mailer: unknown };
    const before = withMailer.mailer;
    withMailer.mailer = { send: async (mail: { to: string; text: string }) => void delivered.push(mail) };
    try {
      await server.gql(REQUEST, { input: { email: person.login } }, { ip: randomIp() });
      await server.app.get(AuthService).idle();
      await outbox.deliverPending();
    } finally {
      withMailer.mailer = before;
    }
    // The database is shared with other test files: mail they queued may be handed over too.
    const mine = delivered.filter((mail) => mail.to === person.login);
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toMatch(/reset-password\/[A-Za-z0-9_-]+/);
    const [row] = await server.db.getRepository(OutboxMessage).findBy({ toAddress: person.login });
    expect(row).toMatchObject({ networkId: null, status: OutboxStatus.SENT, link: null });
    expect(row.body).not.toContain('reset-password');
    expect(await rawOutbox(net, coordinator)).toContain('"messages":[]');
  });
});
