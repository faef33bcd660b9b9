import { Module } from '@nestjs/common';
import { AccessModule } from '../networks/access.module.js';
import { OutboxModule } from './outbox.module.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxViewService } from './outbox-view.service.js';

@Module({
  imports: [OutboxModule, AccessModule],
  providers: [OutboxViewService, OutboxResolver],
})
export class NotificationsModule {}
