import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup, createNetwork, createPerson } from '../../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../../test/support/harness.js';
import { refusal } from '../../../../test/support/refusal.js';
import { ConveningSession } from '../../convenings/convening-session.entity.js';
import { Convening } from '../../convenings/convening.entity.js';
import { SessionSeat } from '../../convenings/session-seat.entity.js';
import { LessonStudiesService } from './lesson-studies.service.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudyOpenClassService } from './lesson-study-open-class.service.js';
import { LessonStudyPeopleService } from './lesson-study-people.service.js';

/** In person: the cycle's open class is a convening session; a confirmed seat there makes an observer. */
describe('lesson-study open class', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function session(networkId: string, createdById: string, kind: 'OPEN_CLASS' | 'PLENARY', capacity = 1) {
    const convening = await server.db.getRepository(Convening).save({
      networkId,
      title: 'Spring convening',
      season: 'SPRING',
      startsAt: new Date('2027-04-10T16:00:00Z'),
      endsAt: new Date('2027-04-11T23:00:00Z'),
      timeZone: 'America/Denver',
      venue: 'Lakeside School',
      registrationDeadline: new Date('2027-04-01T00:00:00Z'),
      status: 'PUBLISHED',
      createdById,
    });
    return server.db.getRepository(ConveningSession).save({
      id: randomUUID(),
      conveningId: convening.id,
      kind,
      title: 'Open class: the locked box',
      startsAt: new Date('2027-04-10T17:00:00Z'),
      endsAt: new Date('2027-04-10T18:00:00Z'),
      capacity,
      notesDocumentId: randomUUID(),
    });
  }

  it('links an OPEN_CLASS session; its confirmed seats are the observers, within its capacity', async () => {
    const cycles = server.app.get(LessonStudiesService);
    const openClass = server.app.get(LessonStudyOpenClassService);
    const access = server.app.get(LessonStudyAccessService);
    const people = server.app.get(LessonStudyPeopleService);
    const net = await createNetwork(server.db);
    const other = await createNetwork(server.db);
    const group = await createGroup(server.db, net);
    const facilitator = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] });
    const visitor = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] });
    const late = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] });
    await addToGroup(server.db, group, facilitator);
    const f = facilitator.user.id;
    const cycle = await cycles.create(f, {
      groupId: group.id,
      title: 'The locked box',
      theme: 'Reasoning aloud',
      observationMode: 'IN_PERSON',
    });
    await cycles.setLookFors(f, { lessonStudyId: cycle.id, lookFors: [{ text: 'Who explains' }] });
    expect(await refusal(cycles.advance(f, cycle.id))).toBe('CONFLICT: Add at least one observer before teaching.');

    const plenary = await session(net.network.id, f, 'PLENARY');
    const elsewhere = await session(other.network.id, f, 'OPEN_CLASS');
    const open = await session(net.network.id, f, 'OPEN_CLASS');
    const link = (openClassSessionId: string) =>
      openClass.set(f, { lessonStudyId: cycle.id, observationMode: 'IN_PERSON', openClassSessionId });
    expect(await refusal(link(plenary.id))).toBe(
      'BAD_USER_INPUT: That session is not an open class: ask a coordinator to add one.',
    );
    expect(await refusal(link(elsewhere.id))).toBe(
      'BAD_USER_INPUT: Choose an open-class session of a published convening of this network.',
    );
    await link(open.id);

    // One seat: the visitor gets it, the next one waits; only the confirmed seat makes an observer.
    await server.db.getRepository(SessionSeat).save([
      { sessionId: open.id, userId: visitor.user.id, status: 'CONFIRMED' },
      { sessionId: open.id, userId: late.user.id, status: 'WAITLISTED' },
    ]);
    const seen = await access.viewer(visitor.user.id, cycle.id);
    expect(seen.facts.roles).toEqual(['OBSERVER']);
    expect(access.can(seen, 'watch')).toBe(true);
    expect(await refusal(cycles.get(late.user.id, cycle.id))).toBe('NOT_FOUND: That lesson study was not found.');
    const view = await openClass.view(await cycles.get(f, cycle.id));
    expect(view).toMatchObject({
      capacity: 1,
      confirmedCount: 1,
      waitlistCount: 1,
      observers: [visitor.user.displayName],
    });
    expect(
      (await people.people(await cycles.get(f, cycle.id))).find((p) => p.userId === visitor.user.id),
    ).toMatchObject({
      roles: ['OBSERVER'],
      viaOpenClass: true,
    });
    expect((await cycles.advance(f, cycle.id)).phase).toBe('TEACH');
    expect(await refusal(link(open.id))).toBe(
      'CONFLICT: How the lesson is observed can only change while planning or revising.',
    );
  });
});
