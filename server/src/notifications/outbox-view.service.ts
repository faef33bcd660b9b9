import { Injectable } from '@nestjs/common';
import { pageSize } from '../common/pagination.js';
import { AccessService } from '../access/access.service.js';
import { OutboxService } from './outbox.service.js';

/** What the coordinator's outbox page shows. */
@Injectable()
export class OutboxViewService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly access: AccessService,
  ) {}

  async forCoordinator(userId: string, networkId: string, first?: number) {
    await this.access.require(userId, networkId, 'readOutbox');
    const messages = await this.outbox.listForNetwork(networkId, pageSize(first, 50));
    return { smtpConfigured: this.outbox.smtpConfigured, messages };
  }
}
