import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { pseudonymFor, type RubricCriterion } from '@switchback/shared';
import { User } from '../../auth/user.entity.js';
import { Enrollment } from '../../classes/enrollment.entity.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { ExchangeClass } from '../../feedback/exchange-class.entity.js';
import { Exchange } from '../../feedback/exchange.entity.js';
import { CalibrationProgressService } from '../../feedback/student-calibration/calibration-progress.service.js';
import { ReviewAllocationService } from '../../feedback/review-allocation.service.js';
import { Rubric } from '../../feedback/rubric.entity.js';
import { Submission } from '../../feedback/submission.entity.js';
import { Group } from '../../groups/group.entity.js';
import type { Network } from '../../networks/network.entity.js';

const day = 86_400_000;

const CRITERIA: RubricCriterion[] = [
  {
    id: 'claim',
    title: 'Claim',
    description: 'A clear position the reader could argue against.',
    weight: 2,
    levels: [
      { points: 1, label: 'Beginning', descriptor: 'The position is hard to find.' },
      { points: 2, label: 'Developing', descriptor: 'A position, but vague or not arguable.' },
      { points: 3, label: 'Proficient', descriptor: 'A clear, arguable claim in the introduction.' },
      { points: 4, label: 'Advanced', descriptor: 'A precise claim that frames the whole essay.' },
    ],
  },
  {
    id: 'evidence',
    title: 'Evidence',
    description: 'Reasons backed by facts, examples or sources.',
    weight: 2,
    levels: [
      { points: 1, label: 'Beginning', descriptor: 'Opinions without support.' },
      { points: 2, label: 'Developing', descriptor: 'Some support, loosely connected.' },
      { points: 3, label: 'Proficient', descriptor: 'Relevant evidence for each reason.' },
      { points: 4, label: 'Advanced', descriptor: 'Strong, cited evidence, explained.' },
    ],
  },
  {
    id: 'counterclaims',
    title: 'Addresses counter-claims',
    description: 'Takes the other side seriously and answers it.',
    weight: 1,
    levels: [
      { points: 1, label: 'Beginning', descriptor: 'The other side is missing.' },
      { points: 2, label: 'Developing', descriptor: 'Mentions the other side without answering it.' },
      { points: 3, label: 'Proficient', descriptor: 'States a counter-claim fairly and answers it.' },
      { points: 4, label: 'Advanced', descriptor: 'Answers the strongest counter-claim with evidence.' },
    ],
  },
];

const ESSAYS = [
  'Small schools like ours should share teachers online. Our school has one science teacher for every grade, so physics is offered only every other year. With a shared teacher, students in three villages could take it every year. Some say video classes are not as good as being in the room, but our distance Spanish class had the best test scores in the building last spring.',
  'Sharing teachers sounds good, but I think schools should hire their own. A teacher who lives here knows our families and our river. When the internet goes down, which happens every winter storm, an online class stops. Money for shared teachers should go to housing so teachers stay longer.',
  'Rural schools should share teachers because it is fair. Students in big cities can choose from many classes. We deserve the same chance. A shared teacher could teach chemistry to five schools at once, and the schools could split the cost.',
  'I believe shared teachers are a good idea for electives like art and computer science. Core classes should stay local so students get help in person. My cousin took coding online from another town and now wants to study it in college.',
  'Our town is two hours from the nearest high school with calculus. Sharing a teacher online would let students who are ready for calculus take it without moving away. Critics say students get distracted online, but a local aide in the room can keep everyone on task.',
  'Sharing teachers could help, but only if the internet is fast enough. At our school, videos freeze when everyone is online. Before sharing teachers, the state should fix the connection, or the classes will not work.',
  'Students should be able to take classes from teachers at other rural schools. It would let small schools offer more subjects, and students would meet people from other towns. Teachers could also visit in person twice a year.',
  'Shared teachers are a smart answer to the teacher shortage. Last year our school could not fill the math position for four months. A teacher shared with another school could have taught us from the first day.',
];

/**
 * A peer-feedback exchange between Ruth Okada's class (Tok, AK) and Nora Fairweather's class
 * (Lyle, WA), with the Language Arts group's rubric: four essays submitted on each side, and reviews
 * allocated across the two schools, so students can sign in and review right away.
 */
export async function seedDemoFeedback(m: EntityManager, network: Network, users: Map<string, User>): Promise<void> {
  const ruth = users.get('ruth.okada')!;
  const nora = users.get('nora.fairweather')!;
  const group = await m
    .getRepository(Group)
    .findOneByOrFail({ networkId: network.id, name: 'Language Arts Job-Alike' });
  const now = Date.now();
  const rubricId = randomUUID();
  const rubric = await m.save(
    m.create(Rubric, {
      id: rubricId,
      rootId: rubricId,
      networkId: network.id,
      ownerId: ruth.id,
      title: 'Argument peer-editing rubric',
      description: 'The shared rubric of the Language Arts Job-Alike for 10th-grade argument essays.',
      criteria: CRITERIA,
      version: 1,
      sharedWithGroupId: group.id,
      lockedAt: new Date(now - 10 * day),
    }),
  );
  const classes = await m.getRepository(SchoolClass).find({
    where: [
      { networkId: network.id, teacherId: ruth.id },
      { networkId: network.id, teacherId: nora.id },
    ],
    order: { createdAt: 'ASC' },
  });
  const exchange = await m.save(
    m.create(Exchange, {
      networkId: network.id,
      ownerId: ruth.id,
      title: 'Should rural schools share teachers online?',
      prompt:
        'Write an argumentative essay (400–600 words): should small rural schools share teachers online? ' +
        'State your claim, give at least two reasons with evidence, and answer the strongest counter-claim.',
      rubricId: rubric.id,
      reviewsPerSubmission: 2,
      anonymity: 'DOUBLE_BLIND',
      crossSchoolOnly: true,
      acceptLateEssays: true,
      submissionDueAt: new Date(now - day),
      reviewDueAt: new Date(now + 5 * day),
      feedbackReleaseAt: new Date(now + 7 * day),
      phase: 'REVIEW',
      phaseChangedAt: new Date(now - day),
      reviewsAllocatedAt: new Date(now - day),
      pseudonymSeed: randomInt(2_147_483_647),
    }),
  );
  const submissions: Submission[] = [];
  for (const cls of classes) {
    await m.insert(ExchangeClass, {
      exchangeId: exchange.id,
      classId: cls.id,
      schoolId: cls.schoolId,
      addedById: cls.teacherId,
      status: 'JOINED',
      invitedTeacherId: cls.teacherId === ruth.id ? null : cls.teacherId,
    });
    const enrolled = await m
      .getRepository(Enrollment)
      .createQueryBuilder('e')
      .innerJoin('user', 'u', 'u.id = e.student_id')
      .where('e.class_id = :id', { id: cls.id })
      .orderBy('u.username', 'ASC')
      .getMany();
    // The last student of each class has not submitted yet.
    for (const e of enrolled.slice(0, 4)) {
      const body = ESSAYS[submissions.length % ESSAYS.length]!;
      submissions.push(
        await m.save(
          m.create(Submission, {
            exchangeId: exchange.id,
            studentId: e.studentId,
            classId: cls.id,
            schoolId: cls.schoolId,
            pseudonym: pseudonymFor(exchange.pseudonymSeed, submissions.length),
            body,
            submittedBody: body,
            status: 'SUBMITTED',
            submittedAt: new Date(now - 2 * day + submissions.length * 60_000),
          }),
        ),
      );
    }
  }
  // The same allocation the server makes when essays close.
  await new ReviewAllocationService(new CalibrationProgressService()).allocate(m, exchange);
  await seedGiveawayDraft(m, exchange, submissions.length);
}

/**
 * tok.student5's late essay, still a draft, names their town: submitting it shows the warning that
 * reviewers at the other school would learn where the writer is.
 */
async function seedGiveawayDraft(m: EntityManager, exchange: Exchange, taken: number): Promise<void> {
  const student = await m.getRepository(User).findOneBy({ username: 'tok.student5' });
  const enrolment = student && (await m.getRepository(Enrollment).findOneBy({ studentId: student.id }));
  const cls = enrolment && (await m.getRepository(SchoolClass).findOneBy({ id: enrolment.classId }));
  if (!student || !cls) return;
  await m.insert(Submission, {
    exchangeId: exchange.id,
    studentId: student.id,
    classId: cls.id,
    schoolId: cls.schoolId,
    pseudonym: pseudonymFor(exchange.pseudonymSeed, taken),
    body: 'Here in Tok the nearest physics teacher is hours away, so sharing teachers online is our only real chance to take it.',
    status: 'DRAFT',
  });
}
