import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { LinksCoreModule } from '../links/links-core.module.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { ConversationAccessService } from './conversation-access.service.js';
import { ConversationLinks } from './conversation-links.js';
import { ConversationMessageResolver, ConversationsResolver } from './conversations.resolver.js';
import { ConversationsService } from './conversations.service.js';
import { MessagesService } from './messages.service.js';

/** Direct conversations between the adults of a network. */
@Module({
  imports: [AccessModule, NotificationsCoreModule, LinksCoreModule],
  providers: [
    ConversationAccessService,
    ConversationLinks,
    ConversationsService,
    MessagesService,
    ConversationsResolver,
    ConversationMessageResolver,
  ],
})
export class ConversationsModule {}
