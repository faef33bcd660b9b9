import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { SchoolClass } from '../../server/src/classes/school-class.entity.js';
import { Invitation } from '../../server/src/networks/invitation.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { School } from '../../server/src/networks/school.entity.js';
import {
  createClass,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';

interface Side {
  net: TestNetwork;
  coordinator: TestPerson;
  teacher: TestPerson;
  student: TestPerson;
  classId: string;
  joinCode: string;
  invitationEmail: string;
  tokens: { coordinator: string; teacher: string; student: string };
}

describe('network isolation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  /** A network with a coordinator, a teacher with a class of one student, an open invitation and an email in its outbox. */
  async function side(): Promise<Side> {
    const net = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    const cls = await createClass(server.db, net, teacher, [student]);
    const tokens = {
      coordinator: await signIn(server, coordinator.login),
      teacher: await signIn(server, teacher.login),
      student: await signIn(server, student.login),
    };
    const invitationEmail = `invitee-${net.network.slug}@example.org`;
    const invited = await server.gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { networkId: net.network.id, email: invitationEmail, role: 'TEACHER', schoolId: net.schools[0].id } },
      { token: tokens.coordinator },
    );
    if (invited.errors) throw new Error(invited.errors[0].message);
    return { net, coordinator, teacher, student, classId: cls.id, joinCode: cls.joinCode, invitationEmail, tokens };
  }

  /** Everything of a network that must never show up in another network's answers. */
  function secretsOf(s: Side): string[] {
    return [
      s.net.network.id,
      s.net.network.slug,
      s.net.network.name,
      ...s.net.schools.flatMap((school) => [school.id, school.name]),
      ...[s.coordinator, s.teacher, s.student].flatMap((p) => [
        p.user.id,
        p.membership.id,
        p.login,
        p.user.displayName,
      ]),
      s.classId,
      s.joinCode,
      s.invitationEmail,
    ];
  }

  function expectNoSecrets(res: GqlResult<unknown>, secrets: string[], what: string): void {
    const text = JSON.stringify({ data: res.data, errors: res.errors });
    const leaked = secrets.filter((secret) => text.includes(secret));
    expect({ what, leaked }).toEqual({ what, leaked: [] });
  }

  it('every-operation-aimed-at-another-network-is-not-found-and-changes-nothing', async () => {
    const a = await side();
    const b = await side();
    const bSecrets = secretsOf(b);
    const before = await snapshotOf(b);

    const ops: [string, string, Record<string, unknown>][] = [
      [
        'network',
        'query($slug: String!) { network(slug: $slug) { id name schools { id name } } }',
        { slug: b.net.network.slug },
      ],
      ['members', 'query($id: ID!) { members(networkId: $id) { totalCount nodes { id } } }', { id: b.net.network.id }],
      ['invitations', 'query($id: ID!) { invitations(networkId: $id) { id email } }', { id: b.net.network.id }],
      [
        'outbox',
        'query($id: ID!) { outbox(networkId: $id) { messages { toAddress link } } }',
        { id: b.net.network.id },
      ],
      ['myClasses', 'query($id: ID!) { myClasses(networkId: $id) { id name } }', { id: b.net.network.id }],
      ['classRoster', 'query($id: ID!) { classRoster(classId: $id) { studentId displayName } }', { id: b.classId }],
      [
        'updateSchool',
        'mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { id name } }',
        { input: { id: b.net.schools[0].id, name: 'Taken over' } },
      ],
      [
        'createSchool',
        'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }',
        {
          input: {
            networkId: b.net.network.id,
            name: 'Intruder School',
            state: 'AK',
            locality: 'X',
            timeZone: 'America/Nome',
          },
        },
      ],
      [
        'inviteMember',
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
        { input: { networkId: b.net.network.id, email: 'spy@example.org', role: 'COORDINATOR' } },
      ],
      [
        'changeMemberRole',
        'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }',
        { input: { memberId: b.teacher.membership.id, role: 'COORDINATOR' } },
      ],
      [
        'updateMember',
        'mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id subjects } }',
        { input: { memberId: b.teacher.membership.id, subjects: ['Hacked'] } },
      ],
      [
        'deactivateMember',
        'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }',
        { id: b.coordinator.membership.id },
      ],
      [
        'reactivateMember',
        'mutation($id: ID!) { reactivateMember(memberId: $id) { id } }',
        { id: b.teacher.membership.id },
      ],
      [
        'createClass',
        'mutation($input: CreateClassInput!) { createClass(input: $input) { id joinCode } }',
        { input: { networkId: b.net.network.id, name: 'Intruder class', subject: 'Science', gradeLevel: '9' } },
      ],
      [
        'resetStudentPassword',
        'mutation($input: ResetStudentPasswordInput!) { resetStudentPassword(input: $input) }',
        { input: { classId: b.classId, studentId: b.student.user.id, password: 'taken over!' } },
      ],
      [
        'removeStudent',
        'mutation($input: RemoveStudentInput!) { removeStudent(input: $input) { accessEnded } }',
        { input: { classId: b.classId, studentId: b.student.user.id } },
      ],
    ];

    for (const [name, query, variables] of ops) {
      for (const role of ['coordinator', 'teacher', 'student'] as const) {
        const res = await server.gql(query, variables, { token: a.tokens[role] });
        const what = `${role} of A: ${name}`;
        expect({ what, code: errorCode(res) }).toEqual({ what, code: 'NOT_FOUND' });
        expect({ what, data: res.data }).toEqual({ what, data: null });
        expectNoSecrets(res, bSecrets, what);
      }
    }
    expect(await snapshotOf(b)).toEqual(before);
  });

  it('a-network-own-answers-contain-nothing-of-another-network', async () => {
    const a = await side();
    const b = await side();
    const bSecrets = secretsOf(b);
    const id = a.net.network.id;
    const reads: [keyof Side['tokens'], string, Record<string, unknown>][] = [
      [
        'coordinator',
        'query($slug: String!) { network(slug: $slug) { id name schools { id name } viewerMembership { id } } }',
        { slug: a.net.network.slug },
      ],
      [
        'coordinator',
        'query($id: ID!) { members(networkId: $id, first: 100) { totalCount nodes { id user { id displayName email } school { name } } } }',
        { id },
      ],
      [
        'coordinator',
        'query($id: ID!) { members(networkId: $id, status: DEACTIVATED) { totalCount nodes { id } } }',
        { id },
      ],
      [
        'coordinator',
        'query($id: ID!) { invitations(networkId: $id) { id email school { name } network { name } } }',
        { id },
      ],
      [
        'coordinator',
        'query($id: ID!) { outbox(networkId: $id) { messages { toAddress subject body link } } }',
        { id },
      ],
      [
        'teacher',
        'query($id: ID!) { myClasses(networkId: $id) { id name joinCode school { name } teacher { displayName } } }',
        { id },
      ],
      [
        'teacher',
        'query($id: ID!) { members(networkId: $id, first: 100) { totalCount nodes { id user { displayName } } } }',
        { id },
      ],
      ['student', 'query($id: ID!) { myClasses(networkId: $id) { id name school { name } } }', { id }],
      ['student', '{ me { id memberships { id network { id name } school { name } } } }', {}],
      [
        'teacher',
        'query($id: ID!) { classRoster(classId: $id) { studentId displayName username } }',
        { id: a.classId },
      ],
    ];
    for (const [role, query, variables] of reads) {
      const res = await server.gql(query, variables, { token: a.tokens[role] });
      expect({ query, errors: res.errors }).toEqual({ query, errors: undefined });
      expectNoSecrets(res, bSecrets, `${role} of A: ${query.slice(0, 60)}`);
    }
    // Searching A's directory for B's people finds nobody.
    for (const secret of [b.teacher.user.displayName, b.teacher.login, b.coordinator.login]) {
      const res = await server.gql<{ members: { totalCount: number } }>(
        'query($id: ID!, $s: String) { members(networkId: $id, search: $s) { totalCount } }',
        { id, s: secret },
        { token: a.tokens.coordinator },
      );
      expect(res.data?.members.totalCount).toBe(0);
    }
  });

  it('ids-from-another-network-inside-own-network-operations-are-refused', async () => {
    const a = await side();
    const b = await side();
    const bSecrets = secretsOf(b);
    const token = a.tokens.coordinator;

    const invite = await server.gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      {
        input: { networkId: a.net.network.id, email: 'x@example.org', role: 'TEACHER', schoolId: b.net.schools[0].id },
      },
      { token },
    );
    expect(errorCode(invite)).toBe('BAD_USER_INPUT');
    expect(invite.errors?.[0].extensions?.fieldErrors).toHaveProperty('schoolId');
    expectNoSecrets(invite, bSecrets, 'invite into a school of B');

    const move = await server.gql(
      'mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }',
      { input: { memberId: a.teacher.membership.id, schoolId: b.net.schools[0].id } },
      { token },
    );
    expect(errorCode(move)).toBe('BAD_USER_INPUT');
    const promote = await server.gql(
      'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
      { input: { memberId: a.teacher.membership.id, role: 'ADMINISTRATOR', schoolId: b.net.schools[0].id } },
      { token },
    );
    expect(errorCode(promote)).toBe('BAD_USER_INPUT');

    // A's teacher cannot act on B's student through A's own class.
    const reset = await server.gql(
      'mutation($input: ResetStudentPasswordInput!) { resetStudentPassword(input: $input) }',
      { input: { classId: a.classId, studentId: b.student.user.id, password: 'taken over!' } },
      { token: a.tokens.teacher },
    );
    expect(errorCode(reset)).toBe('NOT_FOUND');
    await expect(signIn(server, b.student.login)).resolves.toEqual(expect.any(String));

    const members = await server.gql<{ members: { totalCount: number } }>(
      'query($id: ID!, $school: ID) { members(networkId: $id, schoolId: $school) { totalCount } }',
      { id: a.net.network.id, school: b.net.schools[0].id },
      { token },
    );
    expect(members.data?.members.totalCount).toBe(0);
    const membership = await server.db.getRepository(Membership).findOneByOrFail({ id: a.teacher.membership.id });
    expect(membership).toMatchObject({ role: 'TEACHER', schoolId: a.net.schools[0].id });
  });

  /** What could change in B. */
  async function snapshotOf(b: Side) {
    const networkId = b.net.network.id;
    const [memberships, schools, classes, invitations, audit] = await Promise.all([
      server.db.getRepository(Membership).find({ where: { networkId }, order: { id: 'ASC' } }),
      server.db.getRepository(School).find({ where: { networkId }, order: { id: 'ASC' } }),
      server.db.getRepository(SchoolClass).find({ where: { networkId }, order: { id: 'ASC' } }),
      server.db.getRepository(Invitation).find({ where: { networkId }, order: { id: 'ASC' } }),
      server.db.getRepository(AuditEvent).count({ where: { networkId } }),
    ]);
    const rosterSize = await server.db.query('SELECT count(*)::int AS n FROM enrollment WHERE class_id = $1', [
      b.classId,
    ]);
    const passwordHash = await server.db.query('SELECT password_hash FROM "user" WHERE id = $1', [b.student.user.id]);
    return { memberships, schools, classes, invitations, audit, rosterSize, passwordHash };
  }
});
