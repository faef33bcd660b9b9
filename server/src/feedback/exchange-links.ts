import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LinkTargets } from '../links/link-targets.js';
import { ExchangeAccessService } from './exchange-access.service.js';
import { PeerReview } from './peer-review.entity.js';

/**
 * Short links to exchanges (`/go/exchange/<id>`, for who may see the exchange) and to reviews
 * (`/go/review/<id>`: the review page, for the student who writes it).
 */
@Injectable()
export class ExchangeLinks implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: LinkTargets,
    private readonly access: ExchangeAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('exchange', async (userId, id) => {
      const [viewer] = await this.access.viewers(userId, [id]);
      return !viewer || viewer instanceof Error ? null : { networkId: viewer.exchange.networkId };
    });
    this.links.register('review', async (userId, id) => {
      const review = await this.db.getRepository(PeerReview).findOneBy({ id, reviewerId: userId });
      if (!review) return null;
      const [viewer] = await this.access.viewers(userId, [review.exchangeId]);
      return !viewer || viewer instanceof Error || viewer.role !== 'STUDENT'
        ? null
        : { networkId: viewer.exchange.networkId, parentId: review.exchangeId };
    });
  }
}
