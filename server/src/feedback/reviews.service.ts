import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  checkReviewComment,
  countWords,
  REVIEW_COMMENT_MESSAGE_IDS,
  REVIEW_LIMITS,
  reviewCommentProblem,
  scoreRubric,
  type RubricCriterion,
} from '@switchback/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { badInput, forbidden, notFound, translated } from '../common/errors.js';
import type { ReviewInput } from './dto/review.input.js';
import type { ReviewAssignment } from './dto/review.types.js';
import { ExchangeAccessService } from './exchange-access.service.js';
import { Exchange } from './exchange.entity.js';
import { PeerReview } from './peer-review.entity.js';
import { ReviewAllocationService } from './review-allocation.service.js';
import { criteriaView } from './review-view.js';
import { Rubric } from './rubric.entity.js';
import { Submission } from './submission.entity.js';
import { CalibrationProgressService } from './student-calibration/calibration-progress.service.js';

type Locked = { exchange: Exchange; review: PeerReview; criteria: RubricCriterion[] };

/**
 * The reviewer's side of peer review: the essays a student was asked to review, opening one (which
 * may bring them essays still waiting for reviewers), drafts, and submitting a review that passes the
 * rubric, the word list and the length floor. A review is only ever visible to its own reviewer here.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly exchanges: ExchangeAccessService,
    private readonly allocation: ReviewAllocationService,
    private readonly calibration: CalibrationProgressService,
  ) {}

  /** The student's reviews to write in an exchange (none before reviews begin). */
  async mine(userId: string, exchangeId: string): Promise<ReviewAssignment[]> {
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    if (viewer.role !== 'STUDENT') return [];
    const reviews = await this.db.getRepository(PeerReview).find({
      where: { exchangeId, reviewerId: userId, status: Not('REASSIGNED') },
      order: { assignedAt: 'ASC', id: 'ASC' },
    });
    return this.views(this.db.manager, viewer.exchange, reviews);
  }

  /** Opens a review (ASSIGNED → STARTED); essays still short of reviewers may come to this reviewer. */
  async start(userId: string, reviewId: string): Promise<ReviewAssignment> {
    return this.db.transaction(async (m) => {
      const { exchange, review, criteria } = await this.lockOwn(m, userId, reviewId);
      this.assertReviewing(exchange);
      await this.calibration.assertCalibrated(m, exchange.id, userId);
      if (review.status === 'ASSIGNED') {
        await m.update(PeerReview, review.id, { status: 'STARTED', startedAt: new Date() });
        if (exchange.phase === 'REVIEW') await this.allocation.reviewerAvailable(m, exchange, userId);
      }
      return this.one(m, exchange, review.id, criteria);
    });
  }

  /** Keeps a review in progress; nothing is checked but sizes and levels. */
  async saveDraft(userId: string, input: ReviewInput): Promise<ReviewAssignment> {
    return this.db.transaction(async (m) => {
      const locked = await this.lockOwn(m, userId, input.reviewId);
      this.assertReviewing(locked.exchange);
      await this.calibration.assertCalibrated(m, locked.exchange.id, userId);
      this.assertNotSent(locked.review);
      const { levels, comments } = this.parse(locked.criteria, input, false);
      await m.update(PeerReview, locked.review.id, {
        levels,
        comments,
        strength: input.strength.trim(),
        nextStep: input.nextStep.trim(),
        status: 'STARTED',
        startedAt: locked.review.startedAt ?? new Date(),
      });
      return this.one(m, locked.exchange, locked.review.id, locked.criteria);
    });
  }

  /** Sends a finished review: a level and a kind, long-enough comment for every criterion, a strength and a next step. */
  async submit(userId: string, input: ReviewInput): Promise<ReviewAssignment> {
    return this.db.transaction(async (m) => {
      const { exchange, review, criteria } = await this.lockOwn(m, userId, input.reviewId);
      this.assertReviewing(exchange);
      await this.calibration.assertCalibrated(m, exchange.id, userId);
      this.assertNotSent(review);
      const { levels, comments } = this.parse(criteria, input, true);
      const now = new Date();
      await m.update(PeerReview, review.id, {
        levels,
        comments,
        strength: input.strength.trim(),
        nextStep: input.nextStep.trim(),
        score: scoreRubric(criteria, levels).score,
        status: 'SUBMITTED',
        startedAt: review.startedAt ?? now,
        submittedAt: now,
      });
      if (exchange.phase === 'REVIEW') {
        if (now >= exchange.reviewDueAt)
          await this.allocation.reassignStale(m, exchange, await this.ifFinished(m, review));
        await this.allocation.reviewerAvailable(m, exchange, userId);
      }
      return this.one(m, exchange, review.id, criteria);
    });
  }

  /** Checks the levels and comments against the rubric; `complete` also asks for every part and the text rules. */
  private parse(criteria: RubricCriterion[], input: ReviewInput, complete: boolean) {
    const errors: Record<string, string> = {};
    const byId = new Map(criteria.map((c) => [c.id, c]));
    const levels: Record<string, number> = {};
    const comments: Record<string, string> = {};
    for (const l of input.levels) {
      const c = byId.get(l.criterionId);
      if (!c) throw badInput('That criterion is not part of this rubric: reload the page.');
      if (!c.levels.some((level) => level.points === l.points)) {
        const choices = c.levels.map((level) => `${level.label} (${level.points})`).join(', ');
        errors[`levels.${c.id}`] = `Choose one of the levels for ${c.title}: ${choices}.`;
      } else levels[c.id] = l.points;
    }
    for (const comment of input.comments) {
      const c = byId.get(comment.criterionId);
      if (!c) throw badInput('That criterion is not part of this rubric: reload the page.');
      comments[c.id] = comment.text.trim();
    }
    const rules = { blockedWords: this.config.reviewBlockedWords, minWords: this.config.reviewMinWords };
    const max = REVIEW_LIMITS.commentMax;
    // Each field's message id, for readers in another language (docs/i18n.md, "Errors from the API").
    const ids: Record<string, string> = {};
    // A draft may be unfinished (and is not shown to anyone): only its size is checked.
    const check = (field: string, text: string, what: string) => {
      if (errors[field]) return;
      const problem = complete
        ? checkReviewComment(text, what, rules)
        : text.trim().length > max
          ? `${what} is too long: keep it under ${max.toLocaleString('en-US')} characters.`
          : null;
      if (!problem) return;
      errors[field] = problem;
      ids[field] = REVIEW_COMMENT_MESSAGE_IDS[complete ? reviewCommentProblem(text, rules)!.kind : 'LONG'];
    };
    for (const c of criteria) {
      if (complete && levels[c.id] === undefined && !errors[`levels.${c.id}`]) {
        errors[`levels.${c.id}`] = `Choose a level for ${c.title}.`;
        ids[`levels.${c.id}`] = 'review.chooseLevel';
      }
      check(`comments.${c.id}`, comments[c.id] ?? '', `Your comment on ${c.title}`);
    }
    check('strength', input.strength, 'Your strength');
    check('nextStep', input.nextStep, 'Your next step');
    const messages = [...new Set(Object.values(errors))];
    const params = { min: rules.minWords, max, count: messages.length };
    if (messages.length === 1) {
      const field = Object.keys(errors)[0]!;
      throw translated(badInput(messages[0]!, errors), ids[field] ?? 'review.fix', params, ids);
    }
    if (messages.length > 1)
      throw translated(
        badInput(`Please fix ${messages.length} things before you send your review.`, errors),
        'review.fixMany',
        params,
        ids,
      );
    return { levels, comments };
  }

  /** The reviewer's own review with its exchange locked; anyone else's review is "not found". */
  private async lockOwn(m: EntityManager, userId: string, reviewId: string): Promise<Locked> {
    const found = await m.getRepository(PeerReview).findOneBy({ id: reviewId });
    if (!found || found.reviewerId !== userId || found.status === 'REASSIGNED') throw notFound('review');
    const viewer = await this.exchanges.viewer(userId, found.exchangeId, m).catch(() => null);
    if (!viewer || viewer.role !== 'STUDENT') throw notFound('review');
    const exchange = await m
      .getRepository(Exchange)
      .findOneOrFail({ where: { id: found.exchangeId }, lock: { mode: 'pessimistic_write' } });
    const review = await m.getRepository(PeerReview).findOneByOrFail({ id: reviewId });
    if (review.status === 'REASSIGNED') throw badInput('This review went to another student after its due date.');
    const rubric = await m.getRepository(Rubric).findOneByOrFail({ id: exchange.rubricId });
    return { exchange, review, criteria: rubric.criteria };
  }

  private assertReviewing(exchange: Exchange): void {
    if (exchange.phase === 'DRAFT' || exchange.phase === 'SUBMISSION') {
      throw forbidden('Reviews have not begun yet: they open when essays are in.');
    }
    if (exchange.phase === 'CLOSED') throw forbidden('This exchange is closed: reviews can no longer change.');
  }

  private assertNotSent(review: PeerReview): void {
    if (review.status === 'SUBMITTED') throw badInput('You already sent this review: it can no longer change.');
  }

  /** `[reviewer]` when all their current reviews are sent, else an empty list. */
  private async ifFinished(m: EntityManager, review: PeerReview): Promise<string[]> {
    const open = await m.getRepository(PeerReview).countBy({
      exchangeId: review.exchangeId,
      reviewerId: review.reviewerId,
      status: In(['ASSIGNED', 'STARTED']),
    });
    return open === 0 ? [review.reviewerId] : [];
  }

  /** The review as it now stands (re-read after the change), on the rubric already loaded. */
  private async one(
    m: EntityManager,
    exchange: Exchange,
    reviewId: string,
    criteria: RubricCriterion[],
  ): Promise<ReviewAssignment> {
    const review = await m.getRepository(PeerReview).findOneByOrFail({ id: reviewId });
    const [view] = await this.views(m, exchange, [review], criteria);
    return view!;
  }

  private async views(
    m: EntityManager,
    exchange: Exchange,
    reviews: PeerReview[],
    known?: RubricCriterion[],
  ): Promise<ReviewAssignment[]> {
    if (reviews.length === 0) return [];
    // One after another: `m` may be a transaction, one connection running one query at a time.
    const criteria = known ?? (await m.getRepository(Rubric).findOneByOrFail({ id: exchange.rubricId })).criteria;
    const essays = await m.getRepository(Submission).find({
      where: { id: In(reviews.map((r) => r.submissionId)) },
      select: { id: true, pseudonym: true, submittedBody: true },
    });
    return reviews.map((r) => {
      const essay = essays.find((s) => s.id === r.submissionId);
      const text = essay?.submittedBody ?? '';
      return {
        id: r.id,
        exchangeId: r.exchangeId,
        status: r.status,
        authorPseudonym: essay?.pseudonym ?? 'A writer',
        essay: text,
        essayWordCount: countWords(text),
        criteria: criteriaView(criteria, r),
        strength: r.strength,
        nextStep: r.nextStep,
        dueAt: exchange.reviewDueAt,
        startedAt: r.startedAt,
        submittedAt: r.submittedAt,
        hidden: r.hiddenAt !== null,
        editable:
          r.status !== 'SUBMITTED' &&
          r.hiddenAt === null &&
          (exchange.phase === 'REVIEW' || exchange.phase === 'FEEDBACK'),
      };
    });
  }
}
