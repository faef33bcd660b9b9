import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { NetworkGiveawaysService } from '../network-giveaways.service.js';
import { AnchorPapersService } from './anchor-papers.service.js';
import { CalibrationAccessService } from './calibration-access.service.js';
import { CalibrationHealthResolver } from './calibration-health.resolver.js';
import { CalibrationHealthService } from './calibration-health.service.js';
import { CalibrationRoundsResolver } from './calibration-rounds.resolver.js';
import { CalibrationRoundsService } from './calibration-rounds.service.js';
import { CalibrationScoringService } from './calibration-scoring.service.js';
import { CalibrationViewService } from './calibration-view.service.js';

/**
 * Teachers' calibration rounds on a rubric and the anchor papers they agree on (docs/calibration.md).
 * The exchange's student calibration reads anchor papers through `AnchorPapersService`. It imports
 * nothing of the feedback module, so that module can import this one.
 */
@Module({
  imports: [AccessModule, AuditModule],
  providers: [
    AnchorPapersService,
    CalibrationAccessService,
    CalibrationViewService,
    CalibrationRoundsService,
    CalibrationScoringService,
    CalibrationHealthService,
    NetworkGiveawaysService,
    CalibrationRoundsResolver,
    CalibrationHealthResolver,
  ],
  exports: [AnchorPapersService],
})
export class CalibrationModule {}
