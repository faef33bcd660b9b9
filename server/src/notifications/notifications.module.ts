import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { DigestService } from './digest.service.js';
import { NotificationsCoreModule } from './notifications-core.module.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { OutboxModule } from './outbox.module.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxViewService } from './outbox-view.service.js';

@Module({
  imports: [OutboxModule, AccessModule, NotificationsCoreModule],
  providers: [OutboxViewService, OutboxResolver, NotificationsResolver, DigestService],
})
export class NotificationsModule {}
