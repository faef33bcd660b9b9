import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  type TestNetwork,
} from '../../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../../test/support/harness.js';
import { refusal } from '../../../../test/support/refusal.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { LessonPlanVersionsService } from './lesson-plan-versions.service.js';
import { LessonStudiesService } from './lesson-studies.service.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudyPeopleService } from './lesson-study-people.service.js';
import { LessonStudiesToDo } from './lesson-studies.to-do.js';
import { lessonStudyHealth } from './lesson-study-health.js';

/** The cycle's rules against the real test database: phases in order, roles, and who sees what. */
describe('lesson-study cycles', () => {
  let server: TestServer;
  let cycles: LessonStudiesService;
  let people: LessonStudyPeopleService;
  let access: LessonStudyAccessService;
  let versions: LessonPlanVersionsService;
  beforeAll(async () => {
    server = await startServer();
    cycles = server.app.get(LessonStudiesService);
    people = server.app.get(LessonStudyPeopleService);
    access = server.app.get(LessonStudyAccessService);
    versions = server.app.get(LessonPlanVersionsService);
  });
  afterAll(() => server.close());

  /** A group with a facilitator and a teacher at one school and an observer at the other. */
  async function team(net?: TestNetwork) {
    net ??= await createNetwork(server.db);
    const group = await createGroup(server.db, net);
    const facilitator = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] });
    const teacher = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] });
    const observer = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] });
    for (const p of [facilitator, teacher, observer]) await addToGroup(server.db, group, p);
    const cycle = await cycles.create(facilitator.user.id, {
      groupId: group.id,
      title: 'The locked box',
      theme: 'Students explain their reasoning to each other',
      teacherId: teacher.user.id,
    });
    return { net, group, facilitator, teacher, observer, cycle };
  }

  it('runs its phases strictly in order, saying what is missing, and freezes plan version 1 when taught', async () => {
    const { facilitator, teacher, observer, cycle } = await team();
    const f = facilitator.user.id;
    expect(cycle.phase).toBe('PLAN');
    expect(await refusal(cycles.advance(f, cycle.id, 'DEBRIEF'))).toBe(
      'BAD_USER_INPUT: From Plan the lesson study can only move on to Teach & observe.',
    );
    expect(await refusal(cycles.advance(f, cycle.id))).toBe('CONFLICT: Add at least one observer before teaching.');
    await people.name(f, { lessonStudyId: cycle.id, userId: observer.user.id, role: 'OBSERVER' });
    expect(await refusal(cycles.advance(f, cycle.id))).toMatch(/^CONFLICT: Name the look-for points first/);
    expect(await refusal(cycles.advance(teacher.user.id, cycle.id))).toBe(
      'FORBIDDEN: Only the facilitator can do that.',
    );
    await cycles.setLookFors(teacher.user.id, {
      lessonStudyId: cycle.id,
      lookFors: [{ text: 'Who explains to whom' }, { text: 'Where groups get stuck' }],
    });
    expect(await versions.list(cycle.id)).toEqual([]);
    const taught = await cycles.advance(f, cycle.id);
    expect(taught.phase).toBe('TEACH');
    expect((await versions.list(cycle.id)).map((v) => v.number)).toEqual([1]);
    // The look-for points are frozen now.
    expect(
      await refusal(cycles.setLookFors(f, { lessonStudyId: cycle.id, lookFors: [{ text: 'Something else' }] })),
    ).toBe('FORBIDDEN: The look-for points are fixed once the lesson is taught.');

    const path: string[] = [];
    for (const to of ['DEBRIEF', 'REVISE', 'RETEACH', 'DEBRIEF', 'REVISE'] as const)
      path.push(`${(await cycles.advance(f, cycle.id, to)).phase}`);
    expect(path).toEqual(['DEBRIEF', 'REVISE', 'RETEACH', 'DEBRIEF', 'REVISE']);
    // One second round only: from REVISE in round 2 the cycle can only be shared.
    expect(await refusal(cycles.advance(f, cycle.id, 'RETEACH'))).toBe(
      'BAD_USER_INPUT: From Revise the lesson study can only move on to Share.',
    );
    const shared = await cycles.advance(f, cycle.id);
    expect([shared.phase, shared.round, shared.closedAt]).toEqual(['SHARE', 2, null]);
    // Share offers no next phase: the cycle closes only by sharing its record.
    for (const to of [undefined, 'CLOSED'] as const)
      expect(await refusal(cycles.advance(f, cycle.id, to))).toBe(
        'BAD_USER_INPUT: Share the record to close the lesson study.',
      );
    expect((await cycles.get(f, cycle.id)).phase).toBe('SHARE');
    const audit = await server.db
      .getRepository(AuditEvent)
      .find({ where: { targetId: cycle.id }, order: { createdAt: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(Array(7).fill('lessonStudy.advance'));
  });

  it('keeps exactly one facilitator and one teacher; roles go to adults of the network, from any school', async () => {
    const { net, facilitator, teacher, observer, cycle } = await team();
    const f = facilitator.user.id;
    const student = await createPerson(server.db, net, 'STUDENT');
    const outsider = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    expect(await refusal(people.name(f, { lessonStudyId: cycle.id, userId: student.user.id, role: 'OBSERVER' }))).toBe(
      'BAD_USER_INPUT: Choose a teacher, administrator or coordinator of this network.',
    );
    expect(
      await refusal(people.name(f, { lessonStudyId: cycle.id, userId: outsider.user.id, role: 'CRITICAL_FRIEND' })),
    ).toBe('BAD_USER_INPUT: Choose a teacher, administrator or coordinator of this network.');
    expect(
      await refusal(
        people.name(observer.user.id, { lessonStudyId: cycle.id, userId: observer.user.id, role: 'OBSERVER' }),
      ),
    ).toBe('FORBIDDEN: Only the facilitator names the people of a lesson study.');
    await people.name(f, { lessonStudyId: cycle.id, userId: observer.user.id, role: 'TEACHER' });
    await people.name(f, { lessonStudyId: cycle.id, userId: teacher.user.id, role: 'CRITICAL_FRIEND' });
    const roles = await access.rolesOf(cycle.id);
    expect(roles.get(f)).toEqual(['FACILITATOR']);
    expect(roles.get(observer.user.id)).toEqual(['TEACHER']);
    expect(roles.get(teacher.user.id)).toEqual(['CRITICAL_FRIEND']);
    expect(
      await refusal(people.remove(f, { lessonStudyId: cycle.id, userId: observer.user.id, role: 'TEACHER' })),
    ).toBe('CONFLICT: Name another teaching teacher instead: a lesson study always has one.');
    const list = await people.people(cycle);
    expect(list.map((p) => [p.userId, p.schoolName])).toEqual([
      [f, net.schools[0]!.name],
      [observer.user.id, net.schools[1]!.name],
      [teacher.user.id, net.schools[0]!.name],
    ]);
  });

  it('lets a knowledgeable other invited from another network see this cycle only, and only a coordinator invites', async () => {
    const { net, group, facilitator, cycle } = await team();
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const elsewhere = await createNetwork(server.db);
    const expert = await createPerson(server.db, elsewhere, 'TEACHER');
    const otherCoordinator = await createPerson(server.db, elsewhere, 'COORDINATOR');
    const { cycle: sibling } = await team(net);
    const invite = { lessonStudyId: cycle.id, email: expert.user.email! };

    expect(await refusal(people.invite(facilitator.user.id, invite))).toBe(
      'FORBIDDEN: Only a coordinator of this network can invite someone from outside it.',
    );
    expect(await refusal(people.invite(otherCoordinator.user.id, invite))).toBe(
      'NOT_FOUND: That lesson study was not found.',
    );
    expect(await refusal(cycles.get(expert.user.id, cycle.id))).toBe('NOT_FOUND: That lesson study was not found.');
    await people.invite(coordinator.user.id, invite);

    const viewer = await access.viewer(expert.user.id, cycle.id);
    expect(viewer.me).toBeNull();
    expect(viewer.facts.roles).toEqual(['KNOWLEDGEABLE_OTHER']);
    expect(access.can(viewer, 'watch')).toBe(true);
    expect(
      await access.documentAccess(expert.user.id, { id: cycle.planDocumentId, kind: 'LESSON_PLAN', ownerId: cycle.id }),
    ).toBe('EDIT');
    // Nothing else of the network: not the sibling cycle, not the group, not the group's list.
    expect(await refusal(cycles.get(expert.user.id, sibling.id))).toBe('NOT_FOUND: That lesson study was not found.');
    expect(await refusal(cycles.list(expert.user.id, group.id))).toBe('NOT_FOUND: That group was not found.');
    expect(await refusal(cycles.get(otherCoordinator.user.id, cycle.id))).toBe(
      'NOT_FOUND: That lesson study was not found.',
    );
    expect((await people.people(cycle)).find((p) => p.userId === expert.user.id)).toMatchObject({
      guest: true,
      schoolName: null,
      roles: ['KNOWLEDGEABLE_OTHER'],
    });
    const audit = await server.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ targetId: cycle.id, action: 'lessonStudy.invite_guest' });
    expect(audit.data).toEqual({ userId: expert.user.id, fromAnotherNetwork: true });

    // Taken off the cycle, they are an outsider again.
    await people.remove(coordinator.user.id, {
      lessonStudyId: cycle.id,
      userId: expert.user.id,
      role: 'KNOWLEDGEABLE_OTHER',
    });
    expect(await refusal(cycles.get(expert.user.id, cycle.id))).toBe('NOT_FOUND: That lesson study was not found.');
  });

  it('shows the cycle to the group and coordinators, recordings and notes to participants only, and nothing to students', async () => {
    const { net, group, facilitator, observer, cycle } = await team();
    const colleague = await createPerson(server.db, net, 'TEACHER');
    await addToGroup(server.db, group, colleague);
    const stranger = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');

    const groupMember = await access.viewer(colleague.user.id, cycle.id);
    expect(access.can(groupMember, 'watch')).toBe(false);
    expect(
      await access.documentAccess(colleague.user.id, {
        id: cycle.planDocumentId,
        kind: 'LESSON_PLAN',
        ownerId: cycle.id,
      }),
    ).toBe('VIEW');
    expect(access.can(await access.viewer(coordinator.user.id, cycle.id), 'watch')).toBe(false);
    // The page's buttons in Plan: a group member may do nothing; a coordinator only invites a guest.
    const none = {
      editPlan: false,
      editLookFors: false,
      advance: false,
      nameRoles: false,
      inviteGuest: false,
      watch: false,
      upload: false,
      writeNotes: false,
    };
    expect(access.abilities(groupMember)).toEqual(none);
    expect(access.abilities(await access.viewer(coordinator.user.id, cycle.id))).toEqual({
      ...none,
      inviteGuest: true,
    });
    expect(access.abilities(await access.viewer(facilitator.user.id, cycle.id))).toEqual({
      ...none,
      editPlan: true,
      editLookFors: true,
      advance: true,
      nameRoles: true,
      watch: true,
    });
    expect((await cycles.list(colleague.user.id, group.id)).map((c) => c.id)).toEqual([cycle.id]);
    for (const p of [stranger, student])
      expect(await refusal(cycles.get(p.user.id, cycle.id))).toBe('NOT_FOUND: That lesson study was not found.');
    expect(await refusal(cycles.list(student.user.id, group.id))).toBe('NOT_FOUND: That group was not found.');
    expect(await cycles.list(stranger.user.id, group.id)).toEqual([]);
    // A plan document id under the wrong owner is nobody's.
    expect(
      await access.documentAccess(observer.user.id, { id: cycle.id, kind: 'LESSON_PLAN', ownerId: cycle.id }),
    ).toBeNull();
  });

  it("puts on each person's to-do what the cycle waits on from them", async () => {
    const { net, facilitator, teacher, observer, cycle } = await team();
    const toDo = server.app.get(LessonStudiesToDo);
    const now = new Date('2026-12-10T15:00:00Z');
    const kinds = async (p: typeof facilitator) =>
      (await toDo.items({ userId: p.user.id, networkId: net.network.id, membership: p.membership, now })).map(
        (i) => i.kind,
      );
    const f = facilitator.user.id;
    expect(await kinds(facilitator)).toEqual(['LESSON_STUDY_OBSERVERS']);
    await people.name(f, { lessonStudyId: cycle.id, userId: observer.user.id, role: 'OBSERVER' });
    await cycles.setLookFors(f, { lessonStudyId: cycle.id, lookFors: [{ text: 'Who explains' }] });
    await cycles.advance(f, cycle.id);
    // Teaching was planned to end on the 10th: today, so the facilitator is asked to move on.
    await cycles.setPhaseDates(f, {
      lessonStudyId: cycle.id,
      phase: 'TEACH',
      startsOn: '2026-12-08',
      endsOn: '2026-12-10',
    });
    expect(await kinds(facilitator)).toEqual(['LESSON_STUDY_TO_ADVANCE']);
    expect(await kinds(teacher)).toEqual(['LESSON_STUDY_RECORDING']);
    const [observe] = await toDo.items({
      userId: observer.user.id,
      networkId: net.network.id,
      membership: observer.membership,
      now,
    });
    expect(observe).toMatchObject({ kind: 'LESSON_STUDY_TO_OBSERVE', dueAt: new Date('2026-12-10T12:00:00Z') });
    expect(
      await refusal(
        cycles.setPhaseDates(f, {
          lessonStudyId: cycle.id,
          phase: 'DEBRIEF',
          startsOn: '2026-12-12',
          endsOn: '2026-12-11',
        }),
      ),
    ).toBe('BAD_USER_INPUT: The phase cannot end before it starts.');
    // In Share, once its planned end has come, the facilitator is asked to share the record (which closes it).
    for (const to of ['DEBRIEF', 'REVISE', 'SHARE'] as const) await cycles.advance(f, cycle.id, to);
    await cycles.setPhaseDates(f, { lessonStudyId: cycle.id, phase: 'SHARE', startsOn: null, endsOn: '2026-12-10' });
    const [share] = await toDo.items({ userId: f, networkId: net.network.id, membership: facilitator.membership, now });
    expect(share).toMatchObject({
      kind: 'LESSON_STUDY_TO_ADVANCE',
      title: 'Share the record of “The locked box” to close it',
      actionLabel: 'Share the record',
      path: `/lesson-studies/${cycle.id}?tab=debrief`,
    });
  });

  it('counts cycles by phase and observers from another school than the teaching teacher for network health', async () => {
    const { net, facilitator, teacher, observer, cycle } = await team();
    await team(net);
    const f = facilitator.user.id;
    // The observer (school 2) and the facilitator as critical friend (school 1, the teacher's) of the first cycle.
    await people.name(f, { lessonStudyId: cycle.id, userId: observer.user.id, role: 'OBSERVER' });
    await people.name(f, { lessonStudyId: cycle.id, userId: observer.user.id, role: 'CRITICAL_FRIEND' });
    await people.name(f, { lessonStudyId: cycle.id, userId: f, role: 'CRITICAL_FRIEND' });
    await cycles.setLookFors(teacher.user.id, { lessonStudyId: cycle.id, lookFors: [{ text: 'Who explains' }] });
    await cycles.advance(f, cycle.id);
    const health = await lessonStudyHealth(server.db.manager, net.network.id, new Date(Date.now() + 60_000));
    expect(health.total).toBe(2);
    expect(health.byPhase.filter((p) => p.count)).toEqual([
      { phase: 'PLAN', count: 1 },
      { phase: 'TEACH', count: 1 },
    ]);
    expect(health.crossSchoolObservers).toBe(1);
    expect(health.invitedFromOtherNetworks).toBe(0);
  });
});
