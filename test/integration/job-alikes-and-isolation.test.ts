import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { addToGroup, createGroup, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const JOB_ALIKES = `query($networkId: ID!) {
  jobAlikes(networkId: $networkId) {
    sharedSubjects
    sharedGradeBands
    member { id role subjects school { id name } user { id displayName } }
  }
}`;
const SUGGESTED = `query($networkId: ID!) { suggestedGroups(networkId: $networkId) { id name focus } }`;
const ISOLATED = `query($networkId: ID!) {
  isolatedMembers(networkId: $networkId) {
    reason
    lastGroupActivityAt
    member { id role school { name } user { displayName } }
  }
}`;
const JOIN = `mutation($groupId: ID!) { joinGroup(groupId: $groupId) { status } }`;

interface JobAlikeNode {
  sharedSubjects: string[];
  sharedGradeBands: string[];
  member: { id: string; role: string; subjects: string[]; school: { id: string; name: string } | null };
}
interface IsolatedNode {
  reason: string;
  lastGroupActivityAt: string | null;
  member: { id: string; role: string; school: { name: string } | null; user: { displayName: string } };
}

describe('job-alikes and isolation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const jobAlikes = (token: string, networkId: string) =>
    server.gql<{ jobAlikes: JobAlikeNode[] }>(JOB_ALIKES, { networkId }, { token });
  const isolated = (token: string, networkId: string) =>
    server.gql<{ isolatedMembers: IsolatedNode[] }>(ISOLATED, { networkId }, { token });
  const grades = (person: TestPerson, gradeLevels: string[]) =>
    server.db.getRepository(Membership).update(person.membership.id, { gradeLevels });

  it('math-teacher-finds-math-teachers-of-other-schools-only', async () => {
    const net = await createNetwork(server.db, 3);
    const [one, two, three] = net.schools;
    const me = await createPerson(server.db, net, 'TEACHER', { school: one, subjects: ['Mathematics'] });
    const mathThere = await createPerson(server.db, net, 'TEACHER', {
      school: two,
      subjects: ['Science', 'mathematics'],
    });
    const mathThird = await createPerson(server.db, net, 'TEACHER', { school: three, subjects: ['Mathematics'] });
    await createPerson(server.db, net, 'TEACHER', { school: one, subjects: ['Mathematics'] });
    await createPerson(server.db, net, 'TEACHER', { school: two, subjects: ['Science'] });
    await createPerson(server.db, net, 'COORDINATOR', { subjects: ['Mathematics'] });
    await createPerson(server.db, net, 'ADMINISTRATOR', { school: two, subjects: ['Mathematics'] });
    await createPerson(server.db, net, 'TEACHER', { school: two, subjects: ['Mathematics'], status: 'DEACTIVATED' });
    // Another network's math teachers are not job-alikes.
    const other = await createNetwork(server.db);
    await createPerson(server.db, other, 'TEACHER', { school: other.schools[1], subjects: ['Mathematics'] });

    const res = await jobAlikes(await signIn(server, me.login), net.network.id);
    expect(res.errors).toBeUndefined();
    const found = res.data!.jobAlikes;
    expect(found.map((j) => j.member.id).sort()).toEqual([mathThere.membership.id, mathThird.membership.id].sort());
    const there = found.find((j) => j.member.id === mathThere.membership.id)!;
    expect(there).toMatchObject({
      sharedSubjects: ['mathematics'],
      member: { role: 'TEACHER', school: { id: two.id } },
    });
    expect(found.every((j) => j.member.school?.id !== one.id)).toBe(true);
  });

  it('teachers-without-subjects-match-by-grade-band', async () => {
    const net = await createNetwork(server.db);
    const [one, two] = net.schools;
    const me = await createPerson(server.db, net, 'TEACHER', { school: one });
    await grades(me, ['7']);
    const middle = await createPerson(server.db, net, 'TEACHER', { school: two, subjects: ['Art'] });
    await grades(middle, ['6', '8']);
    const high = await createPerson(server.db, net, 'TEACHER', { school: two });
    await grades(high, ['10']);

    const res = await jobAlikes(await signIn(server, me.login), net.network.id);
    expect(res.data?.jobAlikes).toEqual([
      expect.objectContaining({
        sharedSubjects: [],
        sharedGradeBands: ['6-8'],
        member: expect.objectContaining({ id: middle.membership.id }),
      }),
    ]);
  });

  it('administrators-find-administrators-of-other-schools', async () => {
    const net = await createNetwork(server.db, 3);
    const [one, two, three] = net.schools;
    const me = await createPerson(server.db, net, 'ADMINISTRATOR', { school: one });
    const principalTwo = await createPerson(server.db, net, 'ADMINISTRATOR', { school: two });
    const principalThree = await createPerson(server.db, net, 'ADMINISTRATOR', { school: three, subjects: ['Music'] });
    await createPerson(server.db, net, 'ADMINISTRATOR', { school: one });
    await createPerson(server.db, net, 'TEACHER', { school: two });
    await createPerson(server.db, net, 'COORDINATOR');

    const res = await jobAlikes(await signIn(server, me.login), net.network.id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.jobAlikes.map((j) => j.member.id).sort()).toEqual(
      [principalTwo.membership.id, principalThree.membership.id].sort(),
    );
    expect(res.data!.jobAlikes.every((j) => j.member.role === 'ADMINISTRATOR')).toBe(true);
  });

  it('coordinator-has-no-job-alikes', async () => {
    const net = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { subjects: ['Mathematics'] });
    await createPerson(server.db, net, 'COORDINATOR', { subjects: ['Mathematics'] });
    await createPerson(server.db, net, 'TEACHER', { subjects: ['Mathematics'] });
    const res = await jobAlikes(await signIn(server, coordinator.login), net.network.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.jobAlikes).toEqual([]);
  });

  it('suggested-groups-fit-a-math-9-12-teacher-and-skip-groups-they-are-in', async () => {
    const net = await createNetwork(server.db);
    const me = await createPerson(server.db, net, 'TEACHER', { subjects: ['Mathematics'] });
    await grades(me, ['9', '11']);
    const token = await signIn(server, me.login);
    const math = await createGroup(server.db, net, { name: 'Math', subject: 'MATHEMATICS' });
    const high = await createGroup(server.db, net, { name: 'High school', focus: 'GRADE_BAND', gradeBand: '9-12' });
    const teachers = await createGroup(server.db, net, { name: 'All teachers', focus: 'ROLE', role: 'TEACHER' });
    await createGroup(server.db, net, { name: 'Science', subject: 'Science' });
    await createGroup(server.db, net, { name: 'Middle school', focus: 'GRADE_BAND', gradeBand: '6-8' });
    await createGroup(server.db, net, { name: 'Principals', focus: 'ROLE', role: 'ADMINISTRATOR' });
    await createGroup(server.db, net, { name: 'Old math', subject: 'Mathematics', archivedAt: new Date() });
    const closedMath = await createGroup(server.db, net, {
      name: 'Closed math',
      subject: 'Mathematics',
      access: 'CLOSED',
    });
    // Another network's math group is never suggested.
    await createGroup(server.db, await createNetwork(server.db), { name: 'Elsewhere math' });

    const first = await server.gql<{ suggestedGroups: { id: string; name: string }[] }>(
      SUGGESTED,
      { networkId: net.network.id },
      { token },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.suggestedGroups.map((g) => g.id)).toEqual([teachers.id, closedMath.id, high.id, math.id]);

    await addToGroup(server.db, math, me);
    await server.gql(JOIN, { groupId: closedMath.id }, { token });
    const after = await server.gql<{ suggestedGroups: { id: string; name: string }[] }>(
      SUGGESTED,
      { networkId: net.network.id },
      { token },
    );
    expect(after.data?.suggestedGroups.map((g) => g.name)).toEqual(['All teachers', 'High school']);
  });

  it('isolated-members-are-teachers-and-principals-with-no-active-group', async () => {
    const net = await createNetwork(server.db);
    const [one, two] = net.schools;
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const token = await signIn(server, coordinator.login);
    const loner = await createPerson(server.db, net, 'TEACHER', { school: two, name: 'Lone Teacher' });
    const quiet = await createPerson(server.db, net, 'TEACHER', { school: one, name: 'Quiet Teacher' });
    const busy = await createPerson(server.db, net, 'TEACHER', { school: one, name: 'Busy Teacher' });
    const both = await createPerson(server.db, net, 'TEACHER', { school: one, name: 'Both Teacher' });
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR', { school: one, name: 'Principal Pat' });
    const asker = await createPerson(server.db, net, 'TEACHER', { school: one, name: 'Asking Teacher' });
    const archivedOnly = await createPerson(server.db, net, 'TEACHER', { school: one, name: 'Archived Teacher' });
    await createPerson(server.db, net, 'STUDENT', { school: one });
    await createPerson(server.db, net, 'COORDINATOR');
    await createPerson(server.db, net, 'TEACHER', { school: one, status: 'DEACTIVATED' });

    const quietGroup = await createGroup(server.db, net, { name: 'Quiet group' });
    const activeGroup = await createGroup(server.db, net, { name: 'Active group', access: 'CLOSED' });
    const archived = await createGroup(server.db, net, { name: 'Archived group', archivedAt: new Date() });
    await addToGroup(server.db, quietGroup, quiet);
    await addToGroup(server.db, quietGroup, both);
    await addToGroup(server.db, activeGroup, busy);
    await addToGroup(server.db, activeGroup, both);
    await addToGroup(server.db, activeGroup, asker, { status: 'PENDING' });
    await addToGroup(server.db, archived, archivedOnly);
    const longAgo = new Date(Date.now() - 31 * 86400_000);
    await server.db.query('UPDATE "group" SET last_activity_at = $1 WHERE id = $2', [longAgo, quietGroup.id]);

    const res = await isolated(token, net.network.id);
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.isolatedMembers.map((m) => [m.member.id, m]));
    expect(byId.get(quiet.membership.id)).toMatchObject({ reason: 'INACTIVE_GROUPS', member: { role: 'TEACHER' } });
    expect(Date.parse(byId.get(quiet.membership.id)!.lastGroupActivityAt!)).toBe(longAgo.getTime());
    expect(byId.get(loner.membership.id)).toMatchObject({
      reason: 'NO_GROUP',
      lastGroupActivityAt: null,
      member: { school: { name: two.name } },
    });
    expect(byId.get(principal.membership.id)).toMatchObject({ reason: 'NO_GROUP', member: { role: 'ADMINISTRATOR' } });
    // A pending request or an archived group is no group.
    expect(byId.get(asker.membership.id)?.reason).toBe('NO_GROUP');
    expect(byId.get(archivedOnly.membership.id)?.reason).toBe('NO_GROUP');
    // In an active group (even alongside a quiet one): not isolated. Students and coordinators never are.
    expect(res.data!.isolatedMembers.map((m) => m.member.user.displayName).sort()).toEqual(
      ['Archived Teacher', 'Asking Teacher', 'Lone Teacher', 'Principal Pat', 'Quiet Teacher'].sort(),
    );
    expect(res.data!.isolatedMembers.every((m) => ['TEACHER', 'ADMINISTRATOR'].includes(m.member.role))).toBe(true);
    expect(byId.has(busy.membership.id) || byId.has(both.membership.id)).toBe(false);
    // Ordered by school.
    expect(res.data!.isolatedMembers.at(-1)?.member.user.displayName).toBe('Lone Teacher');

    // Posting in the quiet group brings its members back.
    const quietToken = await signIn(server, quiet.login);
    const posted = await server.gql(
      'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }',
      { input: { groupId: quietGroup.id, kind: 'CHECK_IN', body: 'Back again' } },
      { token: quietToken },
    );
    expect(posted.errors).toBeUndefined();
    const again = await isolated(token, net.network.id);
    expect(again.data!.isolatedMembers.map((m) => m.member.id)).not.toContain(quiet.membership.id);
    expect(again.data!.isolatedMembers).toHaveLength(4);
  });

  it('teacher-asking-for-isolated-members-is-refused', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const res = await isolated(await signIn(server, teacher.login), net.network.id);
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
