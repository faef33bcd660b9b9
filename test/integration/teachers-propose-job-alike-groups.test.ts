/**
 * Teachers propose job-alike groups, inviting their job-alikes: a coordinator approves (the group is
 * made with the proposer as facilitator and the invited people are asked to join) or declines with a
 * reason; a network can let teachers start groups directly. Students, other networks' coordinators
 * and the proposer themself cannot decide.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DigestService } from '../../server/src/notifications/digest.service.js';
import { createNetwork, createPerson, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const PROPOSE = `mutation($i: ProposeGroupInput!) {
  proposeGroup(input: $i) { id name status groupId reason invitees { user { id displayName } } proposer { user { id } } }
}`;
const DECIDE = `mutation($i: DecideGroupProposalInput!) {
  decideGroupProposal(input: $i) { id status groupId declineReason }
}`;
const PROPOSALS = `query($n: ID!) { groupProposals(networkId: $n) { id name status declineReason } }`;
const SETTING = `mutation($n: ID!, $a: Boolean!) { setTeachersMayStartGroups(networkId: $n, allowed: $a) { id teachersMayStartGroups } }`;
const GROUP = `query($id: ID!) { group(id: $id) { id name access members { role user { id } } } }`;
const NOTIFICATIONS = `{ notifications { nodes { kind text groupId } } }`;
const JOIN = `mutation($g: ID!) { joinGroup(groupId: $g) { status } }`;

interface Proposal {
  id: string;
  name: string;
  status: string;
  groupId: string | null;
  invitees: { user: { id: string; displayName: string } }[];
}

describe('teachers propose job-alike groups', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  /** A network with a science teacher at each of two schools, a math teacher, a coordinator and a student. */
  async function world() {
    const net = await createNetwork(server.db);
    const person = async (role: 'TEACHER' | 'COORDINATOR' | 'STUDENT', school = 0, subjects: string[] = []) => {
      const p = await createPerson(server.db, net, role, {
        school: role === 'COORDINATOR' ? null : net.schools[school],
        subjects,
      });
      return { ...p, token: await signIn(server, p.login) };
    };
    return {
      net,
      eli: await person('TEACHER', 0, ['Science']),
      owen: await person('TEACHER', 1, ['Science']),
      grace: await person('TEACHER', 1, ['Math']),
      coordinator: await person('COORDINATOR'),
      student: await person('STUDENT', 0),
    };
  }

  const input = (net: TestNetwork, inviteeIds: string[], name = 'Science Job-Alike') => ({
    networkId: net.network.id,
    name,
    focus: 'SUBJECT',
    subject: 'Science',
    primeFocus: 'PEDAGOGY',
    reason: 'We are each the only science teacher in our schools.',
    inviteeIds,
  });

  async function notifications(token: string) {
    const res = await server.gql<{
      notifications: { nodes: { kind: string; text: string; groupId: string | null }[] };
    }>(NOTIFICATIONS, {}, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.notifications.nodes;
  }

  it('teacher proposes a group and the coordinator approves it', async () => {
    const w = await world();
    const proposed = await server.gql<{ proposeGroup: Proposal }>(
      PROPOSE,
      { i: input(w.net, [w.owen.user.id]) },
      { token: w.eli.token },
    );
    expect(proposed.errors).toBeUndefined();
    const proposal = proposed.data!.proposeGroup;
    expect(proposal).toMatchObject({ status: 'PENDING', groupId: null });
    expect(proposal.invitees.map((i) => i.user.id)).toEqual([w.owen.user.id]);

    // The coordinator is told and sees it waiting; the invited colleague hears nothing yet.
    expect((await notifications(w.coordinator.token)).map((n) => n.kind)).toContain('GROUP_PROPOSED');
    expect(await notifications(w.owen.token)).toEqual([]);
    const waiting = await server.gql<{ groupProposals: { id: string }[] }>(
      PROPOSALS,
      { n: w.net.network.id },
      { token: w.coordinator.token },
    );
    expect(waiting.data!.groupProposals.map((p) => p.id)).toEqual([proposal.id]);

    const approved = await server.gql<{ decideGroupProposal: Proposal }>(
      DECIDE,
      { i: { proposalId: proposal.id, approve: true } },
      { token: w.coordinator.token },
    );
    expect(approved.errors).toBeUndefined();
    const groupId = approved.data!.decideGroupProposal.groupId!;
    expect(approved.data!.decideGroupProposal.status).toBe('APPROVED');

    // The group exists with the proposer as its only member and facilitator: Owen is invited, not added.
    const group = await server.gql<{ group: { name: string; members: { role: string; user: { id: string } }[] } }>(
      GROUP,
      { id: groupId },
      { token: w.eli.token },
    );
    expect(group.data!.group.name).toBe('Science Job-Alike');
    expect(group.data!.group.members).toEqual([{ role: 'FACILITATOR', user: { id: w.eli.user.id } }]);
    const invite = (await notifications(w.owen.token)).find((n) => n.kind === 'GROUP_INVITE');
    expect(invite).toMatchObject({ groupId });
    expect(invite!.text).toContain('Science Job-Alike');
    expect((await notifications(w.eli.token)).find((n) => n.kind === 'GROUP_PROPOSAL_DECIDED')?.text).toMatch(
      /was approved/,
    );
    expect((await notifications(w.grace.token)).length).toBe(0);

    // The invitation is a line of Owen's digest, and he chooses to join.
    await server.db.query(`UPDATE "user" SET digest_frequency = 'DAILY' WHERE id = $1`, [w.owen.user.id]);
    await server.app.get(DigestService).runDue();
    const [digest] = await server.db.query<{ body: string }[]>(
      `SELECT body FROM outbox_message WHERE to_address = $1 AND kind = 'DIGEST'`,
      [w.owen.user.email],
    );
    expect(digest.body).toContain('invites you to join Science Job-Alike');
    const joined = await server.gql<{ joinGroup: { status: string } }>(JOIN, { g: groupId }, { token: w.owen.token });
    expect(joined.data!.joinGroup.status).toBe('ACTIVE');

    // Nothing is waiting any more, and a second decision is refused.
    const after = await server.gql<{ groupProposals: unknown[] }>(
      PROPOSALS,
      { n: w.net.network.id },
      { token: w.coordinator.token },
    );
    expect(after.data!.groupProposals).toEqual([]);
    const again = await server.gql(
      DECIDE,
      { i: { proposalId: proposal.id, approve: false, reason: 'No' } },
      { token: w.coordinator.token },
    );
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('teacher starts a group directly when the network allows it', async () => {
    const w = await world();
    const set = await server.gql(SETTING, { n: w.net.network.id, a: true }, { token: w.coordinator.token });
    expect(set.errors).toBeUndefined();
    // The change is in the network's audit log.
    const audited = await server.db.query<{ actor_id: string; data: unknown }[]>(
      `SELECT actor_id, data FROM audit_event WHERE network_id = $1 AND action = 'network.group_start'`,
      [w.net.network.id],
    );
    expect(audited).toEqual([{ actor_id: w.coordinator.user.id, data: { teachersMayStartGroups: true } }]);
    const res = await server.gql<{ proposeGroup: Proposal }>(
      PROPOSE,
      { i: input(w.net, [w.owen.user.id]) },
      { token: w.eli.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.proposeGroup.status).toBe('APPROVED');
    const groupId = res.data!.proposeGroup.groupId!;
    const group = await server.gql<{ group: { access: string; members: { role: string; user: { id: string } }[] } }>(
      GROUP,
      { id: groupId },
      { token: w.eli.token },
    );
    expect(group.data!.group).toMatchObject({
      access: 'OPEN',
      members: [{ role: 'FACILITATOR', user: { id: w.eli.user.id } }],
    });
    expect((await notifications(w.owen.token)).map((n) => [n.kind, n.groupId])).toEqual([['GROUP_INVITE', groupId]]);
    // No coordinator had to decide anything.
    expect(await notifications(w.coordinator.token)).toEqual([]);
  });

  it('coordinator declines a proposed group with a reason the teacher reads', async () => {
    const w = await world();
    const { data } = await server.gql<{ proposeGroup: Proposal }>(
      PROPOSE,
      { i: input(w.net, []) },
      { token: w.eli.token },
    );
    const id = data!.proposeGroup.id;
    const noReason = await server.gql(
      DECIDE,
      { i: { proposalId: id, approve: false } },
      { token: w.coordinator.token },
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const declined = await server.gql<{ decideGroupProposal: { status: string; declineReason: string } }>(
      DECIDE,
      { i: { proposalId: id, approve: false, reason: 'Join the STEM group instead.' } },
      { token: w.coordinator.token },
    );
    expect(declined.data!.decideGroupProposal).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Join the STEM group instead.',
    });
    const mine = await server.gql<{ groupProposals: { status: string; declineReason: string }[] }>(
      PROPOSALS,
      { n: w.net.network.id },
      { token: w.eli.token },
    );
    expect(mine.data!.groupProposals).toEqual([
      expect.objectContaining({ status: 'DECLINED', declineReason: 'Join the STEM group instead.' }),
    ]);
    expect((await notifications(w.eli.token))[0].text).toContain('Join the STEM group instead.');
    // A proposal whose teacher has left the network cannot be approved, only declined.
    const { data: left } = await server.gql<{ proposeGroup: Proposal }>(
      PROPOSE,
      { i: input(w.net, [], 'Lab Science') },
      { token: w.owen.token },
    );
    await server.db.query(`UPDATE membership SET status = 'DEACTIVATED' WHERE id = $1`, [w.owen.membership.id]);
    const orphan = await server.gql(
      DECIDE,
      { i: { proposalId: left!.proposeGroup.id, approve: true } },
      { token: w.coordinator.token },
    );
    expect(errorCode(orphan)).toBe('CONFLICT');
    const [{ count }] = await server.db.query<{ count: string }[]>(
      `SELECT count(*) FROM "group" WHERE network_id = $1`,
      [w.net.network.id],
    );
    expect(Number(count)).toBe(0);
  });

  it('students, other networks and the proposer themself cannot propose, see or decide', async () => {
    const w = await world();
    const other = await createNetwork(server.db);
    const otherCoordinator = await createPerson(server.db, other, 'COORDINATOR');
    const otherToken = await signIn(server, otherCoordinator.login);

    // A student cannot propose, nor list proposals.
    expect(errorCode(await server.gql(PROPOSE, { i: input(w.net, []) }, { token: w.student.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(PROPOSALS, { n: w.net.network.id }, { token: w.student.token }))).toBe(
      'FORBIDDEN',
    );
    // Only job-alikes can be invited: not a math teacher, not a student, not a person of another network.
    for (const invitee of [w.grace.user.id, w.student.user.id, otherCoordinator.user.id]) {
      const res = await server.gql(PROPOSE, { i: input(w.net, [invitee]) }, { token: w.eli.token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    // A bad focus is a clear input error, and nothing is written.
    const noSubject = await server.gql(PROPOSE, { i: { ...input(w.net, []), subject: null } }, { token: w.eli.token });
    expect(errorCode(noSubject)).toBe('BAD_USER_INPUT');
    const [{ count: none }] = await server.db.query<{ count: string }[]>(
      `SELECT count(*) FROM group_proposal WHERE network_id = $1`,
      [w.net.network.id],
    );
    expect(Number(none)).toBe(0);

    const { data } = await server.gql<{ proposeGroup: Proposal }>(
      PROPOSE,
      { i: input(w.net, [w.owen.user.id]) },
      { token: w.eli.token },
    );
    const id = data!.proposeGroup.id;
    // Another network's coordinator neither sees nor decides it, nor changes the setting.
    const theirs = await server.gql<{ groupProposals: unknown[] }>(
      PROPOSALS,
      { n: w.net.network.id },
      { token: otherToken },
    );
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(DECIDE, { i: { proposalId: id, approve: true } }, { token: otherToken }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.gql(SETTING, { n: w.net.network.id, a: true }, { token: otherToken }))).toBe(
      'NOT_FOUND',
    );
    // The proposer cannot approve their own; another teacher and a student cannot either.
    const own = await server.gql(DECIDE, { i: { proposalId: id, approve: true } }, { token: w.eli.token });
    expect(errorCode(own)).toBe('FORBIDDEN');
    expect(JSON.stringify(own)).toContain('cannot approve your own');
    expect(errorCode(await server.gql(DECIDE, { i: { proposalId: id, approve: true } }, { token: w.owen.token }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await server.gql(DECIDE, { i: { proposalId: id, approve: true } }, { token: w.student.token })),
    ).toBe('NOT_FOUND');
    // Teachers cannot let themselves start groups.
    expect(errorCode(await server.gql(SETTING, { n: w.net.network.id, a: true }, { token: w.eli.token }))).toBe(
      'FORBIDDEN',
    );
    // The same name cannot wait twice.
    const twice = await server.gql(PROPOSE, { i: input(w.net, []) }, { token: w.owen.token });
    expect(errorCode(twice)).toBe('CONFLICT');

    // Still waiting, and no group was made.
    const [{ status, group_id }] = await server.db.query<{ status: string; group_id: string | null }[]>(
      `SELECT status, group_id FROM group_proposal WHERE id = $1`,
      [id],
    );
    expect({ status, group_id }).toEqual({ status: 'PENDING', group_id: null });
  });
});
