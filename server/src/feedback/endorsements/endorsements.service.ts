import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { badInput, conflict } from '../../common/errors.js';
import { ExchangeResultsService } from '../exchange-results.service.js';
import type { PeerReview } from '../peer-review.entity.js';
import { receivedView } from '../review-view.js';
import { Rubric } from '../rubric.entity.js';
import type { EndorseReviewInput } from './dto/endorsement.input.js';
import type { ReviewEndorsementView } from './dto/endorsement.types.js';
import { EndorsementAccessService } from './endorsement-access.service.js';
import { ReviewEndorsement } from './review-endorsement.entity.js';

/** Why a review cannot be an example, or null when it can. */
function unfit(review: PeerReview): string | null {
  if (review.status !== 'SUBMITTED') return 'Only a sent review can be endorsed: this one is not finished yet.';
  if (review.hiddenAt) return 'This review is hidden from its author, so it cannot be an example.';
  return null;
}

/**
 * Teachers' side of endorsed reviews: a teacher who reads a sent review endorses it (approval is
 * implied when they teach its writer), the writer's own teacher approves it as an example or
 * declines, and either takes it back. The examples students read are `ExampleReviewsService`.
 */
@Injectable()
export class EndorsementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: EndorsementAccessService,
    private readonly results: ExchangeResultsService,
    private readonly audit: AuditService,
  ) {}

  /** The endorsements of an exchange's reviews the caller reads (of or by their own students). */
  async list(userId: string, exchangeId: string): Promise<ReviewEndorsementView[]> {
    const d = await this.results.load(userId, exchangeId);
    const endorsements = await this.db
      .getRepository(ReviewEndorsement)
      .find({ where: { exchangeId }, order: { createdAt: 'DESC', id: 'ASC' } });
    if (endorsements.length === 0) return [];
    const essays = new Map(d.submissions.map((s) => [s.id, s]));
    const teacherOfClass = new Map(d.classes.map((c) => [c.id, c.teacherId]));
    return endorsements.flatMap((e): ReviewEndorsementView[] => {
      const review = d.reviews.find((r) => r.id === e.reviewId);
      const essay = review && essays.get(review.submissionId);
      if (!review || !essay || !(d.mine.has(essay.studentId) || d.mine.has(review.reviewerId))) return [];
      const reviewerClass = d.essayOf.get(review.reviewerId)?.classId;
      const mayApprove = !!reviewerClass && teacherOfClass.get(reviewerClass) === userId;
      return [
        {
          id: e.id,
          reviewId: review.id,
          status: e.approvedAt ? 'APPROVED' : 'AWAITING_APPROVAL',
          note: e.note,
          endorsedBy: d.people.get(e.endorsedById)?.displayName ?? 'A teacher',
          endorsedByMe: e.endorsedById === userId,
          reviewerLabel: d.label(review.reviewerId),
          authorLabel: d.label(essay.studentId),
          mayApprove,
          mayWithdraw: mayApprove || e.endorsedById === userId,
          createdAt: e.createdAt,
          approvedAt: e.approvedAt,
          review: receivedView(d.criteria, review, d.label(review.reviewerId), false),
        },
      ];
    });
  }

  /** Endorses a sent, visible review; endorsing it again changes the note. */
  async endorse(userId: string, input: EndorseReviewInput): Promise<ReviewEndorsementView> {
    const id = await this.db.transaction(async (m) => {
      const ctx = this.access.assert(await this.access.forReview(userId, input.reviewId, m), 'endorse');
      const problem = unfit(ctx.review);
      if (problem) throw badInput(problem);
      const note = input.note?.trim() ?? '';
      if (ctx.endorsement) {
        if (ctx.endorsement.endorsedById !== userId)
          throw conflict('A colleague already endorsed this review: it is marked as endorsed.');
        await m.update(ReviewEndorsement, ctx.endorsement.id, { note });
        return ctx.endorsement.id;
      }
      const exchange = ctx.viewer.exchange;
      const rubric = await m.getRepository(Rubric).findOneByOrFail({ id: exchange.rubricId });
      // The writer's own teacher endorsing it approves it too.
      const approved = ctx.facts.reviewersTeacher;
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(ReviewEndorsement)
        .values({
          reviewId: ctx.review.id,
          exchangeId: exchange.id,
          networkId: exchange.networkId,
          rubricRootId: rubric.rootId,
          endorsedById: userId,
          note,
          approvedById: approved ? userId : null,
          approvedAt: approved ? new Date() : null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const row = (inserted.raw as { id: string }[])[0];
      if (!row) throw conflict('A colleague endorsed this review a moment ago: reload the page.');
      if (approved) await this.record(m, 'review.example_approve', userId, exchange.networkId, row.id, ctx.review);
      return row.id;
    });
    return this.view(userId, input.reviewId, id);
  }

  /** The writer's teacher approves an endorsed review as an example for other students. */
  async approve(userId: string, endorsementId: string): Promise<ReviewEndorsementView> {
    const reviewId = await this.db.transaction(async (m) => {
      const ctx = this.access.assert(await this.access.forEndorsement(userId, endorsementId, m), 'approve');
      const problem = unfit(ctx.review);
      if (problem) throw badInput(problem);
      if (!ctx.endorsement!.approvedAt) {
        await m.update(ReviewEndorsement, endorsementId, { approvedById: userId, approvedAt: new Date() });
        await this.record(
          m,
          'review.example_approve',
          userId,
          ctx.viewer.exchange.networkId,
          endorsementId,
          ctx.review,
        );
      }
      return ctx.review.id;
    });
    return this.view(userId, reviewId, endorsementId);
  }

  /**
   * Takes an endorsement back: by the teacher who endorsed the review, or by its writer's teacher
   * (declining it, or withdrawing their approval). The review is no longer an example anywhere.
   */
  async withdraw(userId: string, endorsementId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      const ctx = this.access.assert(await this.access.forEndorsement(userId, endorsementId, m), 'withdraw');
      await m.delete(ReviewEndorsement, endorsementId);
      await this.record(m, 'review.example_withdraw', userId, ctx.viewer.exchange.networkId, endorsementId, ctx.review);
    });
    return endorsementId;
  }

  private async view(userId: string, reviewId: string, id: string): Promise<ReviewEndorsementView> {
    const review = await this.db.getRepository(ReviewEndorsement).findOneByOrFail({ id, reviewId });
    const views = await this.list(userId, review.exchangeId);
    return views.find((v) => v.id === id)!;
  }

  private record(
    m: Parameters<AuditService['record']>[0],
    action: 'review.example_approve' | 'review.example_withdraw',
    actorId: string,
    networkId: string,
    endorsementId: string,
    review: PeerReview,
  ) {
    return this.audit.record(m, {
      networkId,
      actorId,
      action,
      targetType: 'PeerReview',
      targetId: review.id,
      data: { exchangeId: review.exchangeId, endorsementId },
    });
  }
}
