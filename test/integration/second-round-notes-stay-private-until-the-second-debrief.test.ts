/**
 * A real lesson-study cycle with a second round, over the API and /live: round 1's notes are shared
 * from debrief 1 on and stay shared while the lesson is re-taught; notes written while re-teaching
 * stay each observer's own (another's is NOT_FOUND, and nobody else hears of it live) until debrief 2
 * opens; the debrief can ask for the current round's notes only. Outsiders, students and another
 * network's coordinator get NOT_FOUND throughout.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { ADVANCE_CYCLE, cycleInTeach } from '../support/debrief-api.js';
import { createNetwork, createPerson, signIn, type TestNetwork, type TestPerson } from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';
import { listenForNoteChanges, until } from '../support/live-notes.js';
import type { Teacher } from '../support/units-api.js';

const ADD = `mutation($input: AddObservationNoteInput!) { addObservationNote(input: $input) { id round } }`;
const UPDATE = `mutation($input: UpdateObservationNoteInput!) { updateObservationNote(input: $input) { id body } }`;
const NOTES = `query($id: ID!, $round: Int) {
  observationNotes(ownerKind: LESSON_STUDY, ownerId: $id, round: $round) { seesEveryone notes { body round mine } }
}`;

type Person = TestPerson & { token: string };

describe('second-round notes stay private until the second debrief', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
  });

  const ok = <T>(res: GqlResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  const listen = (who: Person) => listenForNoteChanges(server, who.token, sockets);

  it('shares round 1 while re-teaching, keeps round 2 private until debrief 2, and tells only who may see', async () => {
    // A cycle in Teach: Ana observes (school 1), Ben is the critical friend (school 2); the bystander
    // is in the group but takes no part in the cycle.
    const cycle = await cycleInTeach(server);
    const asPerson = (t: Teacher): Person => ({ ...t.person, token: t.token });
    const [facilitator, teacher, ana, ben, outsider] = [
      cycle.facilitator,
      cycle.teacher,
      cycle.observer,
      cycle.friend,
      cycle.bystander,
    ].map(asPerson);
    const person = async (n: TestNetwork, role: 'STUDENT' | 'COORDINATOR') => {
      const p = await createPerson(server.db, n, role, { school: role === 'STUDENT' ? n.schools[0] : null });
      return { ...p, token: await signIn(server, p.login) } as Person;
    };
    const student = await person(cycle.net, 'STUDENT');
    const otherCoordinator = await person(await createNetwork(server.db, 1), 'COORDINATOR');
    const as = <T>(who: Person, query: string, variables: Record<string, unknown>) =>
      server.gql<T>(query, variables, { token: who.token });
    const lookForId = cycle.lookFors[0]!.id;
    const advance = async (to: string) => {
      const { advanceLessonStudy: now } = ok(
        await as<{ advanceLessonStudy: { phase: string; round: number } }>(facilitator, ADVANCE_CYCLE, {
          id: cycle.id,
          to,
        }),
      );
      return { phase: now.phase, round: now.round };
    };
    const write = async (who: Person, body: string) =>
      ok(
        await as<{ addObservationNote: { id: string; round: number } }>(who, ADD, {
          input: {
            id: randomUUID(),
            ownerKind: 'LESSON_STUDY',
            ownerId: cycle.id,
            observedAt: new Date(),
            lookForId,
            body,
          },
        }),
      ).addObservationNote;
    const timeline = async (who: Person, round?: number) => {
      const { observationNotes: t } = ok(
        await as<{
          observationNotes: { seesEveryone: boolean; notes: { body: string; round: number; mine: boolean }[] };
        }>(who, NOTES, { id: cycle.id, round: round ?? null }),
      );
      return { seesEveryone: t.seesEveryone, notes: t.notes.map((n) => `${n.round}:${n.body}`).sort() };
    };
    const strangersRefused = async () => {
      for (const who of [outsider, student, otherCoordinator]) {
        const res = await as(who, NOTES, { id: cycle.id, round: null });
        expect([who.user.displayName, errorCode(res)]).toEqual([who.user.displayName, 'NOT_FOUND']);
      }
    };

    await write(ana, 'Ana, round 1');
    await write(ben, 'Ben, round 1');
    expect(await timeline(ana)).toEqual({ seesEveryone: false, notes: ['1:Ana, round 1'] });
    await advance('DEBRIEF');
    expect(await timeline(ana)).toEqual({ seesEveryone: true, notes: ['1:Ana, round 1', '1:Ben, round 1'] });
    await advance('REVISE');
    expect(await advance('RETEACH')).toEqual({ phase: 'RETEACH', round: 2 });

    // Re-teaching: Ana hears of her own notes only; Ben's round-2 note is his alone.
    const anaHears = await listen(ana);
    const benHears = await listen(ben);
    const ben2 = await write(ben, 'Ben, round 2');
    expect(ben2.round).toBe(2);
    const ana2 = await write(ana, 'Ana, round 2');
    await until(() => anaHears.some((e) => e.noteId === ana2.id), "Ana's own note event");
    // Events reach a socket in order: had Ana been told of Ben's note, it would be here by now.
    expect(anaHears.map((e) => e.noteId)).toEqual([ana2.id]);
    await until(() => benHears.some((e) => e.noteId === ben2.id), "Ben's own note event");
    expect(benHears.some((e) => e.noteId === ana2.id)).toBe(false);

    expect(await timeline(ana)).toEqual({
      seesEveryone: false,
      notes: ['1:Ana, round 1', '1:Ben, round 1', '2:Ana, round 2'],
    });
    expect(await timeline(ben)).toEqual({
      seesEveryone: false,
      notes: ['1:Ana, round 1', '1:Ben, round 1', '2:Ben, round 2'],
    });
    expect((await timeline(teacher)).notes).toEqual(['1:Ana, round 1', '1:Ben, round 1']);
    expect((await timeline(ana, 2)).notes).toEqual(['2:Ana, round 2']);
    const peek = await as(ana, UPDATE, { input: { id: ben2.id, body: 'Peeking', lookForId } });
    expect([errorCode(peek), peek.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'That note was not found.']);
    await strangersRefused();

    // The second debrief opens: round 2 is shared; the debrief's evidence can take the round's notes.
    await advance('DEBRIEF');
    expect(await timeline(ana)).toEqual({
      seesEveryone: true,
      notes: ['1:Ana, round 1', '1:Ben, round 1', '2:Ana, round 2', '2:Ben, round 2'],
    });
    expect((await timeline(teacher, 2)).notes).toEqual(['2:Ana, round 2', '2:Ben, round 2']);
    ok(await as(ben, UPDATE, { input: { id: ben2.id, body: 'Ben, round 2 (clearer)', lookForId } }));
    await until(() => anaHears.some((e) => e.noteId === ben2.id && e.change === 'UPDATED'), "Ben's shared edit");
    await strangersRefused();
  });
});
