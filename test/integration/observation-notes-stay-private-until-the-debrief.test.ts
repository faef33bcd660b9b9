/**
 * Observation notes on a real lesson study (moved on through its phases by its facilitator): each
 * observer sees only their own while the lesson is taught, then, once the debrief opens, everyone
 * sees one timeline in time order; a member of the group not in the cycle, students and another
 * network's coordinator get NOT_FOUND; a note sent twice is stored once; bad student groups, "look
 * for" points and recordings that are not the lesson's finished ones are refused in words a teacher
 * understands; open timelines hear of changes live, and only people who may see the note are told.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { RECORDING_NOT_READY } from '../../server/src/observe/notes/observation-notes.service.js';
import { ADVANCE_CYCLE, cycleInTeach, type Cycle } from '../support/debrief-api.js';
import { createPerson, signIn, type TestNetwork, type TestPerson } from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';
import { listenForNoteChanges, until } from '../support/live-notes.js';
import { FIXTURE_CLIP, mediaIdOf, tusUpload } from '../support/media.js';
import type { Teacher } from '../support/units-api.js';

const ADD = `mutation($input: AddObservationNoteInput!) {
  addObservationNote(input: $input) { id body atSeconds observedAt lookForId studentGroup mine }
}`;
const UPDATE = `mutation($input: UpdateObservationNoteInput!) { updateObservationNote(input: $input) { id body studentGroup } }`;
const DELETE = `mutation($id: ID!) { deleteObservationNote(id: $id) }`;
const NOTES = `query($id: ID!) {
  observationNotes(ownerKind: LESSON_STUDY, ownerId: $id) {
    seesEveryone
    notes { id body atSeconds mine author { user { displayName } school { name } } }
  }
}`;

type Person = TestPerson & { token: string };
interface Timeline {
  seesEveryone: boolean;
  notes: {
    id: string;
    body: string;
    atSeconds: number | null;
    mine: boolean;
    author: { user: { displayName: string }; school: { name: string } | null };
  }[];
}

describe('observation notes stay private until the debrief', () => {
  let server: TestServer;
  let net: TestNetwork;
  let other: TestNetwork;
  let ana: Person; // the observer, school 1
  let ben: Person; // the critical friend, school 2
  let outsider: Person; // a member of the cycle's group who takes no part in it
  let student: Person;
  let otherCoordinator: Person;
  let cycle: Cycle;
  /** The cycle's look-for points: how groups test a guess, who explains to whom. */
  let lfReasoning: string;
  let lfTalk: string;
  /** A finished recording of the lesson (its teaching teacher uploaded it). */
  let mediaId: string;
  /** A finished recording of another network's lesson study. */
  let otherMediaId: string;
  /** An upload of the lesson left half way. */
  let unfinished: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    server = await startServer();
    cycle = await cycleInTeach(server);
    net = cycle.net;
    [lfReasoning, lfTalk] = cycle.lookFors.map((l) => l.id);
    const asPerson = (t: Teacher): Person => ({ ...t.person, token: t.token });
    ana = asPerson(cycle.observer);
    ben = asPerson(cycle.friend);
    outsider = asPerson(cycle.bystander);
    const otherCycle = await cycleInTeach(server);
    other = otherCycle.net;
    const person = async (n: TestNetwork, role: 'TEACHER' | 'COORDINATOR' | 'STUDENT', name: string, school = 0) => {
      const p = await createPerson(server.db, n, role, {
        name,
        school: role === 'COORDINATOR' ? null : n.schools[school],
      });
      return { ...p, token: await signIn(server, p.login) } as Person;
    };
    student = await person(net, 'STUDENT', 'Sam Student', 0);
    otherCoordinator = await person(other, 'COORDINATOR', 'Cora Elsewhere');
    const upload = async (ownerId: string, token: string) => {
      const r = await tusUpload(fs.readFileSync(FIXTURE_CLIP), {
        endpoint: `${server.url}/api/uploads`,
        token,
        ownerId,
      });
      expect(r.error).toBeNull();
      return mediaIdOf(r.url!);
    };
    mediaId = await upload(cycle.id, cycle.teacher.token);
    otherMediaId = await upload(otherCycle.id, otherCycle.teacher.token);
    // An upload of this lesson left half way: created with its length, never sent.
    const created = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${cycle.teacher.token}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(fs.statSync(FIXTURE_CLIP).size),
        'upload-metadata': [
          ['filename', 'half.webm'],
          ['filetype', 'video/webm'],
          ['ownerKind', 'LESSON_STUDY'],
          ['ownerId', cycle.id],
          ['consent', 'yes'],
        ]
          .map(([k, v]) => `${k} ${Buffer.from(v!).toString('base64')}`)
          .join(','),
      },
    });
    expect(created.status).toBe(201);
    unfinished = mediaIdOf(created.headers.get('location')!);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server.close();
  });

  const add = (who: Person, input: Record<string, unknown>) =>
    server.gql<{ addObservationNote: { id: string; body: string; studentGroup: string | null; mine: boolean } }>(
      ADD,
      {
        input: { id: randomUUID(), ownerKind: 'LESSON_STUDY', ownerId: cycle.id, lookForId: lfReasoning, ...input },
      },
      { token: who.token },
    );
  const timeline = async (who: Person): Promise<Timeline> => {
    const res = await server.gql<{ observationNotes: Timeline }>(NOTES, { id: cycle.id }, { token: who.token });
    expect(res.errors).toBeUndefined();
    return res.data!.observationNotes;
  };
  const ok = <T>(res: GqlResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  const listen = (who: Person) => listenForNoteChanges(server, who.token, sockets);

  it('each observer sees only their own notes before the debrief, and hears only of their own', async () => {
    const benHears = await listen(ben);
    const a1 = ok(
      await add(ana, {
        mediaId,
        atSeconds: 95.5,
        body: 'Group 3 tested 4 keys first.',
        studentGroup: 'group 3',
      }),
    );
    expect(a1.addObservationNote).toMatchObject({ mine: true, studentGroup: 'Group 3' });
    const b1 = ok(
      await add(ben, { observedAt: new Date().toISOString(), lookForId: lfTalk, body: 'Table 2: one voice.' }),
    );
    await until(() => benHears.some((e) => e.noteId === b1.addObservationNote.id), "Ben's own note event");
    expect(benHears.map((e) => e.noteId)).not.toContain(a1.addObservationNote.id);

    const anas = await timeline(ana);
    expect(anas.seesEveryone).toBe(false);
    expect(anas.notes.map((n) => n.body)).toEqual(['Group 3 tested 4 keys first.']);
    const bens = await timeline(ben);
    expect(bens.notes.map((n) => n.body)).toEqual(['Table 2: one voice.']);

    // Ben cannot change (or even find) Ana's note before the debrief.
    const edit = await server.gql(
      UPDATE,
      { input: { id: a1.addObservationNote.id, body: 'x', lookForId: lfTalk } },
      { token: ben.token },
    );
    expect(errorCode(edit)).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(DELETE, { id: a1.addObservationNote.id }, { token: ben.token }))).toBe(
      'NOT_FOUND',
    );
  });

  it('once the debrief opens both see one timeline in time order, with names and schools, live', async () => {
    const opened = await server.gql(ADVANCE_CYCLE, { id: cycle.id, to: 'DEBRIEF' }, { token: cycle.facilitator.token });
    expect(opened.errors).toBeUndefined();
    const benHears = await listen(ben);
    const a2 = ok(await add(ana, { mediaId, atSeconds: 12, body: 'Opening question posed.' }));
    await until(() => benHears.some((e) => e.noteId === a2.addObservationNote.id && e.change === 'ADDED'), 'live note');
    for (const who of [ana, ben]) {
      const t = await timeline(who);
      expect(t.seesEveryone).toBe(true);
      expect(t.notes.map((n) => n.body)).toEqual([
        'Opening question posed.',
        'Group 3 tested 4 keys first.',
        'Table 2: one voice.',
      ]);
      expect(t.notes[2].author.user.displayName).toBe(ben.user.displayName);
      expect(t.notes[2].author.school?.name).toBe(net.schools[1].name);
      expect(t.notes.map((n) => n.mine)).toEqual(who === ana ? [true, true, false] : [false, false, true]);
    }
    // Seeing is not changing: only the author edits a note.
    const edit = await server.gql(
      UPDATE,
      { input: { id: a2.addObservationNote.id, body: 'mine now', lookForId: lfTalk } },
      { token: ben.token },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
    expect(edit.errors?.[0].message).toBe('Only the person who wrote a note can change it.');
    const mine = ok(
      await server.gql<{ updateObservationNote: { body: string; studentGroup: string | null } }>(
        UPDATE,
        {
          input: {
            id: a2.addObservationNote.id,
            body: 'Opening question posed twice.',
            lookForId: lfTalk,
            studentGroup: 'Table 4',
          },
        },
        { token: ana.token },
      ),
    );
    expect(mine.updateObservationNote).toEqual({
      id: a2.addObservationNote.id,
      body: 'Opening question posed twice.',
      studentGroup: 'Table 4',
    });
    await until(
      () => benHears.some((e) => e.noteId === a2.addObservationNote.id && e.change === 'UPDATED'),
      'live update',
    );
  });

  it('outsiders, students and another network’s coordinator get NOT_FOUND, as for an id nobody has', async () => {
    const nobody = await server.gql(NOTES, { id: randomUUID() }, { token: ana.token });
    expect(errorCode(nobody)).toBe('NOT_FOUND');
    for (const who of [outsider, student, otherCoordinator]) {
      const read = await server.gql(NOTES, { id: cycle.id }, { token: who.token });
      expect(errorCode(read)).toBe('NOT_FOUND');
      expect(read.errors?.[0].message).toBe(nobody.errors?.[0].message);
      expect(errorCode(await add(who, { observedAt: new Date().toISOString(), body: 'I was not there.' }))).toBe(
        'NOT_FOUND',
      );
    }
    const anas = (await timeline(ana)).notes[0];
    for (const who of [outsider, student, otherCoordinator]) {
      expect(errorCode(await server.gql(DELETE, { id: anas.id }, { token: who.token }))).toBe('NOT_FOUND');
    }
    const [{ n }] = await server.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM observation_note WHERE owner_id = $1 AND author_id = ANY($2::uuid[])`,
      [cycle.id, [outsider.user.id, student.user.id, otherCoordinator.user.id]],
    );
    expect(n).toBe(0);
  });

  it('a note sent twice (offline, then again) is stored once; a stolen id is refused', async () => {
    const id = randomUUID();
    const input = { id, observedAt: new Date().toISOString(), body: 'Written on the bus, sent twice.' };
    const [first, second] = await Promise.all([add(ben, input), add(ben, input)]);
    expect(ok(first).addObservationNote.id).toBe(id);
    expect(ok(second).addObservationNote.id).toBe(id);
    const again = ok(await add(ben, { ...input, body: 'A different text with the same id' }));
    expect(again.addObservationNote.body).toBe('Written on the bus, sent twice.');
    const [{ n }] = await server.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM observation_note WHERE id = $1`,
      [id],
    );
    expect(n).toBe(1);
    const stolen = await add(ana, input);
    expect(errorCode(stolen)).toBe('CONFLICT');
  });

  it('refuses a student name as a group, an unknown look-for and a note without a time, clearly', async () => {
    const named = await add(ana, { observedAt: new Date().toISOString(), body: 'Good idea', studentGroup: 'Maria' });
    expect(errorCode(named)).toBe('BAD_USER_INPUT');
    expect(named.errors?.[0].extensions?.fieldErrors?.studentGroup).toMatch(/never a student's name/);
    const unknown = await add(ana, { observedAt: new Date().toISOString(), body: 'x', lookForId: 'lf-nope' });
    expect(unknown.errors?.[0].extensions?.fieldErrors?.lookForId).toBe(
      'That "look for" point is not in this lesson\'s plan. Choose one from the list.',
    );
    const untagged = await add(ana, { observedAt: new Date().toISOString(), body: 'x', lookForId: null });
    expect(untagged.errors?.[0].message).toMatch(/Choose what this note is evidence for/);
    const timeless = await add(ana, { body: 'When was this?' });
    expect(timeless.errors?.[0].extensions?.fieldErrors?.atSeconds).toMatch(
      /either at a moment of the recording or at a time/,
    );
    const long = await add(ana, { observedAt: new Date().toISOString(), body: 'x'.repeat(2001) });
    expect(long.errors?.[0].message).toBe('A note is at most 2000 characters: split it into two.');
    for (const res of [named, unknown, untagged, timeless, long])
      expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.js/);
  });

  it('refuses a recording that is not a finished one of this lesson, and says so', async () => {
    for (const wrong of [randomUUID(), otherMediaId, unfinished]) {
      const res = await add(ana, { mediaId: wrong, atSeconds: 3, body: 'On which video?' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toBe(RECORDING_NOT_READY);
      expect(res.errors?.[0].extensions?.fieldErrors?.mediaId).toBe(RECORDING_NOT_READY);
    }
    const [{ n }] = await server.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM observation_note WHERE body = 'On which video?'`,
    );
    expect(n).toBe(0);
    expect(ok(await add(ana, { mediaId, atSeconds: 3, body: 'On the lesson video.' })).addObservationNote.body).toBe(
      'On the lesson video.',
    );
  });

  it('once observation closes nobody adds or changes notes, but a resend of a stored note still answers', async () => {
    const id = randomUUID();
    const input = { id, observedAt: new Date().toISOString(), body: 'Last one before the bell.' };
    ok(await add(ana, input));
    // The facilitator moves the cycle on to Revise: observation has closed.
    const revise = await server.gql(ADVANCE_CYCLE, { id: cycle.id, to: 'REVISE' }, { token: cycle.facilitator.token });
    expect(revise.errors).toBeUndefined();
    const late = await add(ana, { observedAt: new Date().toISOString(), body: 'Too late.' });
    expect(errorCode(late)).toBe('FORBIDDEN');
    expect(late.errors?.[0].message).toBe('Notes cannot be added now: observation has closed.');
    expect(ok(await add(ana, input)).addObservationNote.id).toBe(id);
    expect(errorCode(await server.gql(DELETE, { id }, { token: ana.token }))).toBe('FORBIDDEN');
    const edit = await server.gql(
      UPDATE,
      { input: { id, body: 'Changed later.', lookForId: lfTalk } },
      { token: ana.token },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
    // The note is still there, unchanged, for everyone in the cycle.
    for (const who of [ana, ben])
      expect((await timeline(who)).notes.find((n) => n.id === id)?.body).toBe('Last one before the bell.');
  });
});
