import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../../../access/access.module.js';
import { AuditModule } from '../../../audit/audit.module.js';
import { FeedbackModule } from '../../../feedback/feedback.module.js';
import { LtiModule } from '../lti.module.js';
import { LmsGradeSendService } from './lms-grade-send.service.js';
import { LmsLineItemsService } from './lms-line-items.service.js';
import { LmsLinksService } from './lms-links.service.js';
import { LmsRosterSyncService } from './lms-roster-sync.service.js';
import { LmsSyncResolver } from './lms-sync.resolver.js';
import { LmsTokensService } from './lms-tokens.service.js';
import { LTI_SERVICES_ENTITIES } from './lti-services-entities.js';

/** LTI Advantage services: rosters through NRPS, grades through AGS (docs/integrations.md). */
@Module({
  imports: [TypeOrmModule.forFeature(LTI_SERVICES_ENTITIES), AccessModule, AuditModule, FeedbackModule, LtiModule],
  providers: [
    LmsTokensService,
    LmsLinksService,
    LmsLineItemsService,
    LmsRosterSyncService,
    LmsGradeSendService,
    LmsSyncResolver,
  ],
})
export class LmsSyncModule {}
