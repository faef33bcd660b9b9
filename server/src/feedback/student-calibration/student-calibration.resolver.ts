import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../../auth/user.entity.js';
import type { GqlContext } from '../../common/auth-context.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import { ExchangeAccessService } from '../exchange-access.service.js';
import { Exchange } from '../exchange.entity.js';
import { CalibrateForExchangeInput, CalibrationPracticeInput } from './dto/student-calibration.input.js';
import {
  AnchorPaperChoice,
  ExchangeCalibration,
  StudentCalibration,
  StudentCalibrationEssay,
} from './dto/student-calibration.types.js';
import { ExchangeCalibrationService } from './exchange-calibration.service.js';
import { StudentCalibrationService } from './student-calibration.service.js';

/** Students' calibration in an exchange: the owner's choice of anchor papers, and students' practice. */
@Resolver(() => Exchange)
export class StudentCalibrationResolver {
  constructor(
    private readonly access: ExchangeAccessService,
    private readonly exchangeCalibration: ExchangeCalibrationService,
    private readonly students: StudentCalibrationService,
  ) {}

  @Mutation(() => Exchange, {
    description:
      "The owner chooses 2–3 anchor papers of the exchange's rubric students score before reviewing (none: off).",
  })
  calibrateForExchange(@CurrentUser() user: User, @Args('input') input: CalibrateForExchangeInput): Promise<Exchange> {
    return this.exchangeCalibration.calibrate(user.id, input);
  }

  @Query(() => StudentCalibration, {
    description: "Your practice on the exchange's example essays (teachers of the exchange: a preview).",
  })
  studentCalibration(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
  ): Promise<StudentCalibration> {
    return this.students.forViewer(user.id, exchangeId);
  }

  @Mutation(() => StudentCalibrationEssay, {
    description: 'Score an example essay; see your levels beside the agreed ones (a second try when far off).',
  })
  submitCalibrationPractice(
    @CurrentUser() user: User,
    @Args('input') input: CalibrationPracticeInput,
  ): Promise<StudentCalibrationEssay> {
    return this.students.practise(user.id, input);
  }

  @ResolveField(() => ExchangeCalibration, { description: 'Whether students calibrate before reviewing.' })
  async calibration(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<ExchangeCalibration> {
    return this.exchangeCalibration.calibration(ctx, await this.access.viewerFor(ctx, exchange.id));
  }

  @ResolveField(() => [AnchorPaperChoice], {
    description: "The rubric's anchor papers the exchange's teachers may choose for calibration (empty for students).",
  })
  async availableAnchorPapers(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<AnchorPaperChoice[]> {
    return this.exchangeCalibration.available(await this.access.viewerFor(ctx, exchange.id));
  }
}
