/** Exchanges with sent reviews, for the endorsed-reviews specs and scenarios. */
import type { TestServer } from './harness.js';
import { assignmentsOf, ok, openExchange, OPS, pass, reviewOf, runJob, type TwoSchools } from './peer-feedback.js';

export const ENDORSEMENT_OPS = {
  endorse: `mutation($input: EndorseReviewInput!) { endorseReview(input: $input) {
    id reviewId status note endorsedBy endorsedByMe reviewerLabel authorLabel mayApprove mayWithdraw } }`,
  approve: `mutation($id: ID!) { approveEndorsement(endorsementId: $id) { id status mayApprove } }`,
  withdraw: `mutation($id: ID!) { withdrawEndorsement(endorsementId: $id) }`,
  list: `query($e: ID!) { reviewEndorsements(exchangeId: $e) { id reviewId status note endorsedBy endorsedByMe
    reviewerLabel authorLabel mayApprove mayWithdraw review { id reviewerLabel strength } } }`,
  examples: `query($e: ID!) { exampleReviews(exchangeId: $e) { id reviewerPseudonym exchangeTitle sameRubric
    comments { criterionTitle comment } strength nextStep note approvedAt } }`,
};

/** One sent review: who wrote it and whose essay it answers (user ids). */
export interface SentReview {
  id: string;
  reviewerId: string;
  authorId: string;
}

/**
 * Teacher A's exchange with both classes, through essays (each carrying `essayMarker`) to every
 * review sent, with each reviewer's strength made distinct (`Strength <n>`). Still in REVIEW.
 */
export async function reviewedExchange(
  server: TestServer,
  w: TwoSchools,
  essayMarker: string,
  extra: Record<string, unknown> = {},
): Promise<{ exchangeId: string; reviews: SentReview[] }> {
  const exchangeId = await openExchange(server, w, { title: 'Should towns keep their libraries?', ...extra });
  const students = [...w.studentsA, ...w.studentsB];
  for (const s of students)
    await ok(
      server.gql(
        OPS.submitEssay,
        { e: exchangeId, body: `${essayMarker} Libraries keep a town together because everyone may come in.` },
        { token: s.token },
      ),
    );
  await pass(server, exchangeId, 'submissionDueAt');
  await runJob(server);
  let n = 0;
  for (const s of students)
    for (const a of await assignmentsOf(server, exchangeId, s))
      await ok(
        server.gql(
          OPS.submit,
          { input: { ...reviewOf(a), strength: `Strength ${++n}: the opening question pulls the reader in.` } },
          { token: s.token },
        ),
      );
  const reviews = await server.db.query<{ id: string; reviewer_id: string; author_id: string }[]>(
    `SELECT r.id, r.reviewer_id, s.student_id AS author_id FROM peer_review r JOIN submission s ON s.id = r.submission_id
      WHERE r.exchange_id = $1 AND r.status = 'SUBMITTED' ORDER BY r.submitted_at, r.id`,
    [exchangeId],
  );
  return { exchangeId, reviews: reviews.map((r) => ({ id: r.id, reviewerId: r.reviewer_id, authorId: r.author_id })) };
}

/** A sent review written by one of `reviewers` on an essay by one of `authors`. */
export function reviewBy(
  reviews: SentReview[],
  reviewers: { user: { id: string } }[],
  authors: { user: { id: string } }[],
) {
  const found = reviews.find(
    (r) => reviewers.some((p) => p.user.id === r.reviewerId) && authors.some((p) => p.user.id === r.authorId),
  );
  if (!found) throw new Error('no such review in the exchange');
  return found;
}
