import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module.js';
import { AccessModule } from '../networks/access.module.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { ExchangeAccessService } from './exchange-access.service.js';
import { ExchangePhasesService } from './exchange-phases.service.js';
import { ExchangeViewService } from './exchange-view.service.js';
import { ExchangesResolver } from './exchanges.resolver.js';
import { ExchangesService } from './exchanges.service.js';
import { RubricsResolver } from './rubrics.resolver.js';
import { RubricsService } from './rubrics.service.js';
import { SubmissionsResolver } from './submissions.resolver.js';
import { SubmissionsService } from './submissions.service.js';

/** Cross-school student peer feedback: rubrics, exchanges and essays (reviews and moderation to come). */
@Module({
  imports: [AccessModule, GroupsModule, NotificationsCoreModule],
  providers: [
    RubricsService,
    RubricsResolver,
    ExchangeAccessService,
    ExchangesService,
    ExchangePhasesService,
    ExchangeViewService,
    SubmissionsService,
    ExchangesResolver,
    SubmissionsResolver,
  ],
  exports: [RubricsService],
})
export class FeedbackModule {}
