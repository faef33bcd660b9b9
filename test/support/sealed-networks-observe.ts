/**
 * Network A's lesson-study, recording, note and mentoring content for the sealed-networks tests
 * (sealed-networks.ts calls it while it builds network A), every text carrying A's marker.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { MediaAsset } from '../../server/src/media/media-asset.entity.js';
import type { Group } from '../../server/src/groups/group.entity.js';
import { eventually } from './eventually.js';
import { addToGroup, type TestNetwork } from './factories.js';
import type { TestServer } from './harness.js';
import { FIXTURE_CLIP, hasFfmpeg, mediaIdOf, tusUpload } from './media.js';
import type { Signed } from './sealed-networks.js';

export interface ObserveContent {
  /**
   * A lesson study of A's group, in Teach: the first teacher facilitates, a teacher of school 2
   * teaches and an observer from school 1 watches (neither is one of the sweep's callers, so
   * nobody the sweep sends watches the recording: a viewing is an audit event).
   */
  lessonStudyId: string;
  /** The lesson's recording, uploaded by its teaching teacher. */
  recordingId: string;
  /** The observer's note on the recording. */
  observationNoteId: string;
  /** A mentoring pair of the two teachers of A (schools 1 and 2), with one meeting. */
  mentorshipId: string;
}

/** What network A's setup hands over: its people, its group and how it writes and asks. */
export interface NetworkAContext {
  net: TestNetwork;
  group: Group;
  coordinator: Signed;
  /** Teachers at school 1 and school 2 of A; the first facilitates A's group. */
  teachers: [Signed, Signed];
  /** Adds A's marker to a text. */
  m: (text: string) => string;
  gql: <T = Record<string, unknown>>(who: Signed, query: string, variables: Record<string, unknown>) => Promise<T>;
  personA: (role: 'TEACHER', name: string, school: TestNetwork['schools'][number]) => Promise<Signed>;
}

export async function observeContent(
  server: TestServer,
  { net, group, coordinator, teachers: [t1, t2], m, gql, personA }: NetworkAContext,
): Promise<ObserveContent> {
  // The lesson study's teaching teacher (school 2) and its observer (school 1) join A's group now.
  const teaching = await personA('TEACHER', 'Tia Aplace', net.schools[1]);
  const observer = await personA('TEACHER', 'Oli Aplace', net.schools[0]);
  for (const p of [teaching, observer]) await addToGroup(server.db, group, p);
  const lessonStudy = await gql<{ createLessonStudy: { id: string } }>(
    t1,
    `mutation($i: CreateLessonStudyInput!) { createLessonStudy(input: $i) { id } }`,
    { i: { groupId: group.id, title: m('Locked box'), theme: m('Reasoning aloud'), teacherId: teaching.user.id } },
  );
  const lessonStudyId = lessonStudy.createLessonStudy.id;
  const lookFors = await gql<{ setLessonStudyLookFors: { lookForPoints: { id: string }[] } }>(
    t1,
    `mutation($i: SetLookForsInput!) { setLessonStudyLookFors(input: $i) { id lookForPoints { id } } }`,
    { i: { lessonStudyId, lookFors: [{ text: m('Who explains') }] } },
  );
  await gql(t1, `mutation($i: NameLessonStudyRoleInput!) { nameLessonStudyRole(input: $i) { id } }`, {
    i: { lessonStudyId, userId: observer.user.id, role: 'OBSERVER' },
  });
  await gql(t1, `mutation($id: ID!, $to: LessonStudyPhase) { advanceLessonStudy(id: $id, to: $to) { id } }`, {
    id: lessonStudyId,
    to: 'TEACH',
  });
  const recording = await tusUpload(fs.readFileSync(FIXTURE_CLIP), {
    endpoint: `${server.url}/api/uploads`,
    token: teaching.token,
    ownerId: lessonStudyId,
    filename: `${m('Lesson')}.webm`,
  });
  if (recording.error) throw new Error(`the recording's upload failed: ${recording.error.message}`);
  const recordingId = mediaIdOf(recording.url!);
  // The low rendition is made in the background: wait for it, so the sweep's before/after comparison
  // of A's rows sees only what the sweep's callers did.
  await eventually(
    () => server.db.getRepository(MediaAsset).findOneByOrFail({ id: recordingId }),
    (a) => a.status === 'READY' && (!hasFfmpeg() || a.renditionAttemptedAt !== null),
    "the recording's low rendition",
    60_000,
  );
  const note = await gql<{ addObservationNote: { id: string } }>(
    observer,
    `mutation($i: AddObservationNoteInput!) { addObservationNote(input: $i) { id } }`,
    {
      i: {
        id: randomUUID(),
        ownerKind: 'LESSON_STUDY',
        ownerId: lessonStudyId,
        mediaId: recordingId,
        atSeconds: 2,
        lookForId: lookFors.setLessonStudyLookFors.lookForPoints[0].id,
        studentGroup: 'Group 3',
        body: m('An observation note'),
      },
    },
  );
  const mentorship = await gql<{ createMentorship: { id: string } }>(
    coordinator,
    `mutation($input: CreateMentorshipInput!) { createMentorship(input: $input) { id } }`,
    { input: { networkId: net.network.id, mentorId: t2.user.id, menteeId: t1.user.id, goals: m('A pair goal') } },
  );
  await gql(t1, `mutation($input: LogMentoringMeetingInput!) { logMentoringMeeting(input: $input) { id } }`, {
    input: {
      mentorshipId: mentorship.createMentorship.id,
      meetingOn: new Date().toISOString().slice(0, 10),
      notes: m('A private meeting'),
    },
  });
  return {
    lessonStudyId,
    recordingId,
    observationNoteId: note.addObservationNote.id,
    mentorshipId: mentorship.createMentorship.id,
  };
}
