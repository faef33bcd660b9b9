import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LinkTargets } from '../links/link-targets.js';
import { ConversationAccessService } from './conversation-access.service.js';

/** Short links to conversations (`/go/conversation/<id>`): only its participants are taken there. */
@Injectable()
export class ConversationLinks implements OnModuleInit {
  constructor(
    private readonly links: LinkTargets,
    private readonly access: ConversationAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('conversation', async (userId, id) => {
      try {
        const { conversation } = await this.access.require(userId, id, 'read');
        return { networkId: conversation.networkId };
      } catch {
        return null;
      }
    });
  }
}
