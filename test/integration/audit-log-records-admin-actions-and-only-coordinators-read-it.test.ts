/**
 * Sensitive admin actions land in the audit log, and its network's coordinators read it in the app
 * (newest first, a page at a time, filtered by action) and as CSV with formulas defused. Everyone
 * else is refused: outsiders and other networks' coordinators as if the network did not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  addToGroup,
  createClass,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const LOG = `query($n: ID!, $action: String, $first: Int, $after: String) {
  auditLog(networkId: $n, action: $action, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id action actionLabel actorId actorName targetType targetId details createdAt }
  }
}`;

interface Entry {
  action: string;
  actionLabel: string;
  actorId: string | null;
  actorName: string;
  targetType: string;
  targetId: string | null;
  details: string;
}
interface Log {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Entry[] };
}

describe('audit log', () => {
  let server: TestServer;
  let net: TestNetwork;
  let coordinator: TestPerson & { token: string };
  let teacher: TestPerson;
  let student: TestPerson;

  const csv = (networkId: string, token?: string, query = '') =>
    fetch(`${server.url}/api/networks/${networkId}/audit.csv${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    server = await startServer();
    net = await createNetwork(server.db, 2);
    const c = await createPerson(server.db, net, 'COORDINATOR', { name: 'Coordinator Quill' });
    coordinator = { ...c, token: await signIn(server, c.login) };
    teacher = await createPerson(server.db, net, 'TEACHER', { name: '=2+3 Rowan' });
    student = await createPerson(server.db, net, 'STUDENT', { name: 'Private Pupil' });
    const cls = await createClass(server.db, net, teacher, [student]);
    const teacherToken = await signIn(server, teacher.login);
    const as = async (token: string, query: string, variables: Record<string, unknown>) => {
      const res = await server.gql(query, variables, { token });
      expect(res.errors).toBeUndefined();
    };

    // A role change, a school renamed to a formula, a hidden post, a removed student, a deactivation.
    const other = await createPerson(server.db, net, 'TEACHER');
    await as(coordinator.token, 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', {
      i: { memberId: other.membership.id, role: 'ADMINISTRATOR' },
    });
    await as(coordinator.token, 'mutation($i: UpdateSchoolInput!) { updateSchool(input: $i) { id } }', {
      i: { id: net.schools[1]!.id, name: '=HYPERLINK("http://evil.example","Click") Academy' },
    });
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, teacher);
    const post = await server.gql<{ createPost: { id: string } }>(
      'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }',
      { i: { groupId: group.id, kind: 'QUESTION', body: 'Anyone teaching fractions?' } },
      { token: teacherToken },
    );
    await as(coordinator.token, 'mutation($p: ID!) { hidePost(postId: $p) { id } }', { p: post.data!.createPost.id });
    await as(teacherToken, 'mutation($i: RemoveStudentInput!) { removeStudent(input: $i) { accessEnded } }', {
      i: { classId: cls.id, studentId: student.user.id },
    });
    await as(coordinator.token, 'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }', {
      id: other.membership.id,
    });
  });
  afterAll(() => server.close());

  it('records each sensitive action, newest first, with who did it and never a student name', async () => {
    const res = await server.gql<Log>(LOG, { n: net.network.id }, { token: coordinator.token });
    expect(res.errors).toBeUndefined();
    const log = res.data!.auditLog;
    expect(log.nodes.map((e) => e.action)).toEqual([
      'member.deactivate',
      'student.remove',
      'post.hide',
      'school.update',
      'member.role',
    ]);
    expect(log.totalCount).toBe(5);
    const removal = log.nodes[1]!;
    expect(removal).toMatchObject({
      actionLabel: 'Removed a student from a class',
      actorId: teacher.user.id,
      actorName: teacher.user.displayName,
      targetType: 'User',
      targetId: student.user.id,
    });
    expect(removal.details).toMatch(/accessEnded: true/);
    expect(log.nodes[0]!.actorName).toBe('Coordinator Quill');
    expect(JSON.stringify(res)).not.toContain('Private Pupil');
    expect(JSON.stringify(res)).not.toContain(student.user.username!);
  });

  it('pages and filters by action', async () => {
    const first = await server.gql<Log>(LOG, { n: net.network.id, first: 2 }, { token: coordinator.token });
    expect(first.data!.auditLog.nodes.map((e) => e.action)).toEqual(['member.deactivate', 'student.remove']);
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await server.gql<Log>(
      LOG,
      { n: net.network.id, first: 2, after: first.data!.auditLog.pageInfo.endCursor },
      { token: coordinator.token },
    );
    expect(next.data!.auditLog.nodes.map((e) => e.action)).toEqual(['post.hide', 'school.update']);

    const filtered = await server.gql<Log>(
      LOG,
      { n: net.network.id, action: 'post.hide' },
      { token: coordinator.token },
    );
    expect(filtered.data!.auditLog.nodes.map((e) => e.action)).toEqual(['post.hide']);
    expect(filtered.data!.auditLog.totalCount).toBe(1);

    const unknown = await server.gql<Log>(
      LOG,
      { n: net.network.id, action: 'drop.tables' },
      { token: coordinator.token },
    );
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
  });

  it('downloads as CSV with formulas defused, filtered like the page', async () => {
    const res = await csv(net.network.id, coordinator.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/-audit-log\.csv"$/);
    const text = await res.text();
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('When (UTC),Action,What,Who');
    expect(text).toContain('student.remove');
    // A name a spreadsheet would run as a formula is defused with a leading apostrophe.
    expect(text).toContain(",'=2+3 Rowan,");
    expect(text).not.toMatch(/(^|,)"?=/m);
    expect(text).toMatch(/name: =HYPERLINK/);
    expect(text).not.toContain('Private Pupil');

    const filtered = await (await csv(net.network.id, coordinator.token, '?action=member.role')).text();
    expect(filtered.trim().split('\n')).toHaveLength(2);
    expect((await csv(net.network.id, coordinator.token, '?action=nonsense')).status).toBe(400);
  });

  it('refuses everyone but its coordinators', async () => {
    const otherNet = await createNetwork(server.db, 1);
    const otherCoordinator = await createPerson(server.db, otherNet, 'COORDINATOR');
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR');
    const cases: [string, string | undefined, string, number][] = [
      ['anonymous', undefined, 'UNAUTHENTICATED', 401],
      ['teacher', await signIn(server, teacher.login), 'FORBIDDEN', 403],
      ['principal', await signIn(server, principal.login), 'FORBIDDEN', 403],
      ["another network's coordinator", await signIn(server, otherCoordinator.login), 'NOT_FOUND', 404],
    ];
    for (const [who, token, code, status] of cases) {
      const res = await server.gql(LOG, { n: net.network.id }, { token });
      expect({ who, code: errorCode(res) }).toEqual({ who, code });
      expect(res.data).toBeNull();
      const file = await csv(net.network.id, token);
      expect({ who, status: file.status }).toEqual({ who, status });
      expect(await file.text()).not.toContain('student.remove');
    }
    expect((await csv('not-a-uuid', coordinator.token)).status).toBe(404);
    // A network's coordinator reads only their own network's log.
    const own = await server.gql<Log>(
      LOG,
      { n: otherNet.network.id },
      { token: await signIn(server, otherCoordinator.login) },
    );
    expect(own.data!.auditLog.totalCount).toBe(0);
  });
});
