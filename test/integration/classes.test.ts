import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '@switchback/shared';
import { User } from '../../server/src/auth/user.entity.js';
import { Enrollment } from '../../server/src/classes/enrollment.entity.js';
import { SchoolClass } from '../../server/src/classes/school-class.entity.js';
import { createClass, createNetwork, createPerson, PASSWORD, signIn, type TestNetwork } from '../support/factories.js';
import { errorCode, randomIp, startServer, type TestServer } from '../support/harness.js';

const CREATE = `mutation($input: CreateClassInput!) {
  createClass(input: $input) { id name subject gradeLevel joinCode schoolId teacherId networkId school { id } teacher { id } }
}`;
const JOIN = `mutation($input: JoinClassInput!) {
  joinClass(input: $input) { token user { id username displayName email } class { id name schoolId } }
}`;
const ROSTER = 'query($classId: ID!) { classRoster(classId: $classId) { studentId displayName username joinedAt } }';
const MY_CLASSES = 'query($networkId: ID!) { myClasses(networkId: $networkId) { id name } }';
const RESET = 'mutation($input: ResetStudentPasswordInput!) { resetStudentPassword(input: $input) }';
const REMOVE = 'mutation($input: RemoveStudentInput!) { removeStudent(input: $input) { accessEnded } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const ME = '{ me { id username memberships { role networkId schoolId } } }';

interface CreatedClass {
  id: string;
  name: string;
  joinCode: string;
  schoolId: string;
  teacherId: string;
}
interface Joined {
  token: string | null;
  user: { id: string; username: string; displayName: string; email: string | null };
  class: { id: string; name: string; schoolId: string };
}
interface RosterEntry {
  studentId: string;
  displayName: string;
  username: string;
  joinedAt: string;
}

const username = () => `kid-${randomUUID().slice(0, 8)}`;

describe('classes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const join = (input: Record<string, unknown>, token?: string) =>
    server.gql<{ joinClass: Joined }>(JOIN, { input }, { token });
  const roster = (token: string, classId: string) =>
    server.gql<{ classRoster: RosterEntry[] }>(ROSTER, { classId }, { token });
  const myClasses = (token: string, networkId: string) =>
    server.gql<{ myClasses: { id: string; name: string }[] }>(MY_CLASSES, { networkId }, { token });

  async function teacherWithClass(net: TestNetwork, school = net.schools[0]) {
    const teacher = await createPerson(server.db, net, 'TEACHER', { school });
    const token = await signIn(server, teacher.login);
    const res = await server.gql<{ createClass: CreatedClass }>(
      CREATE,
      {
        input: {
          networkId: net.network.id,
          name: `Biology ${randomUUID().slice(0, 4)}`,
          subject: 'Science',
          gradeLevel: '9',
        },
      },
      { token },
    );
    if (!res.data) throw new Error(`createClass failed: ${res.errors?.[0]?.message}`);
    return { teacher, token, cls: res.data.createClass };
  }

  it('teacher-creates-a-class-and-gets-an-eight-character-join-code', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] });
    const token = await signIn(server, teacher.login);
    const res = await server.gql<{ createClass: CreatedClass & Record<string, unknown> }>(
      CREATE,
      { input: { networkId: net.network.id, name: '  Alaska History ', subject: 'Social Studies', gradeLevel: 'k' } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const cls = res.data!.createClass;
    expect(cls).toMatchObject({
      name: 'Alaska History',
      subject: 'Social Studies',
      gradeLevel: 'K',
      networkId: net.network.id,
      schoolId: net.schools[1].id,
      teacherId: teacher.user.id,
      school: { id: net.schools[1].id },
      teacher: { id: teacher.user.id },
    });
    expect(cls.joinCode).toHaveLength(8);
    expect([...cls.joinCode].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
    expect((await myClasses(token, net.network.id)).data?.myClasses).toEqual([{ id: cls.id, name: 'Alaska History' }]);

    const bad = await server.gql(
      CREATE,
      { input: { networkId: net.network.id, name: '', subject: '', gradeLevel: '13' } },
      { token },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors?.[0].extensions?.fieldErrors ?? {}).sort()).toEqual([
      'gradeLevel',
      'name',
      'subject',
    ]);
  });

  it('new-student-joins-with-a-lower-case-dashed-code-and-is-signed-in', async () => {
    const net = await createNetwork(server.db);
    const { token, cls } = await teacherWithClass(net);
    const typed = `${cls.joinCode.slice(0, 4)}-${cls.joinCode.slice(4)}`.toLowerCase();
    const name = username();

    const res = await join({
      code: ` ${typed} `,
      username: name.toUpperCase(),
      displayName: 'Kiana Frank',
      password: 'salmon berry',
    });
    expect(res.errors).toBeUndefined();
    const joined = res.data!.joinClass;
    expect(joined.user).toMatchObject({ username: name, displayName: 'Kiana Frank', email: null });
    expect(joined.class).toEqual({ id: cls.id, name: cls.name, schoolId: net.schools[0].id });
    expect(joined.token).toEqual(expect.any(String));
    expect(res.headers.get('set-cookie')).toMatch(/^sb_session=/);

    const me = await server.gql<{ me: { id: string; memberships: unknown[] } }>(ME, {}, { token: joined.token });
    expect(me.data?.me).toEqual({
      id: joined.user.id,
      username: name,
      memberships: [{ role: 'STUDENT', networkId: net.network.id, schoolId: net.schools[0].id }],
    });

    const list = await roster(token, cls.id);
    expect(list.errors).toBeUndefined();
    expect(list.data?.classRoster).toEqual([
      { studentId: joined.user.id, displayName: 'Kiana Frank', username: name, joinedAt: expect.any(String) },
    ]);
    expect((await myClasses(joined.token!, net.network.id)).data?.myClasses).toEqual([{ id: cls.id, name: cls.name }]);
    // And can sign in later with the username.
    await expect(signIn(server, name, 'salmon berry')).resolves.toEqual(expect.any(String));
  });

  it('signed-in-student-joins-another-class-of-the-same-school-without-a-new-account', async () => {
    const net = await createNetwork(server.db);
    const { cls: first } = await teacherWithClass(net);
    const { token: teacherToken, cls: second } = await teacherWithClass(net);
    const student = await createPerson(server.db, net, 'STUDENT');
    await server.db.getRepository(Enrollment).save({ classId: first.id, studentId: student.user.id });
    const token = await signIn(server, student.login);

    const res = await join({ code: second.joinCode }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.joinClass).toMatchObject({ token: null, user: { id: student.user.id }, class: { id: second.id } });
    expect((await myClasses(token, net.network.id)).data?.myClasses.map((c) => c.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    // Joining twice keeps one enrollment.
    expect((await join({ code: second.joinCode }, token)).errors).toBeUndefined();
    expect((await roster(teacherToken, second.id)).data?.classRoster.map((r) => r.studentId)).toEqual([
      student.user.id,
    ]);
  });

  it('student-cannot-join-a-class-at-another-school', async () => {
    const net = await createNetwork(server.db);
    const { cls } = await teacherWithClass(net, net.schools[1]);
    const student = await createPerson(server.db, net, 'STUDENT', { school: net.schools[0] });
    const res = await join({ code: cls.joinCode }, await signIn(server, student.login));
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/another school/);
    expect(await server.db.getRepository(Enrollment).countBy({ classId: cls.id })).toBe(0);
  });

  it('wrong-code-taken-username-and-missing-fields-are-explained', async () => {
    const net = await createNetwork(server.db);
    const { cls } = await teacherWithClass(net);
    const existing = await createPerson(server.db, net, 'STUDENT');

    const wrong = await join({
      code: 'ZZZZ-ZZZZ',
      username: username(),
      displayName: 'A Kid',
      password: 'long enough',
    });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions?.fieldErrors).toEqual({ code: expect.stringMatching(/join code/) });

    const taken = await join({
      code: cls.joinCode,
      username: existing.login.toUpperCase(),
      displayName: 'Copy Cat',
      password: 'long enough',
    });
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions?.fieldErrors).toEqual({ username: expect.stringMatching(/taken/) });

    const missing = await join({ code: cls.joinCode });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(Object.keys(missing.errors?.[0].extensions?.fieldErrors ?? {}).sort()).toEqual([
      'displayName',
      'password',
      'username',
    ]);
    const empty = await join({ code: cls.joinCode, username: '', displayName: ' ', password: '' });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(Object.keys(empty.errors?.[0].extensions?.fieldErrors ?? {}).sort()).toEqual([
      'displayName',
      'password',
      'username',
    ]);
    const badName = await join({
      code: cls.joinCode,
      username: 'no spaces allowed',
      displayName: 'X',
      password: 'long enough',
    });
    expect(badName.errors?.[0].extensions?.fieldErrors).toEqual({
      username: expect.stringMatching(/letters, numbers/),
    });
    const short = await join({ code: cls.joinCode, username: username(), displayName: 'X', password: 'short' });
    expect(short.errors?.[0].extensions?.fieldErrors).toEqual({ password: expect.stringMatching(/at least 8/) });

    expect(await server.db.getRepository(Enrollment).countBy({ classId: cls.id })).toBe(0);
    expect(await server.db.getRepository(User).countBy({ displayName: 'Copy Cat' })).toBe(0);
  });

  it('signed-in-adult-cannot-join-as-a-student', async () => {
    const net = await createNetwork(server.db);
    const { cls } = await teacherWithClass(net);
    const other = await createPerson(server.db, net, 'TEACHER');
    const res = await join(
      { code: cls.joinCode, username: username(), displayName: 'Grown Up', password: 'long enough' },
      await signIn(server, other.login),
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/for students/);
    expect(await server.db.getRepository(Enrollment).countBy({ classId: cls.id })).toBe(0);
  });

  it('roster-is-for-the-teacher-and-the-school-administrator-only', async () => {
    const net = await createNetwork(server.db);
    const { teacher, cls } = await teacherWithClass(net);
    const { cls: otherClass } = await teacherWithClass(net);
    const student = await createPerson(server.db, net, 'STUDENT');
    await server.db.getRepository(Enrollment).save({ classId: cls.id, studentId: student.user.id });
    const colleague = await createPerson(server.db, net, 'TEACHER');
    const principal = await createPerson(server.db, net, 'ADMINISTRATOR', { school: net.schools[0] });
    const otherPrincipal = await createPerson(server.db, net, 'ADMINISTRATOR', { school: net.schools[1] });
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const outsiderNet = await createNetwork(server.db);
    const outsider = await createPerson(server.db, outsiderNet, 'TEACHER');

    const studentToken = await signIn(server, student.login);
    expect(errorCode(await roster(studentToken, cls.id))).toBe('FORBIDDEN');
    expect(errorCode(await roster(studentToken, otherClass.id))).toBe('FORBIDDEN');
    for (const person of [colleague, otherPrincipal, coordinator]) {
      const res = await roster(await signIn(server, person.login), cls.id);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain(student.user.id);
    }
    const fromOutside = await roster(await signIn(server, outsider.login), cls.id);
    expect(errorCode(fromOutside)).toBe('NOT_FOUND');
    expect(errorCode(await roster(await signIn(server, teacher.login), randomUUID()))).toBe('NOT_FOUND');

    const asPrincipal = await roster(await signIn(server, principal.login), cls.id);
    expect(asPrincipal.errors).toBeUndefined();
    expect(asPrincipal.data?.classRoster.map((r) => r.studentId)).toEqual([student.user.id]);
  });

  it('teacher-resets-a-student-password', async () => {
    const net = await createNetwork(server.db);
    const { token } = await teacherWithClass(net);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    const cls = await createClass(server.db, net, teacher, [student]);
    const teacherToken = await signIn(server, teacher.login);
    const studentSession = await signIn(server, student.login);

    const short = await server.gql(
      RESET,
      { input: { classId: cls.id, studentId: student.user.id, password: 'abc' } },
      { token: teacherToken },
    );
    expect(short.errors?.[0].extensions?.fieldErrors).toEqual({ password: expect.stringMatching(/at least 8/) });
    // Another teacher cannot.
    const stranger = await server.gql(
      RESET,
      { input: { classId: cls.id, studentId: student.user.id, password: 'hijacked pw' } },
      { token },
    );
    expect(errorCode(stranger)).toBe('FORBIDDEN');

    const res = await server.gql(
      RESET,
      { input: { classId: cls.id, studentId: student.user.id, password: 'blue canoe 7' } },
      { token: teacherToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ resetStudentPassword: true });

    const old = await server.gql(SIGN_IN, { input: { login: student.login, password: PASSWORD } }, { ip: randomIp() });
    expect(errorCode(old)).toBe('BAD_USER_INPUT');
    await expect(signIn(server, student.login, 'blue canoe 7')).resolves.toEqual(expect.any(String));
    expect((await server.gql<{ me: unknown }>('{ me { id } }', {}, { token: studentSession })).data?.me).toBeNull();

    // Only students of that class.
    const notEnrolled = await createPerson(server.db, net, 'STUDENT');
    const res2 = await server.gql(
      RESET,
      { input: { classId: cls.id, studentId: notEnrolled.user.id, password: 'blue canoe 7' } },
      { token: teacherToken },
    );
    expect(errorCode(res2)).toBe('NOT_FOUND');
    await expect(signIn(server, notEnrolled.login)).resolves.toEqual(expect.any(String));
  });

  it('teacher-removes-a-student-who-no-longer-sees-the-class', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    const staying = await createPerson(server.db, net, 'STUDENT');
    const cls = await createClass(server.db, net, teacher, [student, staying]);
    const token = await signIn(server, teacher.login);
    const studentToken = await signIn(server, student.login);
    expect((await myClasses(studentToken, net.network.id)).data?.myClasses.map((c) => c.id)).toEqual([cls.id]);

    const res = await server.gql(REMOVE, { input: { classId: cls.id, studentId: student.user.id } }, { token });
    expect(res.data).toEqual({ removeStudent: { accessEnded: true } });
    expect((await roster(token, cls.id)).data?.classRoster.map((r) => r.studentId)).toEqual([staying.user.id]);
    // Out of their only class, the student is signed out (see removing-a-student-from-their-last-class…).
    expect(errorCode(await myClasses(studentToken, net.network.id))).toBe('UNAUTHENTICATED');
    // Removing again: the student is no longer in the class.
    expect(
      errorCode(await server.gql(REMOVE, { input: { classId: cls.id, studentId: student.user.id } }, { token })),
    ).toBe('NOT_FOUND');
    // The account can no longer sign in.
    await expect(signIn(server, student.login)).rejects.toThrow(/no longer in any class/);
  });

  it('coordinator-without-a-school-cannot-create-a-class', async () => {
    const net = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const student = await createPerson(server.db, net, 'STUDENT');
    for (const person of [coordinator, student]) {
      const res = await server.gql(
        CREATE,
        { input: { networkId: net.network.id, name: 'Study Hall', subject: 'Other', gradeLevel: '8' } },
        { token: await signIn(server, person.login) },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toMatch(/teachers/);
    }
    expect(await server.db.getRepository(SchoolClass).countBy({ networkId: net.network.id })).toBe(0);
  });

  it('join-code-is-not-readable-by-a-student', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    const cls = await createClass(server.db, net, teacher, [student]);
    const studentToken = await signIn(server, student.login);

    const res = await server.gql(
      'query($networkId: ID!) { myClasses(networkId: $networkId) { id joinCode } }',
      { networkId: net.network.id },
      { token: studentToken },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0]).toMatchObject({ path: ['myClasses', 0, 'joinCode'] });
    expect(JSON.stringify(res)).not.toContain(cls.joinCode);
    // Without the code, the student's class list works.
    expect((await myClasses(studentToken, net.network.id)).data?.myClasses).toEqual([{ id: cls.id, name: cls.name }]);

    const asTeacher = await server.gql<{ myClasses: { joinCode: string }[] }>(
      'query($networkId: ID!) { myClasses(networkId: $networkId) { joinCode } }',
      { networkId: net.network.id },
      { token: await signIn(server, teacher.login) },
    );
    expect(asTeacher.data?.myClasses).toEqual([{ joinCode: cls.joinCode }]);
  });
});
