/**
 * A real lesson-study cycle with a second round, over the API and /live: round 1's notes are shared
 * from debrief 1 on and stay shared while the lesson is re-taught; notes written while re-teaching
 * stay each observer's own (another's is NOT_FOUND, and nobody else hears of it live) until debrief 2
 * opens; the debrief can ask for the current round's notes only. Outsiders, students and another
 * network's coordinator get NOT_FOUND throughout.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import {
  LIVE_NAMESPACE,
  LiveEvent,
  ObservationNoteLiveEvent,
  type ObservationNoteChangedPayload,
} from '@switchback/shared';
import { addToGroup, createGroup, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';

const CREATE = `mutation($i: CreateLessonStudyInput!) { createLessonStudy(input: $i) { id } }`;
const ADVANCE = `mutation($id: ID!, $to: LessonStudyPhase) { advanceLessonStudy(id: $id, to: $to) { phase round } }`;
const NAME = `mutation($i: NameLessonStudyRoleInput!) { nameLessonStudyRole(input: $i) { id } }`;
const LOOK_FORS = `mutation($i: SetLookForsInput!) { setLessonStudyLookFors(input: $i) { lookForPoints { id } } }`;
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

  async function listen(who: Person): Promise<ObservationNoteChangedPayload[]> {
    const socket = io(`${server.url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { token: who.token },
    });
    sockets.push(socket);
    const events: ObservationNoteChangedPayload[] = [];
    socket.on(ObservationNoteLiveEvent.Changed, (p: ObservationNoteChangedPayload) => events.push(p));
    await new Promise<void>((resolve, reject) => {
      socket.once(LiveEvent.Ready, () => resolve());
      socket.once('connect_error', reject);
    });
    return events;
  }
  async function until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('shares round 1 while re-teaching, keeps round 2 private until debrief 2, and tells only who may see', async () => {
    const net = await createNetwork(server.db, 2);
    const other = await createNetwork(server.db, 1);
    const group = await createGroup(server.db, net);
    const person = async (role: 'TEACHER' | 'STUDENT' | 'COORDINATOR', school: number | null, n = net) => {
      const p = await createPerson(server.db, n, role, { school: school === null ? null : n.schools[school] });
      return { ...p, token: await signIn(server, p.login) } as Person;
    };
    const facilitator = await person('TEACHER', 0);
    const teacher = await person('TEACHER', 0);
    const ana = await person('TEACHER', 0);
    const ben = await person('TEACHER', 1);
    const outsider = await person('TEACHER', 1);
    const student = await person('STUDENT', 0);
    const otherCoordinator = await person('COORDINATOR', null, other);
    for (const p of [facilitator, teacher, ana, ben]) await addToGroup(server.db, group, p);
    const as = <T>(who: Person, query: string, variables: Record<string, unknown>) =>
      server.gql<T>(query, variables, { token: who.token });

    const { createLessonStudy: cycle } = ok(
      await as<{ createLessonStudy: { id: string } }>(facilitator, CREATE, {
        i: {
          groupId: group.id,
          title: 'Sharing sweets',
          theme: 'Students explain their reasoning',
          teacherId: teacher.user.id,
        },
      }),
    );
    for (const p of [ana, ben])
      ok(await as(facilitator, NAME, { i: { lessonStudyId: cycle.id, userId: p.user.id, role: 'OBSERVER' } }));
    const { setLessonStudyLookFors: set } = ok(
      await as<{ setLessonStudyLookFors: { lookForPoints: { id: string }[] } }>(facilitator, LOOK_FORS, {
        i: { lessonStudyId: cycle.id, lookFors: [{ text: 'Who explains to whom' }] },
      }),
    );
    const lookForId = set.lookForPoints[0]!.id;
    const advance = async (to: string) =>
      ok(await as<{ advanceLessonStudy: { phase: string; round: number } }>(facilitator, ADVANCE, { id: cycle.id, to }))
        .advanceLessonStudy;
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

    await advance('TEACH');
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
