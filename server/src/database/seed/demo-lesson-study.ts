import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { LessonStudyRole, LookFor, UnitSectionId } from '@switchback/shared';
import type { User } from '../../auth/user.entity.js';
import { Document } from '../../collaboration/document.entity.js';
import { REPO_ROOT } from '../../config/config.js';
import { Group } from '../../groups/group.entity.js';
import { MediaAsset } from '../../media/media-asset.entity.js';
import type { MediaStorage } from '../../media/media-storage.js';
import type { Network } from '../../networks/network.entity.js';
import { DebriefEntry } from '../../observe/debrief/debrief-entry.entity.js';
import { DebriefProgress } from '../../observe/debrief/debrief-progress.entity.js';
import { LessonPlanVersion } from '../../observe/lesson-studies/lesson-plan-version.entity.js';
import { LessonStudyParticipant } from '../../observe/lesson-studies/lesson-study-participant.entity.js';
import { LessonStudy } from '../../observe/lesson-studies/lesson-study.entity.js';
import { ObservationNote } from '../../observe/notes/observation-note.entity.js';
import { plainTextOf, unitState, type Block } from '../../units/unit-content.js';
import { Unit } from '../../units/unit.entity.js';

/** The tiny recorded clip the demo ships (4 s of VP8, 60 kB): no ffmpeg needed on the demo machine. */
export const DEMO_CLIP_FILE = path.join(REPO_ROOT, 'server/assets/demo/locked-box-clip.webm');
export const DEMO_CLIP_SECONDS = 4;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const dayOf = (n: number) => daysAgo(n).toISOString().slice(0, 10);

const LOOK_FORS: LookFor[] = [
  { id: randomUUID(), text: 'Which strategy does each team try first: guess-and-check, a table, or equations?' },
  { id: randomUUID(), text: 'When a team is stuck, who talks, and what question gets them moving again?' },
  { id: randomUUID(), text: 'Do students check their combination against both clues before opening the lock?' },
];

/** The research lesson plan, in the template's sections (shared LESSON_PLAN_SECTIONS). */
const PLAN: Record<string, Block[]> = {
  goals: [
    {
      p: [
        { text: 'Research theme', bold: true },
        ': students explain their reasoning to each other, not to the teacher.',
      ],
    },
    { p: ['In this lesson, students see why one equation is not enough and write a system of two to open a lock.'] },
  ],
  flow: [
    {
      table: [
        ['Step', 'Anticipated student responses', "Teacher's moves"],
        [
          'Launch (5 min): the locked box and two clues',
          'Guess numbers that fit the first clue only',
          'Ask: "Does your guess fit both clues?"',
        ],
        [
          'Explore (20 min): teams of three',
          'A table of tries; some write x + y = 12',
          'Hold back; ask one team to explain to another',
        ],
        [
          'Compare (15 min): three teams show their work',
          'Tables, graphs, substitution',
          'Order the strategies from table to equations',
        ],
      ],
    },
  ],
  lookFors: [{ ul: LOOK_FORS.map((l) => [l.text]) }],
  evaluation: [
    { p: ['The lesson worked if at least half the teams write a system before they open the lock, and explain it.'] },
  ],
};

const ROLES: [string, LessonStudyRole][] = [
  ['hank.mueller', 'FACILITATOR'],
  ['grace.lindqvist', 'TEACHER'],
  ['sam.peters', 'OBSERVER'],
  ['hank.mueller', 'OBSERVER'],
  ['eli.johansen', 'CRITICAL_FRIEND'],
  ['coordinator', 'KNOWLEDGEABLE_OTHER'],
];

/**
 * The Math Job-Alike's lesson-study cycle on the locked-box lesson (beside the unit "Locked boxes:
 * systems of equations"), now in its debrief: Hank Mueller (Jordan, MT) facilitates, Grace
 * Lindqvist (Paisley, OR) taught it, Sam Peters (Tok, AK) and Hank observed the recording, Eli
 * Johansen (Copper River, AK) is the critical friend and the coordinator the knowledgeable other.
 * Plan version 1 is frozen; the recording is READY with notes from both observers; Grace has
 * reflected and Sam has shared evidence, Hank has not yet. `media` receives the clip's bytes (the
 * same storage the server plays from); without it (tests that roll back) only the row is written.
 */
export async function seedDemoLessonStudy(
  m: EntityManager,
  network: Network,
  people: Map<string, User>,
  media?: MediaStorage,
): Promise<LessonStudy> {
  const who = (key: string) => people.get(key)!.id;
  const math = await m.getRepository(Group).findOneByOrFail({ networkId: network.id, name: 'Math Job-Alike' });
  const unit = await m
    .getRepository(Unit)
    .findOneByOrFail({ networkId: network.id, title: 'Locked boxes: systems of equations' });
  const id = randomUUID();
  const state = unitState(PLAN as Partial<Record<UnitSectionId, Block[]>>);
  const plan = await m.save(
    m.create(Document, {
      kind: 'LESSON_PLAN',
      ownerId: id,
      state: Buffer.from(state),
      text: plainTextOf(state),
      compactedAt: new Date(),
    }),
  );
  await m.insert(LessonStudy, {
    id,
    networkId: network.id,
    groupId: math.id,
    title: 'The locked-box lesson',
    theme: 'Students explain their reasoning to each other, not to the teacher.',
    unitId: unit.id,
    phase: 'DEBRIEF',
    round: 1,
    planDocumentId: plan.id,
    lookFors: LOOK_FORS,
    observationMode: 'RECORDED',
    openClassSessionId: null,
    phaseDates: {
      PLAN: { startsOn: dayOf(30), endsOn: dayOf(16) },
      TEACH: { startsOn: dayOf(15), endsOn: dayOf(8) },
      DEBRIEF: { startsOn: dayOf(7), endsOn: dayOf(-5) },
      REVISE: { startsOn: dayOf(-6), endsOn: dayOf(-14) },
      SHARE: { startsOn: dayOf(-15), endsOn: dayOf(-21) },
    },
    createdById: who('hank.mueller'),
    closedAt: null,
    createdAt: daysAgo(30),
  });
  await m.insert(
    LessonStudyParticipant,
    ROLES.map(([key, role]) => ({
      lessonStudyId: id,
      userId: who(key),
      role,
      guest: false,
      addedById: who('hank.mueller'),
    })),
  );
  await m.insert(LessonPlanVersion, {
    lessonStudyId: id,
    number: 1,
    state: Buffer.from(state),
    note: 'The plan as first taught',
    createdById: who('hank.mueller'),
    createdAt: daysAgo(15),
  });

  const clip = randomUUID();
  const { size } = await fsp.stat(DEMO_CLIP_FILE);
  await m.insert(MediaAsset, {
    id: clip,
    networkId: network.id,
    ownerKind: 'LESSON_STUDY',
    ownerId: id,
    uploadedById: who('grace.lindqvist'),
    filename: 'locked-box-lesson.webm',
    mimeType: 'video/webm',
    sizeBytes: size,
    status: 'READY',
    consentConfirmedAt: daysAgo(12),
    durationSeconds: DEMO_CLIP_SECONDS,
    storageKey: clip,
    createdAt: daysAgo(12),
  });
  await media?.put(clip, DEMO_CLIP_FILE, 'video/webm');

  const [strategy, stuck, check] = LOOK_FORS.map((l) => l.id);
  const note = (
    author: string,
    atSeconds: number,
    lookForId: string,
    studentGroup: string | null,
    body: string,
    ago: number,
  ) =>
    m.create(ObservationNote, {
      id: randomUUID(),
      ownerKind: 'LESSON_STUDY',
      ownerId: id,
      networkId: network.id,
      authorId: who(author),
      mediaId: clip,
      atSeconds,
      observedAt: null,
      lookForId,
      studentGroup,
      body,
      createdAt: daysAgo(ago),
    });
  await m.save([
    note(
      'sam.peters',
      0.5,
      strategy!,
      'Group 3',
      'Started with guess-and-check; tried 5 and 7 before anyone wrote anything down.',
      10,
    ),
    note(
      'sam.peters',
      1.5,
      stuck!,
      'Group 3',
      'Stuck for a minute. The quietest student asked "what if both clues are true?" and they restarted.',
      10,
    ),
    note('sam.peters', 3, check!, 'Group 1', 'Checked against the first clue only, and the lock did not open.', 10),
    note('hank.mueller', 1, strategy!, 'Group 2', 'Went straight to a table of tries: x from 1 to 12.', 9),
    note(
      'hank.mueller',
      2.5,
      stuck!,
      'Group 2',
      'Grace asked "what stays the same in your table?" and they wrote x + y = 12.',
      9,
    ),
  ]);

  await m.insert(DebriefEntry, [
    {
      lessonStudyId: id,
      round: 1,
      step: 'TEACHER_REFLECTION',
      authorId: who('grace.lindqvist'),
      lookForId: null,
      body:
        'I talked less than I feared I would, but I rescued Group 2 too early. Most teams found one pair that fit ' +
        'one clue and stopped; only two teams wrote a system before opening the lock.',
      createdAt: daysAgo(5),
    },
    {
      lessonStudyId: id,
      round: 1,
      step: 'EVIDENCE',
      authorId: who('sam.peters'),
      lookForId: stuck!,
      body: 'Group 3 restarted when a student (not the teacher) asked whether both clues had to be true: 0:01 on the recording.',
      createdAt: daysAgo(3),
    },
  ]);
  await m.insert(DebriefProgress, {
    lessonStudyId: id,
    round: 1,
    step: 'EVIDENCE',
    movedById: who('hank.mueller'),
  });
  return m.getRepository(LessonStudy).findOneByOrFail({ id });
}
