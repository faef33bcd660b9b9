import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Invitation } from '../../server/src/networks/invitation.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { createNetwork, createPerson, PASSWORD, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, randomIp, startServer, type GqlResult, type TestServer } from '../support/harness.js';

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email role schoolId subjects acceptedAt school { id name } network { id } }
}`;
const OUTBOX = `query($networkId: ID!) {
  outbox(networkId: $networkId) { smtpConfigured messages { toAddress kind subject link status body } }
}`;
const PREVIEW = `query($token: String!) {
  invitation(token: $token) { networkName schoolName email role viewerIsInvitee state }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token user { id email displayName } }
}`;
const MY_MEMBERSHIPS = '{ me { id memberships { role subjects networkId schoolId status } } }';

const NEW_PASSWORD = 'snowmachine trail 42';

interface InvitationRow {
  id: string;
  email: string;
  role: string;
  schoolId: string | null;
  subjects: string[];
  acceptedAt: string | null;
  school: { id: string; name: string } | null;
  network: { id: string };
}
interface OutboxRow {
  toAddress: string;
  kind: string;
  subject: string;
  link: string | null;
  status: string;
  body: string;
}
interface Preview {
  networkName: string;
  schoolName: string | null;
  email: string;
  role: string;
  viewerIsInvitee: boolean;
  state: string;
}
interface Accepted {
  token: string | null;
  user: { id: string; email: string; displayName: string };
}

const email = () => `invitee-${randomUUID().slice(0, 8)}@example.org`;

/** The token at the end of an invitation link. */
function tokenOf(link: string | null | undefined): string {
  const match = /^http:\/\/switchback\.test\/invitations\/([A-Za-z0-9_-]+)$/.exec(link ?? '');
  if (!match) throw new Error(`not an invitation link: ${link}`);
  return match[1];
}

describe('invitations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const invite = (token: string, input: Record<string, unknown>) =>
    server.gql<{ inviteMember: InvitationRow }>(INVITE, { input }, { token });
  const preview = (token: string) => server.gql<{ invitation: Preview }>(PREVIEW, { token });
  const accept = (input: { token: string; displayName?: string; password?: string }, session?: string) =>
    server.gql<{ acceptInvitation: Accepted }>(ACCEPT, { input }, { token: session, ip: randomIp() });

  /** The link of the newest message to `to`, read from the table (for callers who cannot read the outbox). */
  async function latestLink(to: string): Promise<string> {
    const [row] = await server.db
      .getRepository(OutboxMessage)
      .find({ where: { toAddress: to, kind: 'INVITATION' }, order: { createdAt: 'DESC' }, take: 1 });
    return tokenOf(row?.link);
  }

  async function coordinatorOf(net: TestNetwork) {
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    return { coordinator, token: await signIn(server, coordinator.login) };
  }

  it('coordinator-invites-a-teacher-who-accepts-from-the-outbox-link-and-signs-in', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const to = email();
    const school = net.schools[1];

    const invited = await invite(token, {
      networkId: net.network.id,
      email: `  ${to.toUpperCase()} `,
      role: 'TEACHER',
      schoolId: school.id,
      subjects: ['Science', ' Science ', 'Mathematics'],
    });
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteMember).toMatchObject({
      email: to,
      role: 'TEACHER',
      schoolId: school.id,
      subjects: ['Science', 'Mathematics'],
      acceptedAt: null,
      school: { id: school.id, name: school.name },
      network: { id: net.network.id },
    });

    const outbox = await server.gql<{ outbox: { smtpConfigured: boolean; messages: OutboxRow[] } }>(
      OUTBOX,
      { networkId: net.network.id },
      { token },
    );
    expect(outbox.errors).toBeUndefined();
    expect(outbox.data?.outbox.smtpConfigured).toBe(false);
    const messages = outbox.data!.outbox.messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ toAddress: to, kind: 'INVITATION', status: 'STORED' });
    expect(messages[0].subject).toContain(net.network.name);
    expect(messages[0].body).toContain(messages[0].link);
    const inviteToken = tokenOf(messages[0].link);

    const before = await preview(inviteToken);
    expect(before.errors).toBeUndefined();
    expect(before.data?.invitation).toEqual({
      networkName: net.network.name,
      schoolName: school.name,
      email: to,
      role: 'TEACHER',
      viewerIsInvitee: false,
      state: 'VALID',
    });

    const accepted = await accept({ token: inviteToken, displayName: '  Mary Sampson ', password: NEW_PASSWORD });
    expect(accepted.errors).toBeUndefined();
    const { token: session, user } = accepted.data!.acceptInvitation;
    expect(session).toEqual(expect.any(String));
    expect(user).toMatchObject({ email: to, displayName: 'Mary Sampson' });
    expect(accepted.headers.get('set-cookie')).toMatch(/^sb_session=/);

    const me = await server.gql<{ me: { id: string; memberships: Record<string, unknown>[] } }>(
      MY_MEMBERSHIPS,
      {},
      { token: session },
    );
    expect(me.data?.me.id).toBe(user.id);
    expect(me.data?.me.memberships).toEqual([
      {
        role: 'TEACHER',
        subjects: ['Science', 'Mathematics'],
        networkId: net.network.id,
        schoolId: school.id,
        status: 'ACTIVE',
      },
    ]);

    expect((await preview(inviteToken)).data?.invitation.state).toBe('USED');
    const fresh = await signIn(server, to, NEW_PASSWORD);
    const again = await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: fresh });
    expect(again.data?.me.id).toBe(user.id);
  });

  it('expired-invitation-is-refused-and-previews-as-expired', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const to = email();
    await invite(token, { networkId: net.network.id, email: to, role: 'TEACHER', schoolId: net.schools[0].id });
    const inviteToken = await latestLink(to);
    await server.db.getRepository(Invitation).update({ email: to }, { expiresAt: new Date(Date.now() - 60_000) });

    expect((await preview(inviteToken)).data?.invitation.state).toBe('EXPIRED');
    const res = await accept({ token: inviteToken, displayName: 'Late Comer', password: NEW_PASSWORD });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/expired/);
    expect(res.headers.get('set-cookie')).toBeNull();
    const memberships = await server.db.getRepository(Membership).countBy({ networkId: net.network.id });
    expect(memberships).toBe(1); // only the coordinator
  });

  it('used-invitation-is-refused-on-second-accept', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const to = email();
    await invite(token, { networkId: net.network.id, email: to, role: 'TEACHER', schoolId: net.schools[0].id });
    const inviteToken = await latestLink(to);

    expect((await accept({ token: inviteToken, displayName: 'First', password: NEW_PASSWORD })).errors).toBeUndefined();
    const second = await accept({ token: inviteToken, displayName: 'Second', password: 'another password' });
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].message).toMatch(/already been used/);
    expect((await preview(inviteToken)).data?.invitation).toMatchObject({ state: 'USED', viewerIsInvitee: false });
    // The second attempt changed nothing: the first password still works.
    await expect(signIn(server, to, NEW_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('unknown-invitation-token-is-not-found', async () => {
    const res = await preview('no-such-invitation-token');
    expect(errorCode(res)).toBe('NOT_FOUND');
    const acc = await accept({ token: 'no-such-invitation-token', displayName: 'X', password: NEW_PASSWORD });
    expect(errorCode(acc)).toBe('NOT_FOUND');
  });

  it('teacher-cannot-invite', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const token = await signIn(server, teacher.login);
    const to = email();
    const res = await invite(token, {
      networkId: net.network.id,
      email: to,
      role: 'TEACHER',
      schoolId: net.schools[0].id,
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await server.db.getRepository(Invitation).countBy({ email: to })).toBe(0);
    expect(await server.db.getRepository(OutboxMessage).countBy({ toAddress: to })).toBe(0);
  });

  it('signed-out-caller-cannot-invite', async () => {
    const net = await createNetwork(server.db);
    const res = await server.gql(INVITE, {
      input: { networkId: net.network.id, email: email(), role: 'TEACHER', schoolId: net.schools[0].id },
    });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('principal-invites-a-teacher-to-own-school-but-not-to-another-school-nor-a-coordinator', async () => {
    const net = await createNetwork(server.db);
    const [own, other] = net.schools;
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR', { school: own });
    const token = await signIn(server, principal.login);

    const to = email();
    const ok = await invite(token, { networkId: net.network.id, email: to, role: 'TEACHER', schoolId: own.id });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.inviteMember).toMatchObject({ role: 'TEACHER', schoolId: own.id });

    // Without a school, the principal's own school is used.
    const implicit = await invite(token, { networkId: net.network.id, email: email(), role: 'TEACHER' });
    expect(implicit.data?.inviteMember.schoolId).toBe(own.id);

    const elsewhere = await invite(token, {
      networkId: net.network.id,
      email: email(),
      role: 'TEACHER',
      schoolId: other.id,
    });
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    expect(elsewhere.errors?.[0].message).toMatch(/own school/);

    const coordinator = await invite(token, { networkId: net.network.id, email: email(), role: 'COORDINATOR' });
    expect(errorCode(coordinator)).toBe('FORBIDDEN');
    expect(coordinator.errors?.[0].message).toMatch(/coordinator/);

    // Only the two allowed invitations exist.
    expect(await server.db.getRepository(Invitation).countBy({ networkId: net.network.id })).toBe(2);
    // The invitee of the allowed one can accept and lands in the principal's school.
    const accepted = await accept({ token: await latestLink(to), displayName: 'New Teacher', password: NEW_PASSWORD });
    expect(accepted.errors).toBeUndefined();
    const membership = await server.db
      .getRepository(Membership)
      .findOneByOrFail({ userId: accepted.data!.acceptInvitation.user.id });
    expect(membership).toMatchObject({ role: 'TEACHER', schoolId: own.id, networkId: net.network.id });
  });

  it('inviting-an-active-member-is-a-conflict', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const res = await invite(token, {
      networkId: net.network.id,
      email: teacher.login.toUpperCase(),
      role: 'ADMINISTRATOR',
      schoolId: net.schools[0].id,
    });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({ email: expect.stringMatching(/member/i) });
    expect(await server.db.getRepository(OutboxMessage).countBy({ toAddress: teacher.login })).toBe(0);
  });

  it('existing-account-from-another-network-signs-in-to-accept-and-then-gains-the-membership', async () => {
    const home = await createNetwork(server.db);
    const net = await createNetwork(server.db);
    const elsewhere = await createPerson(server.db, home, 'TEACHER', { subjects: ['Art'] });
    const { token } = await coordinatorOf(net);
    await invite(token, {
      networkId: net.network.id,
      email: elsewhere.login,
      role: 'ADMINISTRATOR',
      schoolId: net.schools[1].id,
    });
    const inviteToken = await latestLink(elsewhere.login);
    // The preview does not say the email has an account (that would leak it to any network).
    expect((await preview(inviteToken)).data?.invitation).toMatchObject({ viewerIsInvitee: false, state: 'VALID' });

    // Signed out, an existing account cannot accept: not even with its right password.
    const signedOut = await accept({ token: inviteToken, displayName: 'Someone Else', password: PASSWORD });
    expect(errorCode(signedOut)).toBe('CONFLICT');
    expect(signedOut.errors?.[0].message).toMatch(/Sign in with it to accept/);
    expect((await preview(inviteToken)).data?.invitation.state).toBe('VALID');

    // Signed in through the normal sign-in, one click accepts.
    const session = await signIn(server, elsewhere.login);
    const right = await accept({ token: inviteToken }, session);
    expect(right.errors).toBeUndefined();
    // Same account, name unchanged, the session kept.
    expect(right.data?.acceptInvitation).toEqual({
      token: null,
      user: { id: elsewhere.user.id, email: elsewhere.login, displayName: elsewhere.user.displayName },
    });
    const me = await server.gql<{ me: { memberships: { role: string; networkId: string; schoolId: string }[] } }>(
      MY_MEMBERSHIPS,
      {},
      { token: session },
    );
    const byNetwork = Object.fromEntries(me.data!.me.memberships.map((m) => [m.networkId, m]));
    expect(Object.keys(byNetwork).sort()).toEqual([home.network.id, net.network.id].sort());
    expect(byNetwork[home.network.id]).toMatchObject({ role: 'TEACHER', schoolId: home.schools[0].id });
    expect(byNetwork[net.network.id]).toMatchObject({ role: 'ADMINISTRATOR', schoolId: net.schools[1].id });
  });

  it('a-new-invitation-to-the-same-email-replaces-the-old-link', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const to = email();
    await invite(token, { networkId: net.network.id, email: to, role: 'TEACHER', schoolId: net.schools[0].id });
    const oldToken = await latestLink(to);
    await invite(token, { networkId: net.network.id, email: to, role: 'ADMINISTRATOR', schoolId: net.schools[1].id });
    const newToken = await latestLink(to);
    expect(newToken).not.toBe(oldToken);

    expect((await preview(oldToken)).data?.invitation.state).not.toBe('VALID');
    const old = await accept({ token: oldToken, displayName: 'Old Link', password: NEW_PASSWORD });
    expect(errorCode(old)).toBe('BAD_USER_INPUT');

    const open = await server.gql<{ invitations: { email: string; role: string }[] }>(
      'query($networkId: ID!) { invitations(networkId: $networkId) { email role } }',
      { networkId: net.network.id },
      { token },
    );
    expect(open.data?.invitations).toEqual([{ email: to, role: 'ADMINISTRATOR' }]);

    const fresh = await accept({ token: newToken, displayName: 'New Link', password: NEW_PASSWORD });
    expect(fresh.errors).toBeUndefined();
    const membership = await server.db
      .getRepository(Membership)
      .findOneByOrFail({ userId: fresh.data!.acceptInvitation.user.id, networkId: net.network.id });
    expect(membership).toMatchObject({ role: 'ADMINISTRATOR', schoolId: net.schools[1].id });
  });

  it('invalid-email-student-role-and-missing-school-give-field-errors', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const networkId = net.network.id;
    const schoolId = net.schools[0].id;

    const badEmail = await invite(token, { networkId, email: 'not an email', role: 'TEACHER', schoolId });
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    expect(badEmail.errors?.[0].extensions?.fieldErrors).toEqual({ email: expect.stringMatching(/valid email/) });

    const noEmail = await invite(token, { networkId, email: '   ', role: 'TEACHER', schoolId });
    expect(noEmail.errors?.[0].extensions?.fieldErrors).toEqual({ email: 'Email is required.' });

    // STUDENT is a value of the Role enum, so it passes GraphQL and is refused by the server's rule.
    const student = await invite(token, { networkId, email: email(), role: 'STUDENT', schoolId });
    expect(errorCode(student)).toBe('BAD_USER_INPUT');
    expect(student.errors?.[0].extensions?.fieldErrors).toEqual({ role: expect.stringMatching(/class code/) });
    expect(student.errors?.[0].message).toMatch(/Students join with a class code/);

    // A role that is not in the enum never reaches the server's code.
    const unknownRole = await invite(token, { networkId, email: email(), role: 'PRINCIPAL', schoolId });
    expect(errorCode(unknownRole)).toBe('BAD_USER_INPUT');
    expect(unknownRole.errors?.[0].message).toMatch(/PRINCIPAL/);
    expect(unknownRole.errors?.[0].extensions?.fieldErrors).toEqual({ role: expect.any(String) });

    const noSchool = await invite(token, { networkId, email: email(), role: 'TEACHER' });
    expect(errorCode(noSchool)).toBe('BAD_USER_INPUT');
    expect(noSchool.errors?.[0].extensions?.fieldErrors).toEqual({ schoolId: 'Choose a school.' });

    const foreignSchool = await invite(token, { networkId, email: email(), role: 'TEACHER', schoolId: randomUUID() });
    expect(foreignSchool.errors?.[0].extensions?.fieldErrors).toEqual({ schoolId: expect.stringMatching(/school/) });

    const several = await invite(token, { networkId, email: 'nope', role: 'STUDENT', schoolId });
    expect(Object.keys(several.errors?.[0].extensions?.fieldErrors ?? {}).sort()).toEqual(['email', 'role']);

    // A coordinator needs no school.
    const coordinator = await invite(token, { networkId, email: email(), role: 'COORDINATOR' });
    expect(coordinator.errors).toBeUndefined();
    expect(coordinator.data?.inviteMember).toMatchObject({ role: 'COORDINATOR', schoolId: null, school: null });
    expect(await server.db.getRepository(Invitation).countBy({ networkId })).toBe(1);
  });

  it('accept-checks-name-and-new-password', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const to = email();
    await invite(token, { networkId: net.network.id, email: to, role: 'TEACHER', schoolId: net.schools[0].id });
    const inviteToken = await latestLink(to);

    const noName = await accept({ token: inviteToken, displayName: '  ', password: NEW_PASSWORD });
    expect(noName.errors?.[0].extensions?.fieldErrors).toEqual({ displayName: expect.stringMatching(/required/) });
    const short = await accept({ token: inviteToken, displayName: 'Short Password', password: 'abc' });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions?.fieldErrors).toEqual({ password: expect.stringMatching(/at least 8/) });
    expect((await preview(inviteToken)).data?.invitation.state).toBe('VALID');
  });

  it('coordinator-of-another-network-cannot-invite-into-it', async () => {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    const { token } = await coordinatorOf(a);
    const to = email();
    const res = await invite(token, { networkId: b.network.id, email: to, role: 'TEACHER', schoolId: b.schools[0].id });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain(b.network.name);
    const list = await server.gql(
      'query($networkId: ID!) { invitations(networkId: $networkId) { id } }',
      { networkId: b.network.id },
      { token },
    );
    expect(errorCode(list)).toBe('NOT_FOUND');
    expect(await server.db.getRepository(Invitation).countBy({ email: to })).toBe(0);
  });

  it('outbox-is-for-coordinators-only', async () => {
    const net = await createNetwork(server.db);
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR');
    const teacher = await createPerson(server.db, net, 'TEACHER');
    for (const person of [principal, teacher]) {
      const res: GqlResult = await server.gql(
        OUTBOX,
        { networkId: net.network.id },
        { token: await signIn(server, person.login), ip: randomIp() },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });
});
