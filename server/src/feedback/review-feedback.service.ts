import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { anonymousReviewerLabel } from '@switchback/shared';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { FlagReviewInput, RateReviewInput } from './dto/review.input.js';
import type { ReceivedReview } from './dto/review.types.js';
import { ExchangeAccessService, type ExchangeViewer } from './exchange-access.service.js';
import type { Exchange } from './exchange.entity.js';
import { PeerReview } from './peer-review.entity.js';
import { ReviewFlag } from './review-flag.entity.js';
import { receivedView } from './review-view.js';
import { Rubric } from './rubric.entity.js';
import { Submission } from './submission.entity.js';

const released = (exchange: Exchange) => exchange.phase === 'FEEDBACK' || exchange.phase === 'CLOSED';

/**
 * The author's side of peer review: once feedback is released, the reviews of their essay that a
 * teacher has not hidden — reviewers named only by pseudonym, or not at all — and the author's
 * helpfulness ratings and flags. Hidden reviews never reach the author.
 */
@Injectable()
export class ReviewFeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Reviews of the student's own essay; null before feedback is released (and for teachers). */
  async received(viewer: ExchangeViewer): Promise<ReceivedReview[] | null> {
    if (viewer.role !== 'STUDENT' || !released(viewer.exchange)) return null;
    const essay = await this.db
      .getRepository(Submission)
      .findOneBy({ exchangeId: viewer.exchange.id, studentId: viewer.userId });
    if (!essay) return [];
    const reviews = await this.db.getRepository(PeerReview).find({
      where: { submissionId: essay.id, status: 'SUBMITTED', hiddenAt: IsNull() },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    return this.authorViews(this.db.manager, viewer.exchange, reviews, viewer.userId);
  }

  async rate(userId: string, input: RateReviewInput): Promise<ReceivedReview> {
    return this.db.transaction(async (m) => {
      const { exchange, review } = await this.ownReceived(m, userId, input.reviewId);
      await m.update(PeerReview, review.id, {
        helpfulness: input.helpfulness,
        helpfulnessComment: input.comment?.trim() || null,
      });
      return this.one(m, exchange, review, userId);
    });
  }

  /** The author reports a review; their teacher and the reviewer's teacher are told. */
  async flag(userId: string, input: FlagReviewInput): Promise<ReceivedReview> {
    const { created, result } = await this.db.transaction(async (m) => {
      const { exchange, review } = await this.ownReceived(m, userId, input.reviewId);
      const open = await m
        .getRepository(ReviewFlag)
        .findOneBy({ reviewId: review.id, flaggedById: userId, status: 'OPEN' });
      let created: Awaited<ReturnType<NotificationsService['create']>> = [];
      if (!open) {
        await m.insert(ReviewFlag, {
          exchangeId: exchange.id,
          reviewId: review.id,
          flaggedById: userId,
          reason: input.reason,
        });
        created = await this.notifications.create(m, {
          userIds: await this.teachersOf(m, review),
          networkId: exchange.networkId,
          kind: 'REVIEW_FLAGGED',
          text: `A student flagged a review in "${exchange.title}": please look at it.`,
        });
      }
      return { created, result: await this.one(m, exchange, review, userId) };
    });
    await this.notifications.push(created);
    return result;
  }

  /** The teachers of the essay's author and of the reviewer. */
  async teachersOf(m: EntityManager, review: PeerReview): Promise<string[]> {
    const rows: { teacher_id: string }[] = await m.query(
      `SELECT c.teacher_id FROM submission s JOIN class c ON c.id = s.class_id
        WHERE s.id = $1 OR (s.exchange_id = $2 AND s.student_id = $3)
        GROUP BY c.teacher_id`,
      [review.submissionId, review.exchangeId, review.reviewerId],
    );
    return rows.map((r) => r.teacher_id);
  }

  /** A released, visible review of the caller's own essay; anything else is "not found". */
  private async ownReceived(m: EntityManager, userId: string, reviewId: string) {
    const review = await m.getRepository(PeerReview).findOneBy({ id: reviewId });
    const essay = review && (await m.getRepository(Submission).findOneBy({ id: review.submissionId }));
    if (!review || !essay || essay.studentId !== userId || review.status !== 'SUBMITTED' || review.hiddenAt) {
      throw notFound('review');
    }
    const viewer = await this.exchanges.viewer(userId, review.exchangeId, m).catch(() => null);
    if (!viewer || viewer.role !== 'STUDENT') throw notFound('review');
    if (!released(viewer.exchange)) throw forbidden('Feedback has not been released yet.');
    if (viewer.exchange.phase === 'CLOSED') throw badInput('This exchange is closed: ratings and flags are final.');
    return { exchange: viewer.exchange, review };
  }

  private async one(m: EntityManager, exchange: Exchange, review: PeerReview, authorId: string) {
    const siblings = await m.getRepository(PeerReview).find({
      where: { submissionId: review.submissionId, status: 'SUBMITTED', hiddenAt: IsNull() },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const views = await this.authorViews(m, exchange, siblings, authorId);
    return views.find((v) => v.id === review.id)!;
  }

  /** Reviews as the author sees them: by the reviewer's pseudonym (double-blind) or "Reviewer n". */
  private async authorViews(
    m: EntityManager,
    exchange: Exchange,
    reviews: PeerReview[],
    authorId: string,
  ): Promise<ReceivedReview[]> {
    if (reviews.length === 0) return [];
    const ids = reviews.map((r) => r.id);
    // One after another: `m` may be a transaction, one connection running one query at a time.
    const rubric = await m.getRepository(Rubric).findOneByOrFail({ id: exchange.rubricId });
    const reviewers = await m.getRepository(Submission).find({
      where: { exchangeId: exchange.id, studentId: In(reviews.map((r) => r.reviewerId)) },
      select: { studentId: true, pseudonym: true },
    });
    const flags = await m
      .getRepository(ReviewFlag)
      .findBy({ reviewId: In(ids), flaggedById: authorId, status: 'OPEN' });
    return reviews.map((r, i) => {
      const label =
        exchange.anonymity === 'DOUBLE_BLIND'
          ? (reviewers.find((s) => s.studentId === r.reviewerId)?.pseudonym ?? anonymousReviewerLabel(i))
          : anonymousReviewerLabel(i);
      return receivedView(
        rubric.criteria,
        r,
        label,
        flags.some((f) => f.reviewId === r.id),
        exchange.phase === 'FEEDBACK',
      );
    });
  }
}
