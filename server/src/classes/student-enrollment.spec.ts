import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, createClass, createNetwork, createPerson } from '../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../test/support/harness.js';
import { Membership } from '../networks/membership.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { enrollStudent } from './student-enrollment.js';

/** The one way into a class as a student (class code, school account, LTI launch, LMS roster sync). */
describe('enrollStudent', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('adds a membership of the class school and the enrollment once, and refuses the memberships that forbid it', async () => {
    const net = await createNetwork(server.db, 2);
    const teacher = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] });
    const cls = await createClass(server.db, net, teacher);
    const enroll = (userId: string, reactivateRemoved = false) =>
      server.db.transaction((m) => enrollStudent(m, userId, cls, { reactivateRemoved }));

    const newcomer = await createAccount(server.db);
    expect(await enroll(newcomer.id)).toEqual({ kind: 'ADDED' });
    expect(await enroll(newcomer.id)).toEqual({ kind: 'ALREADY' });
    const membership = await server.db.getRepository(Membership).findOneByOrFail({ userId: newcomer.id });
    expect([membership.role, membership.schoolId, membership.status]).toEqual(['STUDENT', net.schools[0].id, 'ACTIVE']);
    expect(await server.db.getRepository(Enrollment).countBy({ classId: cls.id, studentId: newcomer.id })).toBe(1);

    const elsewhere = await createPerson(server.db, net, 'STUDENT', { school: net.schools[1] });
    const deactivated = await createPerson(server.db, net, 'STUDENT', {
      school: net.schools[0],
      status: 'DEACTIVATED',
    });
    const removed = await createPerson(server.db, net, 'STUDENT', { school: net.schools[0] });
    await server.db.getRepository(Membership).update(removed.membership.id, { status: 'REMOVED' });
    const refusals = [
      await enroll(teacher.user.id),
      await enroll(elsewhere.user.id),
      await enroll(deactivated.user.id),
      await enroll(removed.user.id),
    ];
    expect(refusals).toEqual(
      ['NOT_STUDENT', 'OTHER_SCHOOL', 'DEACTIVATED', 'REMOVED'].map((why) => ({ kind: 'REFUSED', why })),
    );
    expect(await server.db.getRepository(Enrollment).countBy({ classId: cls.id })).toBe(1);

    // An LMS roster that lists a removed student again brings them back.
    expect(await enroll(removed.user.id, true)).toEqual({ kind: 'ADDED' });
    expect((await server.db.getRepository(Membership).findOneByOrFail({ id: removed.membership.id })).status).toBe(
      'ACTIVE',
    );
  });
});
