import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { createNetwork, createPerson, PASSWORD, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, randomIp, startServer, type TestServer } from '../support/harness.js';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { networkName email role viewerIsInvitee state } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token networkId user { id email displayName } }
}`;
const ACCOUNT_LIMIT = 5;

interface Accepted {
  acceptInvitation: {
    token: string | null;
    networkId: string;
    user: { id: string; email: string; displayName: string };
  };
}

describe('invitations to existing accounts need a real sign-in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ SIGN_IN_ACCOUNT_LIMIT: String(ACCOUNT_LIMIT) });
  });
  afterAll(() => server.close());

  /** A coordinator of `net` invites `email` as a teacher; returns the invitation token from the outbox row. */
  async function invite(net: TestNetwork, email: string): Promise<string> {
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const token = await signIn(server, coordinator.login);
    const res = await server.gql(
      INVITE,
      { input: { networkId: net.network.id, email, role: 'TEACHER', schoolId: net.schools[0].id } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const row = await server.db.getRepository(OutboxMessage).findOneByOrFail({ toAddress: email, kind: 'INVITATION' });
    return /\/invitations\/([A-Za-z0-9_-]+)$/.exec(row.link!)![1];
  }
  const accept = (input: Record<string, unknown>, opts: { token?: string; ip?: string } = {}) =>
    server.gql<Accepted>(ACCEPT, { input }, opts);
  const memberships = (userId: string, networkId: string) =>
    server.db.getRepository(Membership).countBy({ userId, networkId });

  it('a-coordinator-of-another-network-cannot-guess-the-password-through-the-invitation', async () => {
    const home = await createNetwork(server.db);
    const other = await createNetwork(server.db);
    const teacher = await createPerson(server.db, home, 'TEACHER');
    const inviteToken = await invite(other, teacher.login);
    const ip = randomIp();

    // Before: each guess was checked against the account's password, with no limit; the right one
    // gave a session. Now no password is ever checked here: the right one is refused like the rest.
    const guesses = ['password1', 'letmein2026', PASSWORD, 'summer2026!'];
    for (const password of guesses) {
      const res = await server.gql(
        'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }',
        { input: { token: inviteToken, displayName: 'Anyone', password } },
        { ip },
      );
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/already has a Switchback account\. Sign in/);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.data).toBeNull();
    }
    // And the attempts are limited like sign-ins.
    for (let i = guesses.length; i < ACCOUNT_LIMIT; i++) {
      await accept({ token: inviteToken, displayName: 'Anyone', password: `guess ${i}` }, { ip });
    }
    const limited = await accept({ token: inviteToken, displayName: 'Anyone', password: PASSWORD }, { ip });
    expect(errorCode(limited)).toBe('TOO_MANY_REQUESTS');
    expect(await memberships(teacher.user.id, other.network.id)).toBe(0);
  });

  it('the-invitee-accepts-by-signing-in-through-the-normal-sign-in', async () => {
    const home = await createNetwork(server.db);
    const other = await createNetwork(server.db);
    const teacher = await createPerson(server.db, home, 'TEACHER');
    const inviteToken = await invite(other, teacher.login);

    const session = await signIn(server, teacher.login);
    const preview = await server.gql<{ invitation: { viewerIsInvitee: boolean } }>(
      PREVIEW,
      { token: inviteToken },
      { token: session },
    );
    expect(preview.data?.invitation.viewerIsInvitee).toBe(true);

    const res = await accept({ token: inviteToken }, { token: session });
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptInvitation).toEqual({
      token: null,
      networkId: other.network.id,
      user: { id: teacher.user.id, email: teacher.login, displayName: teacher.user.displayName },
    });
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await memberships(teacher.user.id, other.network.id)).toBe(1);
    expect(
      (await server.gql<{ invitation: { state: string } }>(PREVIEW, { token: inviteToken })).data?.invitation.state,
    ).toBe('USED');
  });

  it('signed-in-as-someone-else-the-invitation-is-refused', async () => {
    const net = await createNetwork(server.db);
    const someoneElse = await createPerson(server.db, net, 'TEACHER');
    const to = `invitee-${randomUUID().slice(0, 8)}@example.org`;
    const inviteToken = await invite(net, to);
    const res = await accept({ token: inviteToken }, { token: await signIn(server, someoneElse.login) });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(new RegExp(`This invitation is for ${to.replace('.', '\\.')}`));
    expect(await memberships(someoneElse.user.id, net.network.id)).toBe(1);
  });

  it('the-preview-never-says-whether-the-email-has-an-account', async () => {
    const home = await createNetwork(server.db);
    const other = await createNetwork(server.db);
    const teacher = await createPerson(server.db, home, 'TEACHER');
    const newcomer = `newcomer-${randomUUID().slice(0, 8)}@example.org`;
    const forExisting = await server.gql<{ invitation: Record<string, unknown> }>(PREVIEW, {
      token: await invite(other, teacher.login),
    });
    const forNew = await server.gql<{ invitation: Record<string, unknown> }>(PREVIEW, {
      token: await invite(other, newcomer),
    });
    // Apart from the email itself, the two answers are the same.
    expect({ ...forExisting.data?.invitation, email: 'x' }).toEqual({ ...forNew.data?.invitation, email: 'x' });
    expect(forExisting.data?.invitation.viewerIsInvitee).toBe(false);
    // The field that used to tell is gone.
    const old = await server.gql(`query($token: String!) { invitation(token: $token) { existingAccount } }`, {
      token: await invite(other, `x-${randomUUID().slice(0, 8)}@example.org`),
    });
    expect(errorCode(old)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a-new-account-refuses-a-display-name-with-bidi-overrides', async () => {
    const net = await createNetwork(server.db);
    const to = `bidi-${randomUUID().slice(0, 8)}@example.org`;
    const inviteToken = await invite(net, to);
    for (const displayName of ['Ann \u202EnimdA', 'Bob \u2066Lee\u2069', 'Eve\u200F']) {
      const res = await accept(
        { token: inviteToken, displayName, password: 'a good long password' },
        { ip: randomIp() },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors).toEqual({
        displayName: expect.stringMatching(/invisible control characters/),
      });
    }
    const ok = await accept({ token: inviteToken, displayName: 'Zoë Ñúñez', password: 'a good long password' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.acceptInvitation.user.displayName).toBe('Zoë Ñúñez');
  });
});
