import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { badInput, forbidden, notFound, notFoundAs } from '../common/errors.js';
import type { ResolveFlagInput } from './dto/review.input.js';
import type { ReviewFlagView } from './dto/review.types.js';
import { ExchangeAccessService } from './exchange-access.service.js';
import { Exchange } from './exchange.entity.js';
import { ExchangeResultsService } from './exchange-results.service.js';
import { PeerReview } from './peer-review.entity.js';
import { ReviewAllocationService } from './review-allocation.service.js';
import { ReviewFeedbackService } from './review-feedback.service.js';
import { ReviewFlag } from './review-flag.entity.js';

const ONLY_TEACHERS = "Only the teachers of the review's writer and of its author can resolve this flag.";

/**
 * Teachers' answer to a flag: the author's teacher or the reviewer's teacher hides the review (the
 * author never sees it again; by default the essay gets a new reviewer in its place) or keeps it.
 * Every open flag on that review is resolved together.
 */
@Injectable()
export class ReviewModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
    private readonly results: ExchangeResultsService,
    private readonly feedback: ReviewFeedbackService,
    private readonly allocation: ReviewAllocationService,
    private readonly audit: AuditService,
  ) {}

  async resolve(userId: string, input: ResolveFlagInput): Promise<ReviewFlagView> {
    const flag = await this.db.getRepository(ReviewFlag).findOneBy({ id: input.flagId });
    if (!flag) throw notFound('flag');
    // "Not found" for anyone outside the exchange; its students are refused.
    const viewer = await notFoundAs('flag', this.exchanges.viewer(userId, flag.exchangeId));
    this.exchanges.assert(viewer, 'teach', ONLY_TEACHERS);
    await this.db.transaction(async (m) => {
      const exchange = await m
        .getRepository(Exchange)
        .findOneOrFail({ where: { id: flag.exchangeId }, lock: { mode: 'pessimistic_write' } });
      const review = await m.getRepository(PeerReview).findOneByOrFail({ id: flag.reviewId });
      if (!(await this.feedback.teachersOf(m, review)).includes(userId)) {
        throw forbidden(ONLY_TEACHERS);
      }
      const open = await m.getRepository(ReviewFlag).findBy({ reviewId: review.id, status: 'OPEN' });
      if (open.length === 0) throw badInput('This flag was already resolved.');
      const now = new Date();
      await m.update(
        ReviewFlag,
        open.map((f) => f.id),
        { status: 'RESOLVED', resolution: input.resolution, resolvedById: userId, resolvedAt: now },
      );
      await this.audit.record(m, {
        networkId: exchange.networkId,
        actorId: userId,
        action: 'review.flag_resolve',
        targetType: 'PeerReview',
        targetId: review.id,
        data: { exchangeId: exchange.id, resolution: input.resolution, flags: open.length },
      });
      if (input.resolution === 'HIDE' && !review.hiddenAt) {
        await m.update(PeerReview, review.id, { hiddenAt: now, hiddenById: userId });
        if ((input.reassign ?? true) && (exchange.phase === 'REVIEW' || exchange.phase === 'FEEDBACK')) {
          await this.allocation.replace(m, exchange, review.submissionId);
        }
      }
    });
    const after = await this.results.load(userId, flag.exchangeId);
    return this.results.flagViews(after).find((f) => f.id === flag.id)!;
  }
}
