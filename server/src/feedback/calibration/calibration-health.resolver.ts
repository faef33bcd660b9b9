import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NetworkHealth } from '../../insights/dto/network-health.types.js';
import { CalibrationHealthService } from './calibration-health.service.js';
import { RubricAgreementHistory } from './dto/calibration.types.js';

/** Adds the calibration section to network health (resolved only on a report the caller may read). */
@Resolver(() => NetworkHealth)
export class CalibrationHealthResolver {
  constructor(private readonly health: CalibrationHealthService) {}

  @ResolveField(() => [RubricAgreementHistory], {
    description:
      "Teachers' agreement per rubric: its revealed calibration rounds up to the period's end, oldest first.",
  })
  calibration(@Parent() report: NetworkHealth): Promise<RubricAgreementHistory[]> {
    return this.health.history(report.networkId, report.to);
  }
}
