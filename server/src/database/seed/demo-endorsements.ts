import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { pseudonymFor, scoreRubric } from '@switchback/shared';
import { User } from '../../auth/user.entity.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { ReviewEndorsement } from '../../feedback/endorsements/review-endorsement.entity.js';
import { ExchangeClass } from '../../feedback/exchange-class.entity.js';
import { Exchange } from '../../feedback/exchange.entity.js';
import { PeerReview } from '../../feedback/peer-review.entity.js';
import { Rubric } from '../../feedback/rubric.entity.js';
import { Submission } from '../../feedback/submission.entity.js';
import type { Network } from '../../networks/network.entity.js';

const day = 86_400_000;

const ESSAY =
  'Our town should keep its library open on Saturdays. Many families work all week, and Saturday is the only day ' +
  'children can borrow books. The library is also the only place with free internet. Some people say it costs too ' +
  'much, but volunteers could help run it.';

/**
 * Last term's closed exchange on the Language Arts rubric, between Ruth Okada's and Nora
 * Fairweather's classes, with one review by a Lyle student of a Tok student's essay that Ruth
 * endorsed and Nora approved: the example students of the demo exchange read before they review.
 * Call after `seedDemoFeedback` (it needs the rubric).
 */
export async function seedDemoEndorsements(
  m: EntityManager,
  network: Network,
  users: Map<string, User>,
): Promise<void> {
  const ruth = users.get('ruth.okada')!;
  const nora = users.get('nora.fairweather')!;
  const writer = await m.getRepository(User).findOneBy({ username: 'tok.student2' });
  const reviewer = await m.getRepository(User).findOneBy({ username: 'lyle.student3' });
  const rubric = await m
    .getRepository(Rubric)
    .findOneBy({ networkId: network.id, title: 'Argument peer-editing rubric' });
  const tok = await m.getRepository(SchoolClass).findOneBy({ networkId: network.id, teacherId: ruth.id });
  const lyle = await m.getRepository(SchoolClass).findOneBy({ networkId: network.id, teacherId: nora.id });
  if (!rubric || !tok || !lyle || !writer || !reviewer) return;
  const now = Date.now();
  const exchange = await m.save(
    m.create(Exchange, {
      networkId: network.id,
      ownerId: ruth.id,
      title: 'Should our town keep the library open on Saturdays?',
      prompt: 'Write a short argument (250–400 words) for or against opening the town library on Saturdays.',
      rubricId: rubric.id,
      reviewsPerSubmission: 2,
      anonymity: 'DOUBLE_BLIND',
      crossSchoolOnly: true,
      acceptLateEssays: false,
      submissionDueAt: new Date(now - 120 * day),
      reviewDueAt: new Date(now - 113 * day),
      feedbackReleaseAt: new Date(now - 110 * day),
      phase: 'CLOSED',
      phaseChangedAt: new Date(now - 100 * day),
      reviewsAllocatedAt: new Date(now - 120 * day),
      pseudonymSeed: randomInt(2_147_483_647),
    }),
  );
  for (const cls of [tok, lyle])
    await m.insert(ExchangeClass, {
      exchangeId: exchange.id,
      classId: cls.id,
      schoolId: cls.schoolId,
      addedById: cls.teacherId,
      status: 'JOINED',
      invitedTeacherId: cls.teacherId === ruth.id ? null : cls.teacherId,
    });
  const essay = (student: User, cls: SchoolClass, n: number, body: string) =>
    m.save(
      m.create(Submission, {
        exchangeId: exchange.id,
        studentId: student.id,
        classId: cls.id,
        schoolId: cls.schoolId,
        pseudonym: pseudonymFor(exchange.pseudonymSeed, n),
        body,
        submittedBody: body,
        status: 'SUBMITTED',
        submittedAt: new Date(now - 121 * day),
      }),
    );
  const written = await essay(writer, tok, 0, ESSAY);
  await essay(
    reviewer,
    lyle,
    1,
    'The library should stay closed on Saturdays so the town can pay for longer weekday hours.',
  );
  const levels = { claim: 3, evidence: 2, counterclaims: 3 };
  const review = await m.save(
    m.create(PeerReview, {
      exchangeId: exchange.id,
      submissionId: written.id,
      reviewerId: reviewer.id,
      status: 'SUBMITTED',
      levels,
      comments: {
        claim: 'Your first sentence says exactly what you want, so I knew your side right away. Keep it as it is.',
        evidence:
          'The free internet is a strong reason. Add one number, like how many people use the computers on a weekday, to make it hard to argue with.',
        counterclaims:
          'You answer the cost worry with volunteers. Say who the volunteers could be, for example high school students who need service hours.',
      },
      strength: 'You write about families who work all week, which made me care about your argument.',
      nextStep: 'Add one fact or number for each reason, then read your essay aloud to check it flows.',
      score: scoreRubric(rubric.criteria, levels).score,
      startedAt: new Date(now - 116 * day),
      submittedAt: new Date(now - 115 * day),
    }),
  );
  await m.insert(ReviewEndorsement, {
    reviewId: review.id,
    exchangeId: exchange.id,
    networkId: network.id,
    rubricRootId: rubric.rootId,
    endorsedById: ruth.id,
    note: 'Every comment names something in the essay and gives one thing to do next, kindly.',
    approvedById: nora.id,
    approvedAt: new Date(now - 105 * day),
  });
}
