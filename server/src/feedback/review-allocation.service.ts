import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  isAccurate,
  allocateReviews,
  assignLate,
  fillShortfalls,
  reassignStale,
  type Allocation,
  type AllocationChange,
  type AllocationState,
  type AllocationSubmission,
  type ReviewPair,
} from '@switchback/shared';
import type { Exchange } from './exchange.entity.js';
import { PeerReview } from './peer-review.entity.js';
import { Submission } from './submission.entity.js';
import { CalibrationProgressService } from './student-calibration/calibration-progress.service.js';

/** Rows per INSERT when a whole exchange is allocated at once. */
const INSERT_CHUNK = 1000;

const toAllocation = (s: Submission): AllocationSubmission => ({
  id: s.id,
  studentId: s.studentId,
  classId: s.classId,
  schoolId: s.schoolId,
  submittedAt: s.submittedAt ?? s.updatedAt,
});

/**
 * Who reviews whom, kept in `peer_review` rows and decided by the pure allocation of
 * `@switchback/shared`: the whole exchange when it enters REVIEW, then one step at a time (a late
 * essay, a reviewer who starts, reviews nobody started by the due date, a hidden review to rewrite).
 * Reviewers are the students who submitted an essay. Every method runs inside the caller's transaction
 * with the exchange row locked FOR UPDATE, so steps of one exchange never interleave.
 */
@Injectable()
export class ReviewAllocationService {
  private readonly logger = new Logger('ReviewAllocation');

  constructor(private readonly calibration: CalibrationProgressService) {}

  /** The exchange's allocation as it stands, rebuilt from its rows; calibrated reviewers marked. */
  async state(m: EntityManager, exchange: Exchange): Promise<AllocationState> {
    // One after another: a transaction is one connection, which runs one query at a time.
    const submissions = await m.getRepository(Submission).find({
      where: { exchangeId: exchange.id, status: 'SUBMITTED' },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const reviews = await m.getRepository(PeerReview).find({
      where: { exchangeId: exchange.id },
      select: { submissionId: true, reviewerId: true, status: true, hiddenAt: true },
    });
    const accuracy = await this.calibration.accuracies(m, exchange.id);
    const calibrated = new Set([...accuracy].filter(([, a]) => isAccurate(a.accuracy)).map(([id]) => id));
    return allocationState(exchange, submissions, reviews, calibrated);
  }

  /** The first allocation, when the exchange enters REVIEW (once). */
  async allocate(m: EntityManager, exchange: Exchange): Promise<Allocation> {
    const state = await this.state(m, exchange);
    const allocation = allocateReviews(state);
    await this.insert(m, exchange.id, allocation.assignments);
    this.logger.log(
      `Exchange ${exchange.id}: ${allocation.summary.reviews} reviews for ${state.submissions.length} essays` +
        (allocation.shortfalls.length ? `, ${allocation.shortfalls.length} essays short of reviewers` : ''),
    );
    return allocation;
  }

  /** An essay submitted after the first allocation: its author joins the pool, reviewers who started take it. */
  async late(m: EntityManager, exchange: Exchange, submission: Submission): Promise<AllocationChange> {
    const state = await this.state(m, exchange);
    const available = await this.activeReviewers(m, exchange.id);
    return this.apply(m, exchange.id, assignLate(state, toAllocation(submission), { available }));
  }

  /**
   * A reviewer starts (or finishes) a review: essays still short of reviewers may go to them. Runs on
   * every start and send, so it first asks one cheap question: is any essay short at all?
   */
  async reviewerAvailable(m: EntityManager, exchange: Exchange, reviewerId: string): Promise<AllocationChange | null> {
    const [short] = await m.query(
      `SELECT 1 FROM submission s
        WHERE s.exchange_id = $1 AND s.status = 'SUBMITTED'
          AND (SELECT count(*) FROM peer_review r WHERE r.submission_id = s.id
                AND r.status <> 'REASSIGNED' AND r.hidden_at IS NULL) < $2
        LIMIT 1`,
      [exchange.id, exchange.reviewsPerSubmission],
    );
    if (!short) return null;
    const state = await this.state(m, exchange);
    return this.apply(m, exchange.id, fillShortfalls(state, { available: [reviewerId] }));
  }

  /** A hidden review is written again by someone else (anyone with room, finished reviewers first). */
  async replace(m: EntityManager, exchange: Exchange, submissionId: string): Promise<AllocationChange> {
    const state = await this.state(m, exchange);
    const finished = await this.finishedReviewers(m, exchange.id);
    const first = fillShortfalls(state, { submissionIds: [submissionId], available: finished });
    if (first.added.length > 0 || finished.length === state.reviewers.length) return this.apply(m, exchange.id, first);
    return this.apply(m, exchange.id, fillShortfalls(state, { submissionIds: [submissionId] }));
  }

  /**
   * Reviews assigned before the review due date and still not started go to students who have
   * finished all of theirs (`only`: just these finished reviewers, e.g. one who has just finished).
   */
  async reassignStale(m: EntityManager, exchange: Exchange, only?: string[]): Promise<AllocationChange | null> {
    const stale = await m
      .getRepository(PeerReview)
      .createQueryBuilder('r')
      .select(['r.submissionId', 'r.reviewerId'])
      .where("r.exchange_id = :id AND r.status = 'ASSIGNED' AND r.assigned_at < :due", {
        id: exchange.id,
        due: exchange.reviewDueAt,
      })
      .getMany();
    if (stale.length === 0) return null;
    const finished = only ?? (await this.finishedReviewers(m, exchange.id));
    if (finished.length === 0) return null;
    const state = await this.state(m, exchange);
    return this.apply(m, exchange.id, reassignStale(state, stale, finished));
  }

  /** Reviewers who have started or finished at least one review. */
  private async activeReviewers(m: EntityManager, exchangeId: string): Promise<string[]> {
    const rows: { reviewer_id: string }[] = await m.query(
      `SELECT DISTINCT reviewer_id FROM peer_review WHERE exchange_id = $1 AND status IN ('STARTED', 'SUBMITTED')`,
      [exchangeId],
    );
    return rows.map((r) => r.reviewer_id);
  }

  /** Reviewers whose current reviews are all submitted. */
  private async finishedReviewers(m: EntityManager, exchangeId: string): Promise<string[]> {
    const rows: { reviewer_id: string }[] = await m.query(
      `SELECT reviewer_id FROM peer_review
        WHERE exchange_id = $1 AND status <> 'REASSIGNED'
        GROUP BY reviewer_id HAVING bool_and(status = 'SUBMITTED')`,
      [exchangeId],
    );
    return rows.map((r) => r.reviewer_id);
  }

  private async apply(m: EntityManager, exchangeId: string, change: AllocationChange): Promise<AllocationChange> {
    if (change.removed.length > 0) {
      await m.query(
        `UPDATE peer_review SET status = 'REASSIGNED', updated_at = now()
          WHERE exchange_id = $1 AND status = 'ASSIGNED'
            AND (submission_id, reviewer_id) IN (SELECT * FROM unnest($2::uuid[], $3::uuid[]))`,
        [exchangeId, change.removed.map((p) => p.submissionId), change.removed.map((p) => p.reviewerId)],
      );
    }
    await this.insert(m, exchangeId, change.added);
    return change;
  }

  private async insert(m: EntityManager, exchangeId: string, pairs: readonly ReviewPair[]): Promise<void> {
    for (let i = 0; i < pairs.length; i += INSERT_CHUNK) {
      const rows = pairs.slice(i, i + INSERT_CHUNK).map((p) => ({ exchangeId, ...p, status: 'ASSIGNED' as const }));
      await m.createQueryBuilder().insert().into(PeerReview).values(rows).orIgnore().execute();
    }
  }
}

/**
 * The allocation state of an exchange from its submitted essays and its review rows: current pairs,
 * and pairs taken away (reassigned or hidden), which are never given again.
 */
export function allocationState(
  exchange: Exchange,
  submitted: readonly Submission[],
  reviews: readonly Pick<PeerReview, 'submissionId' | 'reviewerId' | 'status' | 'hiddenAt'>[],
  calibrated?: ReadonlySet<string>,
): AllocationState {
  const essays = submitted.filter((s) => s.status === 'SUBMITTED');
  const assignments: ReviewPair[] = [];
  const released: ReviewPair[] = [];
  for (const r of reviews) {
    const pair = { submissionId: r.submissionId, reviewerId: r.reviewerId };
    (r.status === 'REASSIGNED' || r.hiddenAt ? released : assignments).push(pair);
  }
  return {
    k: exchange.reviewsPerSubmission,
    crossSchoolOnly: exchange.crossSchoolOnly,
    seed: exchange.id,
    submissions: essays.map(toAllocation),
    reviewers: essays.map((s) => ({
      studentId: s.studentId,
      classId: s.classId,
      schoolId: s.schoolId,
      ...(calibrated ? { calibrated: calibrated.has(s.studentId) } : {}),
    })),
    assignments,
    released,
  };
}
