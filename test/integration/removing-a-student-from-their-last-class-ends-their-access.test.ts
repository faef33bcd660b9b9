import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { createClass, createNetwork, createPerson, PASSWORD, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const REMOVE = 'mutation($input: RemoveStudentInput!) { removeStudent(input: $input) { accessEnded message } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const MY_CLASSES = 'query($networkId: ID!) { myClasses(networkId: $networkId) { id } }';

interface Removed {
  removeStudent: { accessEnded: boolean; message: string };
}

describe('removing a student from their last class ends their access', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('out of their last class: the old token is refused, a new sign-in is refused with a clear message, the teacher is told', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT', { name: 'Wren Lastclass' });
    const cls = await createClass(server.db, net, teacher, [student]);
    const teacherToken = await signIn(server, teacher.login);
    const studentToken = await signIn(server, student.login);
    expect(
      (await server.gql(MY_CLASSES, { networkId: net.network.id }, { token: studentToken })).errors,
    ).toBeUndefined();

    const res = await server.gql<Removed>(
      REMOVE,
      { input: { classId: cls.id, studentId: student.user.id } },
      { token: teacherToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.removeStudent.accessEnded).toBe(true);
    expect(res.data!.removeStudent.message).toMatch(/Wren Lastclass is no longer in .*can no longer sign in/);

    // The token the student had is refused.
    const after = await server.gql(MY_CLASSES, { networkId: net.network.id }, { token: studentToken });
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    const me = await server.gql<{ me: unknown }>('{ me { id } }', {}, { token: studentToken });
    expect(me.data?.me).toBeNull();
    // A new sign-in with the right password is refused, and says why.
    const again = await server.gql(SIGN_IN, { input: { login: student.login, password: PASSWORD } });
    expect(errorCode(again)).toBe('FORBIDDEN');
    expect(again.errors?.[0]?.message).toMatch(/no longer in any class/);

    const membership = await server.db.getRepository(Membership).findOneByOrFail({ id: student.membership.id });
    expect(membership.status).toBe('REMOVED');
    const audit = await server.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ networkId: net.network.id, action: 'student.remove' });
    expect(audit).toMatchObject({ actorId: teacher.user.id, targetId: student.user.id });
    expect(audit.data).toEqual({ classId: cls.id, accessEnded: true });
    expect(JSON.stringify(audit)).not.toContain('Wren');

    // Removal is not deletion: the district can still have the data, and delete it.
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const exported = await fetch(
      `${server.url}/api/networks/${net.network.id}/students/${student.user.id}/export.zip`,
      {
        headers: { authorization: `Bearer ${await signIn(server, coordinator.login)}` },
      },
    );
    expect(exported.status).toBe(200);
  });

  it('still in another class of the network: the student keeps their access', async () => {
    const net = await createNetwork(server.db);
    const english = await createPerson(server.db, net, 'TEACHER');
    const science = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT', { name: 'Moss Twoclasses' });
    const clsA = await createClass(server.db, net, english, [student]);
    const clsB = await createClass(server.db, net, science, [student]);
    const studentToken = await signIn(server, student.login);

    const res = await server.gql<Removed>(
      REMOVE,
      { input: { classId: clsA.id, studentId: student.user.id } },
      { token: await signIn(server, english.login) },
    );
    expect(res.data!.removeStudent.accessEnded).toBe(false);
    expect(res.data!.removeStudent.message).toMatch(/still in another class/);
    const classes = await server.gql<{ myClasses: { id: string }[] }>(
      MY_CLASSES,
      { networkId: net.network.id },
      { token: studentToken },
    );
    expect(classes.data?.myClasses).toEqual([{ id: clsB.id }]);
    await expect(signIn(server, student.login)).resolves.toEqual(expect.any(String));
    const membership = await server.db.getRepository(Membership).findOneByOrFail({ id: student.membership.id });
    expect(membership.status).toBe('ACTIVE');
  });

  it('a student of two networks loses only the network they were removed from', async () => {
    const netA = await createNetwork(server.db, 1);
    const netB = await createNetwork(server.db, 1);
    const teacherA = await createPerson(server.db, netA, 'TEACHER');
    const teacherB = await createPerson(server.db, netB, 'TEACHER');
    const student = await createPerson(server.db, netA, 'STUDENT');
    await server.db.getRepository(Membership).save({
      userId: student.user.id,
      networkId: netB.network.id,
      schoolId: netB.schools[0]!.id,
      role: 'STUDENT',
    });
    const clsA = await createClass(server.db, netA, teacherA, [student]);
    const clsB = await createClass(server.db, netB, teacherB, [student]);
    const studentToken = await signIn(server, student.login);

    const res = await server.gql<Removed>(
      REMOVE,
      { input: { classId: clsA.id, studentId: student.user.id } },
      { token: await signIn(server, teacherA.login) },
    );
    expect(res.data!.removeStudent.accessEnded).toBe(true);
    expect(errorCode(await server.gql(MY_CLASSES, { networkId: netA.network.id }, { token: studentToken }))).toBe(
      'NOT_FOUND',
    );
    const inB = await server.gql<{ myClasses: { id: string }[] }>(
      MY_CLASSES,
      { networkId: netB.network.id },
      { token: studentToken },
    );
    expect(inB.data?.myClasses).toEqual([{ id: clsB.id }]);
  });
});
