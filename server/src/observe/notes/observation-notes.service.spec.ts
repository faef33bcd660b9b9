import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LessonStudyPhase } from '@switchback/shared';
import { addToGroup, createGroup, createNetwork, createPerson } from '../../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../../test/support/harness.js';
import { refusal } from '../../../../test/support/refusal.js';
import { LessonStudiesService } from '../lesson-studies/lesson-studies.service.js';
import { LessonStudyPeopleService } from '../lesson-studies/lesson-study-people.service.js';
import { notesSharedThrough } from '../lesson-studies/lesson-study-owners.js';
import { ObservationNotesService } from './observation-notes.service.js';

/** Notes of a real lesson-study cycle, round by round, against the real test database. */
describe('observation notes of a cycle with a second round', () => {
  let server: TestServer;
  let cycles: LessonStudiesService;
  let people: LessonStudyPeopleService;
  let notes: ObservationNotesService;
  beforeAll(async () => {
    server = await startServer();
    cycles = server.app.get(LessonStudiesService);
    people = server.app.get(LessonStudyPeopleService);
    notes = server.app.get(ObservationNotesService);
  });
  afterAll(() => server.close());

  it('shares each round at its own debrief: none before debrief 1, round 1 while re-teaching, both after debrief 2', () => {
    const at: [LessonStudyPhase, number, number][] = [
      ['PLAN', 1, 0],
      ['TEACH', 1, 0],
      ['DEBRIEF', 1, 1],
      ['REVISE', 1, 1],
      ['RETEACH', 2, 1],
      ['DEBRIEF', 2, 2],
      ['REVISE', 2, 2],
      ['SHARE', 2, 2],
      ['CLOSED', 2, 2],
    ];
    for (const [phase, round, through] of at)
      expect([phase, round, notesSharedThrough(phase, round)]).toEqual([phase, round, through]);
  });

  it("keeps the re-taught lesson's notes each observer's own until the second debrief, and round 1's notes shared", async () => {
    const net = await createNetwork(server.db);
    const group = await createGroup(server.db, net);
    const [facilitator, teacher, ana, ben] = await Promise.all(
      [0, 0, 0, 1].map((s) => createPerson(server.db, net, 'TEACHER', { school: net.schools[s] })),
    );
    for (const p of [facilitator!, teacher!, ana!, ben!]) await addToGroup(server.db, group, p);
    const f = facilitator!.user.id;
    const [a, b] = [ana!.user.id, ben!.user.id];
    const cycle = await cycles.create(f, {
      groupId: group.id,
      title: 'Fractions',
      theme: 'Reasoning',
      teacherId: teacher!.user.id,
    });
    for (const userId of [a, b]) await people.name(f, { lessonStudyId: cycle.id, userId, role: 'OBSERVER' });
    await cycles.setLookFors(f, { lessonStudyId: cycle.id, lookFors: [{ text: 'Who explains' }] });
    const taught = await cycles.advance(f, cycle.id);
    const lookForId = taught.lookFors[0]!.id;
    const write = (userId: string, body: string) =>
      notes.add(userId, {
        id: randomUUID(),
        ownerKind: 'LESSON_STUDY',
        ownerId: cycle.id,
        observedAt: new Date(),
        lookForId,
        body,
      });
    const seen = async (userId: string, round?: number) =>
      (await notes.list(userId, 'LESSON_STUDY', cycle.id, round)).map((n) => `${n.round}:${n.body}`).sort();

    const a1 = await write(a, 'Ana 1');
    await write(b, 'Ben 1');
    expect(a1.round).toBe(1);
    expect(await seen(a)).toEqual(['1:Ana 1']);

    await cycles.advance(f, cycle.id, 'DEBRIEF');
    expect(await seen(a)).toEqual(['1:Ana 1', '1:Ben 1']);
    expect(await notes.seesAll(a, 'LESSON_STUDY', cycle.id)).toBe(true);

    await cycles.advance(f, cycle.id, 'REVISE');
    await cycles.advance(f, cycle.id, 'RETEACH');
    const a2 = await write(a, 'Ana 2');
    const b2 = await write(b, 'Ben 2');
    expect([a2.round, b2.round]).toEqual([2, 2]);
    // Re-teaching: round 1 stays shared; round 2's notes are each observer's own.
    expect(await seen(a)).toEqual(['1:Ana 1', '1:Ben 1', '2:Ana 2']);
    expect(await seen(b)).toEqual(['1:Ana 1', '1:Ben 1', '2:Ben 2']);
    expect(await seen(teacher!.user.id)).toEqual(['1:Ana 1', '1:Ben 1']);
    expect(await seen(a, 2)).toEqual(['2:Ana 2']);
    expect(await notes.seesAll(a, 'LESSON_STUDY', cycle.id)).toBe(false);
    // Another's note of the round not yet shared does not exist for Ana; her own round-1 note is settled.
    expect(await refusal(notes.update(a, { id: b2.id, body: 'x', lookForId }))).toBe(
      'NOT_FOUND: That note was not found.',
    );
    expect(await refusal(notes.remove(a, b2.id))).toBe('NOT_FOUND: That note was not found.');
    expect(await refusal(notes.update(a, { id: a1.id, body: 'changed', lookForId }))).toBe(
      'FORBIDDEN: Notes cannot be changed now: observation has closed.',
    );
    expect((await notes.update(a, { id: a2.id, body: 'Ana 2, again', lookForId })).body).toBe('Ana 2, again');

    await cycles.advance(f, cycle.id, 'DEBRIEF');
    expect(await seen(a)).toEqual(['1:Ana 1', '1:Ben 1', '2:Ana 2, again', '2:Ben 2']);
    expect(await seen(teacher!.user.id, 2)).toEqual(['2:Ana 2, again', '2:Ben 2']);
    expect(await notes.seesAll(a, 'LESSON_STUDY', cycle.id)).toBe(true);
    // What the shared record counts: every author's notes of both rounds, by look-for point.
    expect(await notes.countByLookFor('LESSON_STUDY', cycle.id, server.db.manager)).toEqual(new Map([[lookForId, 4]]));
    expect(await notes.countByLookFor('MENTORSHIP', cycle.id, server.db.manager)).toEqual(new Map());
  });
});
