/** A network with something of every kind to present in its showcase, written straight to the database. */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { ExchangeClass } from '../../server/src/feedback/exchange-class.entity.js';
import { PeerReview } from '../../server/src/feedback/peer-review.entity.js';
import { Rubric } from '../../server/src/feedback/rubric.entity.js';
import { Submission } from '../../server/src/feedback/submission.entity.js';
import { LessonStudyRecord } from '../../server/src/observe/debrief/lesson-study-record.entity.js';
import { LessonStudyParticipant } from '../../server/src/observe/lesson-studies/lesson-study-participant.entity.js';
import { Unit } from '../../server/src/units/unit.entity.js';
import {
  addToGroup,
  createClass,
  createGroup,
  createNetwork,
  createPerson,
  type TestNetwork,
  type TestPerson,
} from './factories.js';
import { CRITERIA } from './peer-feedback.js';

export const ESSAY =
  'Homework should be shorter because rest helps learning. Sleep researchers found that tired students remember less.';

export interface ShowcaseWorld {
  net: TestNetwork;
  /** Teacher at school 1: author of the unit, in the lesson study, owner of the exchange, the writer's teacher. */
  presenter: TestPerson;
  /** Teacher at school 2, with a class in the exchange. */
  colleague: TestPerson;
  /** Teacher at school 1 in nothing presented. */
  bystander: TestPerson;
  coordinator: TestPerson;
  /** The presenter's student, whose essay is in the exchange. */
  student: TestPerson;
  /** The colleague's student. */
  otherStudent: TestPerson;
  unitId: string;
  draftUnitId: string;
  lessonStudyId: string;
  exchangeId: string;
  /** The presenter's student's essay; `otherEssayId` the colleague's student's. */
  essayId: string;
  otherEssayId: string;
}

/** Names carry `marker` so a raw response can be searched for them. */
export async function showcaseWorld(db: DataSource, marker = 'Zq'): Promise<ShowcaseWorld> {
  const net = await createNetwork(db, 2, { label: `${marker}School` });
  const [s1, s2] = net.schools;
  const presenter = await createPerson(db, net, 'TEACHER', { school: s1 });
  const colleague = await createPerson(db, net, 'TEACHER', { school: s2 });
  const bystander = await createPerson(db, net, 'TEACHER', { school: s1 });
  const coordinator = await createPerson(db, net, 'COORDINATOR');
  const student = await createPerson(db, net, 'STUDENT', { school: s1, name: `Maya ${marker}student` });
  const otherStudent = await createPerson(db, net, 'STUDENT', { school: s2, name: `Ola ${marker}pupil` });
  const group = await createGroup(db, net);
  await addToGroup(db, group, presenter);
  const unit = (status: 'PUBLISHED' | 'DRAFT') =>
    db.getRepository(Unit).save({
      networkId: net.network.id,
      groupId: group.id,
      documentId: randomUUID(),
      title: `Drones over the river ${status}`,
      subject: 'Mathematics',
      summary: 'Ratios with real flight data',
      status,
      createdById: presenter.user.id,
      publishedAt: status === 'PUBLISHED' ? new Date() : null,
    });
  const [published, draft] = [await unit('PUBLISHED'), await unit('DRAFT')];
  const lessonStudyId = randomUUID();
  await db.getRepository(LessonStudyParticipant).save({
    lessonStudyId,
    userId: presenter.user.id,
    role: 'FACILITATOR',
    addedById: presenter.user.id,
  });
  await db.getRepository(LessonStudyRecord).save({
    lessonStudyId,
    networkId: net.network.id,
    groupId: group.id,
    unitId: null,
    title: 'Talking about fractions',
    theme: 'Students explain',
    reflection: 'Pairs explained more.',
    evidence: [],
    firstVersion: 1,
    latestVersion: 2,
    revisionsAccepted: 1,
    sharedById: presenter.user.id,
    sharedAt: new Date(),
  });
  const rubric = await db.getRepository(Rubric).save({
    networkId: net.network.id,
    ownerId: presenter.user.id,
    title: 'Argument',
    criteria: CRITERIA,
    rootId: randomUUID(),
    lockedAt: new Date(),
  });
  const now = Date.now();
  const exchange = await db.getRepository(Exchange).save({
    networkId: net.network.id,
    ownerId: presenter.user.id,
    title: 'Homework essays',
    prompt: 'Should homework be shorter?',
    rubricId: rubric.id,
    anonymity: 'DOUBLE_BLIND',
    submissionDueAt: new Date(now - 3 * 86_400_000),
    reviewDueAt: new Date(now - 2 * 86_400_000),
    feedbackReleaseAt: new Date(now - 86_400_000),
    phase: 'FEEDBACK',
    pseudonymSeed: 11,
  });
  const essays: string[] = [];
  for (const [teacher, pupil, school, pseudonym] of [
    [presenter, student, s1, 'Blue Heron'],
    [colleague, otherStudent, s2, 'Quiet Otter'],
  ] as const) {
    const cls = await createClass(db, net, teacher, [pupil], { name: `Period 3 ${marker}class` });
    await db
      .getRepository(ExchangeClass)
      .save({ exchangeId: exchange.id, classId: cls.id, schoolId: school.id, status: 'JOINED' });
    const essay = await db.getRepository(Submission).save({
      exchangeId: exchange.id,
      studentId: pupil.user.id,
      classId: cls.id,
      schoolId: school.id,
      pseudonym,
      body: ESSAY,
      submittedBody: ESSAY,
      status: 'SUBMITTED',
      submittedAt: new Date(now - 4 * 86_400_000),
    });
    essays.push(essay.id);
  }
  await db.getRepository(PeerReview).save({
    exchangeId: exchange.id,
    submissionId: essays[0],
    reviewerId: otherStudent.user.id,
    status: 'SUBMITTED',
    levels: { claim: 3, evidence: 2 },
    comments: {},
    strength: 'A clear claim.',
    nextStep: 'Cite the study.',
    score: 8,
    submittedAt: new Date(),
  });
  return {
    net,
    presenter,
    colleague,
    bystander,
    coordinator,
    student,
    otherStudent,
    unitId: published.id,
    draftUnitId: draft.id,
    lessonStudyId,
    exchangeId: exchange.id,
    essayId: essays[0],
    otherEssayId: essays[1],
  };
}
