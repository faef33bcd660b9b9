import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { createNetwork, createPerson, PASSWORD, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const MEMBERS = `query($networkId: ID!, $search: String, $role: Role, $status: MemberStatus, $first: Int, $after: String) {
  members(networkId: $networkId, search: $search, role: $role, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id role status schoolId subjects user { id displayName email username } }
  }
}`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role schoolId } }`;
const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id schoolId subjects gradeLevels } }`;
const DEACTIVATE = 'mutation($id: ID!) { deactivateMember(memberId: $id) { id status } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateMember(memberId: $id) { id status } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

interface MemberNode {
  id: string;
  role: string;
  status: string;
  schoolId: string | null;
  subjects: string[];
  user: { id: string; displayName: string; email: string | null; username: string | null };
}
interface MemberPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: MemberNode[];
}

describe('members', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const members = (token: string, networkId: string, args: Record<string, unknown> = {}) =>
    server.gql<{ members: MemberPage }>(MEMBERS, { networkId, ...args }, { token });
  const ids = (page: MemberPage | undefined) => (page?.nodes ?? []).map((n) => n.id).sort();

  async function coordinatorOf(net: TestNetwork) {
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    return { coordinator, token: await signIn(server, coordinator.login) };
  }

  it('search-finds-people-by-name-and-by-email', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const ruth = await createPerson(server.db, net, 'TEACHER', { name: 'Ruth Okada' });
    const ruthanne = await createPerson(server.db, net, 'ADMINISTRATOR', { name: 'Ruthanne Miller' });
    const other = await createPerson(server.db, net, 'TEACHER', { name: 'Jonas Whitehorse' });

    const byName = await members(token, net.network.id, { search: '  RUTH ' });
    expect(byName.errors).toBeUndefined();
    expect(byName.data?.members.totalCount).toBe(2);
    expect(byName.data?.members.nodes.map((n) => n.user.displayName).sort()).toEqual(['Ruth Okada', 'Ruthanne Miller']);

    const bySurname = await members(token, net.network.id, { search: 'okada' });
    expect(ids(bySurname.data?.members)).toEqual([ruth.membership.id]);

    const byEmail = await members(token, net.network.id, { search: other.login.split('@')[0] });
    expect(byEmail.data?.members.nodes.map((n) => n.user.email)).toEqual([other.login]);

    // Wildcards are taken literally.
    expect((await members(token, net.network.id, { search: '%' })).data?.members.totalCount).toBe(0);
    expect((await members(token, net.network.id, { search: 'Ruth_' })).data?.members.totalCount).toBe(0);
    expect((await members(token, net.network.id, { search: 'nobody by that name' })).data?.members).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
    expect(ruthanne.membership.role).toBe('ADMINISTRATOR');
  });

  it('pages-of-twenty-cover-everyone-once-in-name-order', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    // Repeated names (in mixed case) put the page boundary inside a group of equal names.
    const names = ['anna Lee', 'Ben Cho', 'cara Diaz', 'Dan Eng', 'ella Fox', 'Finn Gray'];
    const teachers = [];
    for (let i = 0; i < 25; i++) teachers.push(await createPerson(server.db, net, 'TEACHER', { name: names[i % 6] }));

    const first = await members(token, net.network.id, { role: 'TEACHER', first: 20 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.members;
    expect(page1.nodes).toHaveLength(20);
    expect(page1.totalCount).toBe(25);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.pageInfo.endCursor).toEqual(expect.any(String));

    const second = await members(token, net.network.id, {
      role: 'TEACHER',
      first: 20,
      after: page1.pageInfo.endCursor,
    });
    expect(second.errors).toBeUndefined();
    const page2 = second.data!.members;
    expect(page2.nodes).toHaveLength(5);
    expect(page2.totalCount).toBe(25);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const all = [...page1.nodes, ...page2.nodes];
    expect(new Set(all.map((n) => n.id)).size).toBe(25);
    expect(all.map((n) => n.id).sort()).toEqual(teachers.map((t) => t.membership.id).sort());
    const lowered = all.map((n) => n.user.displayName.toLowerCase());
    expect(lowered).toEqual([...lowered].sort());

    // Without the role filter the coordinator is counted too: 25 teachers + 1 coordinator.
    const everyone = await members(token, net.network.id, { first: 20 });
    expect(everyone.data?.members.totalCount).toBe(26);
    const rest = await members(token, net.network.id, { first: 20, after: everyone.data?.members.pageInfo.endCursor });
    expect(rest.data?.members.nodes).toHaveLength(6);
  });

  it('page-size-must-be-between-1-and-100', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    for (const first of [0, -5, 101]) {
      const res = await members(token, net.network.id, { first });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors).toHaveProperty('first');
    }
    const garbage = await members(token, net.network.id, { after: 'not-a-cursor' });
    expect(errorCode(garbage)).toBe('BAD_USER_INPUT');
    expect(garbage.errors?.[0].extensions?.fieldErrors).toHaveProperty('after');
  });

  it('teachers-see-adults-but-never-students', async () => {
    const net = await createNetwork(server.db);
    const { coordinator } = await coordinatorOf(net);
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR');
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT', { name: 'Kiana Student' });
    const token = await signIn(server, teacher.login);

    const res = await members(token, net.network.id);
    expect(res.errors).toBeUndefined();
    expect(res.data?.members.totalCount).toBe(3);
    expect(ids(res.data?.members)).toEqual(
      [coordinator.membership.id, principal.membership.id, teacher.membership.id].sort(),
    );
    expect((await members(token, net.network.id, { role: 'STUDENT' })).data?.members.totalCount).toBe(0);
    expect((await members(token, net.network.id, { search: 'Kiana' })).data?.members.totalCount).toBe(0);
    expect(JSON.stringify(res.data)).not.toContain(student.user.id);
  });

  it('students-cannot-browse-members', async () => {
    const net = await createNetwork(server.db);
    const student = await createPerson(server.db, net, 'STUDENT');
    const res = await members(await signIn(server, student.login), net.network.id);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('administrator-sees-students-of-own-school-only', async () => {
    const net = await createNetwork(server.db);
    const [own, other] = net.schools;
    const { coordinator } = await coordinatorOf(net);
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR', { school: own });
    const ownStudent = await createPerson(server.db, net, 'STUDENT', { school: own });
    const otherStudent = await createPerson(server.db, net, 'STUDENT', { school: other });
    const otherTeacher = await createPerson(server.db, net, 'TEACHER', { school: other });
    const token = await signIn(server, principal.login);

    const res = await members(token, net.network.id);
    expect(res.data?.members.totalCount).toBe(4);
    expect(ids(res.data?.members)).toEqual(
      [coordinator.membership.id, principal.membership.id, ownStudent.membership.id, otherTeacher.membership.id].sort(),
    );
    const students = await members(token, net.network.id, { role: 'STUDENT' });
    expect(students.data?.members.nodes.map((n) => n.user.username)).toEqual([ownStudent.login]);
    expect(JSON.stringify(res.data)).not.toContain(otherStudent.user.id);
  });

  it('coordinator-makes-a-teacher-an-administrator-and-it-is-audited', async () => {
    const net = await createNetwork(server.db);
    const { coordinator, token } = await coordinatorOf(net);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');

    const res = await server.gql<{ changeMemberRole: { id: string; role: string; schoolId: string } }>(
      CHANGE_ROLE,
      { input: { memberId: teacher.membership.id, role: 'ADMINISTRATOR' } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.changeMemberRole).toEqual({
      id: teacher.membership.id,
      role: 'ADMINISTRATOR',
      schoolId: net.schools[0].id,
    });
    expect((await server.db.getRepository(Membership).findOneByOrFail({ id: teacher.membership.id })).role).toBe(
      'ADMINISTRATOR',
    );
    const audit = await server.db.getRepository(AuditEvent).findBy({ targetId: teacher.membership.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'member.role',
      networkId: net.network.id,
      actorId: coordinator.user.id,
      targetType: 'Membership',
      data: { from: 'TEACHER', to: 'ADMINISTRATOR' },
    });

    // The new administrator now sees the school's students.
    const asPrincipal = await members(await signIn(server, teacher.login), net.network.id, { role: 'STUDENT' });
    expect(ids(asPrincipal.data?.members)).toEqual([student.membership.id]);
  });

  it('role-changes-to-or-from-student-are-refused', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');

    const toStudent = await server.gql(
      CHANGE_ROLE,
      { input: { memberId: teacher.membership.id, role: 'STUDENT' } },
      { token },
    );
    expect(errorCode(toStudent)).toBe('BAD_USER_INPUT');
    expect(toStudent.errors?.[0].extensions?.fieldErrors).toHaveProperty('role');
    const fromStudent = await server.gql(
      CHANGE_ROLE,
      { input: { memberId: student.membership.id, role: 'TEACHER' } },
      { token },
    );
    expect(errorCode(fromStudent)).toBe('FORBIDDEN');
    expect(
      await server.db.getRepository(AuditEvent).countBy({ networkId: net.network.id, action: 'member.role' }),
    ).toBe(0);
  });

  it('deactivated-teacher-is-signed-out-and-cannot-sign-in-until-reactivated', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const before = await signIn(server, teacher.login);

    const off = await server.gql<{ deactivateMember: { status: string } }>(
      DEACTIVATE,
      { id: teacher.membership.id },
      { token },
    );
    expect(off.errors).toBeUndefined();
    expect(off.data?.deactivateMember).toEqual({ id: teacher.membership.id, status: 'DEACTIVATED' });

    const refused = await server.gql(SIGN_IN, { input: { login: teacher.login, password: PASSWORD } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/deactivated/);
    expect((await server.gql<{ me: unknown }>('{ me { id } }', {}, { token: before })).data?.me).toBeNull();

    // Gone from the directory, except when the coordinator asks for deactivated members.
    expect(ids((await members(token, net.network.id, { role: 'TEACHER' })).data?.members)).toEqual([]);
    const deactivated = await members(token, net.network.id, { status: 'DEACTIVATED' });
    expect(ids(deactivated.data?.members)).toEqual([teacher.membership.id]);

    const on = await server.gql<{ reactivateMember: { status: string } }>(
      REACTIVATE,
      { id: teacher.membership.id },
      { token },
    );
    expect(on.data?.reactivateMember).toEqual({ id: teacher.membership.id, status: 'ACTIVE' });
    const after = await signIn(server, teacher.login);
    expect((await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: after })).data?.me.id).toBe(
      teacher.user.id,
    );
    const actions = (await server.db.getRepository(AuditEvent).findBy({ targetId: teacher.membership.id })).map(
      (a) => a.action,
    );
    expect(actions.sort()).toEqual(['member.deactivate', 'member.reactivate']);
  });

  it('coordinator-cannot-change-own-role-or-deactivate-self', async () => {
    const net = await createNetwork(server.db);
    const { coordinator, token } = await coordinatorOf(net);
    const role = await server.gql(
      CHANGE_ROLE,
      { input: { memberId: coordinator.membership.id, role: 'TEACHER', schoolId: net.schools[0].id } },
      { token },
    );
    expect(errorCode(role)).toBe('FORBIDDEN');
    expect(role.errors?.[0].message).toMatch(/your own role/);
    expect(errorCode(await server.gql(DEACTIVATE, { id: coordinator.membership.id }, { token }))).toBe('FORBIDDEN');
    expect(await server.db.getRepository(Membership).findOneByOrFail({ id: coordinator.membership.id })).toMatchObject({
      role: 'COORDINATOR',
      status: 'ACTIVE',
    });
  });

  it('teacher-cannot-change-roles-or-deactivate', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const colleague = await createPerson(server.db, net, 'TEACHER');
    const token = await signIn(server, teacher.login);

    const promote = await server.gql(
      CHANGE_ROLE,
      { input: { memberId: colleague.membership.id, role: 'COORDINATOR' } },
      { token },
    );
    expect(errorCode(promote)).toBe('FORBIDDEN');
    const self = await server.gql(
      CHANGE_ROLE,
      { input: { memberId: teacher.membership.id, role: 'COORDINATOR' } },
      { token },
    );
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(DEACTIVATE, { id: colleague.membership.id }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(REACTIVATE, { id: colleague.membership.id }, { token }))).toBe('FORBIDDEN');
    const rows = await server.db.getRepository(Membership).findBy({ networkId: net.network.id });
    expect(rows.map((r) => [r.role, r.status])).toEqual([
      ['TEACHER', 'ACTIVE'],
      ['TEACHER', 'ACTIVE'],
    ]);
  });

  it('member-of-one-network-gets-not-found-for-another', async () => {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    await createPerson(server.db, b, 'TEACHER');
    const { token } = await coordinatorOf(a);

    const list = await members(token, b.network.id);
    expect(errorCode(list)).toBe('NOT_FOUND');
    expect(list.data).toBeNull();
    const network = await server.gql(
      'query($slug: String!) { network(slug: $slug) { id name } }',
      { slug: b.network.slug },
      { token },
    );
    expect(errorCode(network)).toBe('NOT_FOUND');
    expect(JSON.stringify(network)).not.toContain(b.network.id);
    // Same answer as for a network that does not exist at all.
    const missing = await server.gql(
      'query($slug: String!) { network(slug: $slug) { id } }',
      { slug: 'no-such-network' },
      { token },
    );
    expect(missing.errors?.[0].message).toBe(network.errors?.[0].message);
  });

  it('a-person-updates-own-subjects-but-not-own-school', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER', { subjects: ['Art'] });
    const colleague = await createPerson(server.db, net, 'TEACHER', { subjects: ['Music'] });
    const token = await signIn(server, teacher.login);

    const own = await server.gql<{ updateMember: { subjects: string[]; gradeLevels: string[]; schoolId: string } }>(
      UPDATE,
      { input: { memberId: teacher.membership.id, subjects: ['Science', ' Mathematics '], gradeLevels: ['9', '10'] } },
      { token },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.updateMember).toEqual({
      id: teacher.membership.id,
      schoolId: net.schools[0].id,
      subjects: ['Science', 'Mathematics'],
      gradeLevels: ['9', '10'],
    });

    const move = await server.gql(
      UPDATE,
      { input: { memberId: teacher.membership.id, schoolId: net.schools[1].id } },
      { token },
    );
    expect(errorCode(move)).toBe('FORBIDDEN');
    expect(move.errors?.[0].message).toMatch(/coordinator/);
    const others = await server.gql(
      UPDATE,
      { input: { memberId: colleague.membership.id, subjects: ['Art'] } },
      { token },
    );
    expect(errorCode(others)).toBe('FORBIDDEN');

    const stored = await server.db.getRepository(Membership).findBy({ networkId: net.network.id });
    const byId = Object.fromEntries(stored.map((m) => [m.id, m]));
    expect(byId[teacher.membership.id]).toMatchObject({
      schoolId: net.schools[0].id,
      subjects: ['Science', 'Mathematics'],
    });
    expect(byId[colleague.membership.id].subjects).toEqual(['Music']);
  });

  it('coordinator-moves-a-teacher-to-another-school-of-the-network-only', async () => {
    const net = await createNetwork(server.db);
    const elsewhere = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const teacher = await createPerson(server.db, net, 'TEACHER');

    const moved = await server.gql<{ updateMember: { schoolId: string } }>(
      UPDATE,
      { input: { memberId: teacher.membership.id, schoolId: net.schools[1].id } },
      { token },
    );
    expect(moved.data?.updateMember.schoolId).toBe(net.schools[1].id);
    const foreign = await server.gql(
      UPDATE,
      { input: { memberId: teacher.membership.id, schoolId: elsewhere.schools[0].id } },
      { token },
    );
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors?.[0].extensions?.fieldErrors).toHaveProperty('schoolId');
    expect((await server.db.getRepository(Membership).findOneByOrFail({ id: teacher.membership.id })).schoolId).toBe(
      net.schools[1].id,
    );
  });

  it('a-null-school-in-an-update-leaves-the-school-as-it-is', async () => {
    const net = await createNetwork(server.db);
    const { token } = await coordinatorOf(net);
    const teacher = await createPerson(server.db, net, 'TEACHER');

    const byCoordinator = await server.gql<{ updateMember: { schoolId: string; subjects: string[] } }>(
      UPDATE,
      { input: { memberId: teacher.membership.id, schoolId: null, subjects: ['Art'] } },
      { token },
    );
    expect(byCoordinator.errors).toBeUndefined();
    expect(byCoordinator.data?.updateMember).toMatchObject({ schoolId: net.schools[0].id, subjects: ['Art'] });

    const bySelf = await server.gql<{ updateMember: { schoolId: string; subjects: string[] } }>(
      UPDATE,
      { input: { memberId: teacher.membership.id, schoolId: null, subjects: ['Music'] } },
      { token: await signIn(server, teacher.login) },
    );
    expect(bySelf.errors).toBeUndefined();
    expect(bySelf.data?.updateMember).toMatchObject({ schoolId: net.schools[0].id, subjects: ['Music'] });
  });

  it('a-member-row-names-its-network-and-school', async () => {
    const net = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    await createPerson(server.db, net, 'TEACHER');
    const token = await signIn(server, coordinator.login);
    const res = await server.gql<{
      members: { nodes: { role: string; network: { slug: string }; school: { name: string } | null }[] };
    }>(
      `query($n: ID!) { members(networkId: $n) { nodes { role network { slug } school { name } } } }`,
      { n: net.network.id },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.members.nodes;
    expect(nodes.every((m) => m.network.slug === net.network.slug)).toBe(true);
    expect(nodes.find((m) => m.role === 'TEACHER')?.school?.name).toBe(net.schools[0].name);
    expect(nodes.find((m) => m.role === 'COORDINATOR')?.school).toBeNull();
  });
});
