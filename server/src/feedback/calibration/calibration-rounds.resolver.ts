import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { User } from '../../auth/user.entity.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import type { AnchorPaper as AnchorPaperRow } from './anchor-papers.service.js';
import { CalibrationRoundsService } from './calibration-rounds.service.js';
import { CalibrationScoringService } from './calibration-scoring.service.js';
import {
  AgreeCalibrationScoreInput,
  CalibrationCommentInput,
  CreateCalibrationRoundInput,
  SubmitCalibrationScoresInput,
} from './dto/calibration.input.js';
import {
  AnchorPaper,
  CalibrationCommentView,
  CalibrationEssayCandidate,
  CalibrationEssayView,
  CalibrationRoundView,
} from './dto/calibration.types.js';

/** Teachers' calibration rounds (docs/calibration.md): thin, the services own the rules. */
@Resolver(() => CalibrationRoundView)
export class CalibrationRoundsResolver {
  constructor(
    private readonly rounds: CalibrationRoundsService,
    private readonly scoring: CalibrationScoringService,
  ) {}

  @Query(() => [CalibrationRoundView], { description: 'Rounds of a group, newest first (group members).' })
  calibrationRounds(@CurrentUser() user: User, @IdArg('groupId') groupId: string): Promise<CalibrationRoundView[]> {
    return this.rounds.list(user.id, groupId);
  }

  @Query(() => CalibrationRoundView)
  calibrationRound(
    @CurrentUser() user: User,
    @IdArg('id', 'calibration round') id: string,
  ): Promise<CalibrationRoundView> {
    return this.rounds.get(user.id, id);
  }

  @Query(() => [AnchorPaper], {
    description: 'Anchor papers of a rubric (every version), for adults who may read the rubric.',
  })
  anchorPapers(@CurrentUser() user: User, @IdArg('rubricId') rubricId: string): Promise<AnchorPaperRow[]> {
    return this.rounds.anchorPapers(user.id, rubricId);
  }

  @Query(() => [CalibrationEssayCandidate], {
    description: "Essays offered for calibration in the group's network (facilitators of the group).",
  })
  calibrationEssayCandidates(
    @CurrentUser() user: User,
    @IdArg('groupId') groupId: string,
  ): Promise<CalibrationEssayCandidate[]> {
    return this.rounds.candidates(user.id, groupId);
  }

  @Mutation(() => CalibrationRoundView)
  createCalibrationRound(
    @CurrentUser() user: User,
    @Args('input') input: CreateCalibrationRoundInput,
  ): Promise<CalibrationRoundView> {
    return this.rounds.create(user.id, input);
  }

  @Mutation(() => CalibrationEssayView, {
    description:
      "Scores one essay on every criterion (all criteria required); replaces the viewer's earlier scores until the reveal.",
  })
  submitCalibrationScores(
    @CurrentUser() user: User,
    @Args('input') input: SubmitCalibrationScoresInput,
  ): Promise<CalibrationEssayView> {
    return this.scoring.submit(user.id, input);
  }

  @Mutation(() => CalibrationRoundView)
  revealCalibrationRound(
    @CurrentUser() user: User,
    @IdArg('id', 'calibration round') id: string,
  ): Promise<CalibrationRoundView> {
    return this.scoring.reveal(user.id, id);
  }

  @Mutation(() => CalibrationCommentView)
  commentOnCalibrationCell(
    @CurrentUser() user: User,
    @Args('input') input: CalibrationCommentInput,
  ): Promise<CalibrationCommentView> {
    return this.scoring.comment(user.id, input);
  }

  @Mutation(() => CalibrationRoundView)
  agreeCalibrationScore(
    @CurrentUser() user: User,
    @Args('input') input: AgreeCalibrationScoreInput,
  ): Promise<CalibrationRoundView> {
    return this.scoring.agree(user.id, input);
  }

  @Mutation(() => CalibrationEssayCandidate, {
    description:
      "The writer's own teacher offers one of their student's submitted exchange essays as a calibration essay.",
  })
  offerEssayForCalibration(
    @CurrentUser() user: User,
    @IdArg('submissionId', 'essay') submissionId: string,
  ): Promise<CalibrationEssayCandidate> {
    return this.rounds.offer(user.id, submissionId);
  }
}
