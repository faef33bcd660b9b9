import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound, notFoundAs } from '../../common/errors.js';
import {
  endorsementPolicy,
  type EndorsementAction,
  type EndorsementFacts,
} from '../../access/policies/endorsement.policy.js';
import { exchangePolicy } from '../../access/policies/exchange.policy.js';
import { ExchangeAccessService, type ExchangeViewer } from '../exchange-access.service.js';
import { PeerReview } from '../peer-review.entity.js';
import { ReviewEndorsement } from './review-endorsement.entity.js';

/** A review (and its endorsement, if any) with the caller's place in it. */
export interface EndorsementContext {
  viewer: ExchangeViewer;
  review: PeerReview;
  endorsement: ReviewEndorsement | null;
  facts: EndorsementFacts;
  /** The teacher of the class the review's writer is in for the exchange. */
  reviewersTeacherId: string | null;
}

/**
 * Loads what the endorsement policy decides on. A review or an endorsement is "not found" for
 * everyone outside its exchange, as for an id nobody has; inside, the policy answers.
 */
@Injectable()
export class EndorsementAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
  ) {}

  /** The caller's place around a review, for endorsing it. */
  async forReview(userId: string, reviewId: string, m: EntityManager = this.db.manager): Promise<EndorsementContext> {
    const review = await m.getRepository(PeerReview).findOneBy({ id: reviewId });
    if (!review || review.status === 'REASSIGNED') throw notFound('review');
    const endorsement = await m.getRepository(ReviewEndorsement).findOneBy({ reviewId });
    return this.load(m, userId, review, endorsement, 'review');
  }

  /** The caller's place around an endorsement, for approving or withdrawing it. */
  async forEndorsement(
    userId: string,
    endorsementId: string,
    m: EntityManager = this.db.manager,
  ): Promise<EndorsementContext> {
    const endorsement = await m.getRepository(ReviewEndorsement).findOneBy({ id: endorsementId });
    const review = endorsement && (await m.getRepository(PeerReview).findOneBy({ id: endorsement.reviewId }));
    if (!endorsement || !review) throw notFound('endorsement');
    return this.load(m, userId, review, endorsement, 'endorsement');
  }

  /** The context when the policy allows `action`; FORBIDDEN with the policy's sentence otherwise. */
  assert(ctx: EndorsementContext, action: EndorsementAction): EndorsementContext {
    endorsementPolicy.assert(ctx.facts, action);
    return ctx;
  }

  private async load(
    m: EntityManager,
    userId: string,
    review: PeerReview,
    endorsement: ReviewEndorsement | null,
    what: string,
  ): Promise<EndorsementContext> {
    const viewer = await notFoundAs(what, this.exchanges.viewer(userId, review.exchangeId, m));
    const teachers = await m.query<{ student_id: string; teacher_id: string }[]>(
      `SELECT s.student_id, c.teacher_id FROM submission s JOIN class c ON c.id = s.class_id
        WHERE s.id = $1 OR (s.exchange_id = $2 AND s.student_id = $3)`,
      [review.submissionId, review.exchangeId, review.reviewerId],
    );
    const reviewersTeacherId = teachers.find((t) => t.student_id === review.reviewerId)?.teacher_id ?? null;
    const adult = viewer.role !== 'STUDENT';
    const facts: EndorsementFacts = {
      role: viewer.me.role,
      teachesExchange: exchangePolicy.allows(viewer.facts, 'teach'),
      readsReview: adult && teachers.some((t) => t.teacher_id === userId),
      reviewersTeacher: adult && reviewersTeacherId === userId,
      endorser: adult && endorsement?.endorsedById === userId,
    };
    return { viewer, review, endorsement, facts, reviewersTeacherId };
  }
}
