import { LinksCoreModule } from '../links/links-core.module.js';
import { ExchangeLinks } from './exchange-links.js';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { AccessModule } from '../access/access.module.js';
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
import { ExchangeResultsController } from './exchange-results.controller.js';
import { ExchangeResultsService } from './exchange-results.service.js';
import { ReviewAllocationService } from './review-allocation.service.js';
import { ReviewFeedbackService } from './review-feedback.service.js';
import { ReviewModerationService } from './review-moderation.service.js';
import { ReviewsResolver } from './reviews.resolver.js';
import { ReviewsService } from './reviews.service.js';
import { CalibrationModule } from './calibration/calibration.module.js';
import { CalibrationProgressService } from './student-calibration/calibration-progress.service.js';
import { ExchangeCalibrationService } from './student-calibration/exchange-calibration.service.js';
import { StudentCalibrationResolver } from './student-calibration/student-calibration.resolver.js';
import { StudentCalibrationService } from './student-calibration/student-calibration.service.js';
import { EndorsementAccessService } from './endorsements/endorsement-access.service.js';
import { EndorsementsResolver } from './endorsements/endorsements.resolver.js';
import { EndorsementsService } from './endorsements/endorsements.service.js';
import { ExampleReviewsService } from './endorsements/example-reviews.service.js';

/** Cross-school student peer feedback: rubrics, exchanges, essays, review allocation, reviews, moderation and results. */
@Module({
  imports: [AccessModule, AuditModule, GroupsModule, NotificationsCoreModule, LinksCoreModule, CalibrationModule],
  providers: [
    RubricsService,
    RubricsResolver,
    ExchangeAccessService,
    ExchangeLinks,
    ExchangesService,
    ExchangePhasesService,
    ExchangeViewService,
    SubmissionsService,
    ExchangesResolver,
    SubmissionsResolver,
    ReviewAllocationService,
    ReviewsService,
    ReviewFeedbackService,
    ReviewModerationService,
    ExchangeResultsService,
    ReviewsResolver,
    CalibrationProgressService,
    ExchangeCalibrationService,
    StudentCalibrationService,
    StudentCalibrationResolver,
    EndorsementAccessService,
    EndorsementsService,
    ExampleReviewsService,
    EndorsementsResolver,
  ],
  controllers: [ExchangeResultsController],
  exports: [RubricsService, ExchangeAccessService, ExchangeResultsService],
})
export class FeedbackModule {}
