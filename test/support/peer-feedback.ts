/** A two-school peer-feedback exchange for API scenarios: people, classes, a rubric, and the operations. */
import { expect } from '@jest/globals';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { ExchangePhasesService } from '../../server/src/feedback/exchange-phases.service.js';
import {
  addToGroup,
  createClass,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from './factories.js';
import type { GqlResult, TestServer } from './harness.js';

export type Signed = TestPerson & { token: string; name: string };

export const DAY = 86_400_000;

export const ASSIGNMENT = `id exchangeId status authorPseudonym essay essayWordCount strength nextStep dueAt
  startedAt submittedAt hidden criteria { criterionId title points levelLabel comment }`;
export const RECEIVED = `id reviewerLabel strength nextStep score maxScore submittedAt helpfulness
  helpfulnessComment flagOpen hidden criteria { criterionId title points levelLabel comment }`;
export const RESULTS = `exchangeId maxScore allocationNotes
  classes { label isMine students submitted late reviewsAssigned reviewsSubmitted }
  schools { label isMine students submitted late reviewsAssigned reviewsSubmitted }
  criteria { criterionId title averagePoints levels { points label count } }
  helpfulness { label isMine reviewsSubmitted ratings averageHelpfulness }
  flags { id reviewId reason status resolution authorLabel reviewerLabel review { ${RECEIVED} } }
  students { student { id displayName } pseudonym status late averageScore reviewsAssigned reviewsSubmitted
    received { ${RECEIVED} } }`;

export const OPS = {
  create: `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id phase } }`,
  invite: `mutation($e: ID!, $t: ID!) { inviteClassToExchange(exchangeId: $e, teacherId: $t) { id } }`,
  addClass: `mutation($e: ID!, $c: ID!) { addClassToExchange(exchangeId: $e, classId: $c) { id } }`,
  advance: `mutation($e: ID!) { advanceExchangePhase(exchangeId: $e) { id phase } }`,
  // $anyway: submit an essay that names its writer (tests whose texts carry names or markers on purpose).
  submitEssay: `mutation($e: ID!, $body: String!, $anyway: Boolean) {
    submitEssay(exchangeId: $e, body: $body, submitAnyway: $anyway) { id pseudonym status } }`,
  exchange: `query($id: ID!) { exchange(id: $id) { id phase submissionOpen mySubmission { pseudonym status }
    myFeedback { ${RECEIVED} } classes { className schoolName participants { pseudonym student { displayName } } } } }`,
  assignments: `query($e: ID!) { myReviewAssignments(exchangeId: $e) { ${ASSIGNMENT} } }`,
  start: `mutation($id: ID!) { startReview(reviewId: $id) { ${ASSIGNMENT} } }`,
  draft: `mutation($input: ReviewInput!) { saveReviewDraft(input: $input) { ${ASSIGNMENT} } }`,
  submit: `mutation($input: ReviewInput!) { submitReview(input: $input) { ${ASSIGNMENT} } }`,
  rate: `mutation($input: RateReviewInput!) { rateReview(input: $input) { ${RECEIVED} } }`,
  flag: `mutation($input: FlagReviewInput!) { flagReview(input: $input) { ${RECEIVED} } }`,
  resolve: `mutation($input: ResolveFlagInput!) { resolveFlag(input: $input) { id status resolution reviewerLabel authorLabel } }`,
  results: `query($e: ID!) { exchangeResults(exchangeId: $e) { ${RESULTS} } }`,
};

export interface Assignment {
  id: string;
  status: string;
  authorPseudonym: string;
  essay: string;
  hidden: boolean;
  criteria: { criterionId: string; points: number | null; comment: string }[];
}

export const CRITERIA = [
  {
    id: 'claim',
    title: 'Claim',
    weight: 2,
    levels: [
      { points: 1, label: 'Beginning', descriptor: 'No clear claim.' },
      { points: 2, label: 'Developing', descriptor: 'A claim, but vague.' },
      { points: 3, label: 'Strong', descriptor: 'A clear, arguable claim.' },
    ],
  },
  {
    id: 'evidence',
    title: 'Evidence',
    weight: 1,
    levels: [
      { points: 0, label: 'Missing', descriptor: 'No evidence.' },
      { points: 2, label: 'Some', descriptor: 'Some relevant evidence.' },
      { points: 4, label: 'Strong', descriptor: 'Relevant, cited evidence.' },
    ],
  },
];

/** A complete, kind review of `a` choosing the given points for claim and evidence. */
export function reviewOf(a: Pick<Assignment, 'id'>, claim = 3, evidence = 2) {
  return {
    reviewId: a.id,
    levels: [
      { criterionId: 'claim', points: claim },
      { criterionId: 'evidence', points: evidence },
    ],
    comments: [
      { criterionId: 'claim', text: 'Your claim is clear in the first paragraph.' },
      { criterionId: 'evidence', text: 'Add a source for the second reason you give.' },
    ],
    strength: 'The opening question pulls the reader in.',
    nextStep: 'Answer the strongest counter-argument before you conclude.',
  };
}

export async function ok<T>(res: Promise<GqlResult<T>>): Promise<T> {
  const r = await res;
  expect(r.errors).toBeUndefined();
  return r.data!;
}

export interface TwoSchools {
  net: TestNetwork;
  a: Signed;
  b: Signed;
  /** Students of teacher A's class (school 0) and of teacher B's class (school 1). */
  studentsA: Signed[];
  studentsB: Signed[];
  classA: { id: string };
  classB: { id: string };
  rubricId: string;
  /** The job-alike group of teachers A and B. */
  groupId: string;
}

/** Two schools; teachers A and B share a job-alike group; each teaches a class of `perClass` students. */
export async function twoSchools(server: TestServer, perClass = 3): Promise<TwoSchools> {
  const net = await createNetwork(server.db, 2);
  const tag = net.network.slug.slice(4);
  const person = async (role: 'TEACHER' | 'STUDENT', school: number, name: string): Promise<Signed> => {
    const p = await createPerson(server.db, net, role, { school: net.schools[school], name });
    return { ...p, name, token: await signIn(server, p.login) };
  };
  const a = await person('TEACHER', 0, `Teacher Ashdown ${tag}`);
  const b = await person('TEACHER', 1, `Teacher Birchwood ${tag}`);
  const group = await createGroup(server.db, net, { subject: 'English Language Arts' });
  await addToGroup(server.db, group, a);
  await addToGroup(server.db, group, b);
  const studentsA: Signed[] = [];
  const studentsB: Signed[] = [];
  for (let i = 1; i <= perClass; i++) {
    studentsA.push(await person('STUDENT', 0, `Alder Student${i} ${tag}`));
    studentsB.push(await person('STUDENT', 1, `Bramble Student${i} ${tag}`));
  }
  const classA = await createClass(server.db, net, a, studentsA);
  const classB = await createClass(server.db, net, b, studentsB);
  const rubric = await ok(
    server.gql<{ createRubric: { id: string } }>(
      `mutation($input: CreateRubricInput!) { createRubric(input: $input) { id } }`,
      { input: { networkId: net.network.id, title: 'Argument', criteria: CRITERIA } },
      { token: a.token },
    ),
  );
  return { net, a, b, studentsA, studentsB, classA, classB, rubricId: rubric.createRubric.id, groupId: group.id };
}

/** Teacher A's exchange with both classes, open for essays. */
export async function openExchange(server: TestServer, w: TwoSchools, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  const created = await ok(
    server.gql<{ createExchange: { id: string } }>(
      OPS.create,
      {
        input: {
          networkId: w.net.network.id,
          title: 'Should rural schools share teachers?',
          prompt: 'Write an argumentative essay.',
          rubricId: w.rubricId,
          reviewsPerSubmission: 2,
          submissionDueAt: new Date(now + 2 * DAY).toISOString(),
          reviewDueAt: new Date(now + 4 * DAY).toISOString(),
          feedbackReleaseAt: new Date(now + 5 * DAY).toISOString(),
          classIds: [w.classA.id],
          ...extra,
        },
      },
      { token: w.a.token },
    ),
  );
  const id = created.createExchange.id;
  await ok(server.gql(OPS.invite, { e: id, t: w.b.user.id }, { token: w.a.token }));
  await ok(server.gql(OPS.addClass, { e: id, c: w.classB.id }, { token: w.b.token }));
  await ok(server.gql(OPS.advance, { e: id }, { token: w.a.token }));
  return id;
}

/**
 * Time travel for one exchange: everything that has happened in it so far moves an hour into the
 * past (essays, reviews, deadlines already passed), then `field` is set to a minute ago. Order is kept:
 * what was on time stays on time, and what comes next happens after the deadline.
 */
export async function pass(
  server: TestServer,
  exchangeId: string,
  field: 'submissionDueAt' | 'reviewDueAt' | 'feedbackReleaseAt',
) {
  const hour = "interval '1 hour'";
  await server.db.transaction(async (m) => {
    await m.query(`UPDATE submission SET submitted_at = submitted_at - ${hour} WHERE exchange_id = $1`, [exchangeId]);
    await m.query(
      `UPDATE peer_review SET assigned_at = assigned_at - ${hour}, started_at = started_at - ${hour},
              submitted_at = submitted_at - ${hour} WHERE exchange_id = $1`,
      [exchangeId],
    );
    await m.query(
      `UPDATE exchange SET
         submission_due_at = CASE WHEN submission_due_at < now() THEN submission_due_at - ${hour} ELSE submission_due_at END,
         review_due_at = CASE WHEN review_due_at < now() THEN review_due_at - ${hour} ELSE review_due_at END,
         feedback_release_at = CASE WHEN feedback_release_at < now() THEN feedback_release_at - ${hour} ELSE feedback_release_at END,
         reviews_allocated_at = reviews_allocated_at - ${hour},
         stale_reviews_reassigned_at = stale_reviews_reassigned_at - ${hour}
       WHERE id = $1`,
      [exchangeId],
    );
    const column = {
      submissionDueAt: 'submission_due_at',
      reviewDueAt: 'review_due_at',
      feedbackReleaseAt: 'feedback_release_at',
    }[field];
    await m.query(`UPDATE exchange SET ${column} = now() - interval '1 minute' WHERE id = $1`, [exchangeId]);
  });
  expect((await server.db.getRepository(Exchange).findOneByOrFail({ id: exchangeId }))[field].getTime()).toBeLessThan(
    Date.now(),
  );
}

/** Runs the scheduled job once, as every server process does each minute. */
export function runJob(server: TestServer): Promise<number> {
  return server.app.get(ExchangePhasesService).runDue();
}

export async function assignmentsOf(server: TestServer, exchangeId: string, s: Signed): Promise<Assignment[]> {
  const data = await ok(
    server.gql<{ myReviewAssignments: Assignment[] }>(OPS.assignments, { e: exchangeId }, { token: s.token }),
  );
  return data.myReviewAssignments;
}
