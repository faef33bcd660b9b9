import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CALIBRATION_ROUND_STATUSES, type CalibrationRoundStatus } from '@switchback/shared';
import { LevelCount } from '../../dto/review.types.js';
import { RubricPerson } from '../../dto/rubric.types.js';
import { Rubric } from '../../rubric.entity.js';

export const CalibrationRoundStatusEnum = Object.fromEntries(CALIBRATION_ROUND_STATUSES.map((s) => [s, s])) as {
  [K in CalibrationRoundStatus]: K;
};
registerEnumType(CalibrationRoundStatusEnum, {
  name: 'CalibrationRoundStatus',
  description: 'SCORING: blind scoring. REVEALED: every score shown, discussed and agreed cell by cell. AGREED: final.',
});

@ObjectType()
export class CriterionPoints {
  @Field(() => String)
  criterionId: string;

  @Field(() => Int)
  points: number;
}

@ObjectType()
export class CalibrationRaterScores {
  @Field(() => RubricPerson)
  rater: RubricPerson;

  @Field(() => [CriterionPoints])
  levels: CriterionPoints[];
}

@ObjectType()
export class CalibrationAgreedCell {
  @Field(() => String)
  criterionId: string;

  @Field(() => Int)
  points: number;

  @Field(() => String)
  rationale: string;

  @Field(() => RubricPerson)
  agreedBy: RubricPerson;

  @Field(() => Date)
  agreedAt: Date;
}

@ObjectType('CalibrationEssay')
export class CalibrationEssayView {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1-based: shown as Essay 1, Essay 2…' })
  position: number;

  @Field(() => String)
  body: string;

  @Field(() => [CriterionPoints], { description: "The viewer's own scores; empty when not scored yet." })
  myScores: CriterionPoints[];

  @Field(() => [CalibrationRaterScores], {
    description: "Every teacher's scores of this essay: empty until the round is revealed (blind scoring).",
  })
  scores: CalibrationRaterScores[];

  @Field(() => [CalibrationAgreedCell])
  agreed: CalibrationAgreedCell[];
}

@ObjectType({
  description:
    "alpha is Krippendorff's alpha (ordinal); exact and adjacent are shares of rater pairs (0..1). Null when not computable.",
})
export class AgreementFigures {
  @Field(() => Float, { nullable: true })
  alpha: number | null;

  @Field(() => Float, { nullable: true })
  exact: number | null;

  @Field(() => Float, { nullable: true })
  adjacent: number | null;
}

@ObjectType()
export class CriterionAgreement extends AgreementFigures {
  @Field(() => String)
  criterionId: string;
}

@ObjectType()
export class EssayAgreement extends AgreementFigures {
  @Field(() => ID)
  essayId: string;
}

@ObjectType('CalibrationComment')
export class CalibrationCommentView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  essayId: string;

  @Field(() => String)
  criterionId: string;

  @Field(() => RubricPerson)
  author: RubricPerson;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class CellAgreement {
  @Field(() => ID)
  essayId: string;

  @Field(() => String)
  criterionId: string;

  @Field(() => [LevelCount], { description: 'How many teachers chose each level of the criterion (ascending points).' })
  counts: LevelCount[];

  @Field(() => Int, { nullable: true })
  min: number | null;

  @Field(() => Int, { nullable: true })
  max: number | null;

  @Field(() => Int, { description: 'Levels between the lowest and highest score (0 = everyone agrees).' })
  spread: number;

  @Field(() => Float, { nullable: true })
  exact: number | null;

  @Field(() => Float, { nullable: true })
  adjacent: number | null;

  @Field(() => Int)
  raters: number;

  @Field(() => [CalibrationCommentView], { description: "The cell's discussion thread, oldest first." })
  comments: CalibrationCommentView[];
}

@ObjectType()
export class CalibrationAgreement {
  @Field(() => AgreementFigures)
  overall: AgreementFigures;

  @Field(() => [CriterionAgreement])
  byCriterion: CriterionAgreement[];

  @Field(() => [EssayAgreement])
  byEssay: EssayAgreement[];

  @Field(() => [CellAgreement])
  cells: CellAgreement[];

  @Field(() => [CellAgreement], { description: 'The cells that disagree most, first to discuss (at most 6).' })
  disputed: CellAgreement[];
}

@ObjectType('CalibrationRound')
export class CalibrationRoundView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  networkId: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => String)
  groupName: string;

  @Field(() => String)
  title: string;

  @Field(() => CalibrationRoundStatusEnum)
  status: CalibrationRoundStatus;

  @Field(() => Rubric, { description: 'The rubric version scored against.' })
  rubric: Rubric;

  @Field(() => RubricPerson)
  createdBy: RubricPerson;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revealedAt: Date | null;

  @Field(() => Date, { nullable: true })
  agreedAt: Date | null;

  @Field(() => Boolean, {
    description: "The viewer is a facilitator of the round's group: reveals the scores and records agreed scores.",
  })
  canFacilitate: boolean;

  @Field(() => Int, { description: 'Active adult members of the group (who score).' })
  raterCount: number;

  @Field(() => Int, { description: 'Members who have scored every essay on every criterion.' })
  finishedRaterCount: number;

  @Field(() => Boolean, { description: 'The viewer has scored every essay on every criterion.' })
  iHaveFinished: boolean;

  @Field(() => [CalibrationEssayView])
  essays: CalibrationEssayView[];

  @Field(() => CalibrationAgreement, { nullable: true, description: 'Null until the round is revealed.' })
  agreement: CalibrationAgreement | null;
}

@ObjectType({
  description: "An exchange essay its writer's teacher offered for calibration: text only, never a name or school.",
})
export class CalibrationEssayCandidate {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { description: "The prompt's title it answered." })
  exchangeTitle: string;

  @Field(() => Date)
  offeredAt: Date;
}

@ObjectType()
export class AnchorScore {
  @Field(() => String)
  criterionId: string;

  @Field(() => Int)
  points: number;

  @Field(() => String)
  rationale: string;
}

@ObjectType({ description: 'An essay whose every criterion the group agreed: an exemplar of the rubric.' })
export class AnchorPaper {
  @Field(() => ID)
  essayId: string;

  @Field(() => String)
  roundTitle: string;

  @Field(() => Int)
  position: number;

  @Field(() => String)
  body: string;

  @Field(() => [AnchorScore])
  agreed: AnchorScore[];

  @Field(() => Date)
  agreedAt: Date;
}

@ObjectType()
export class RoundAgreementPoint {
  @Field(() => String)
  roundTitle: string;

  @Field(() => String)
  groupName: string;

  @Field(() => Date)
  revealedAt: Date;

  @Field(() => Float, { nullable: true })
  alpha: number | null;

  @Field(() => Float, { nullable: true })
  exact: number | null;

  @Field(() => Float, { nullable: true })
  adjacent: number | null;

  @Field(() => Int)
  raters: number;
}

@ObjectType({ description: "Agreement of one rubric's revealed rounds, oldest first (network health)." })
export class RubricAgreementHistory {
  @Field(() => String)
  rubricTitle: string;

  @Field(() => [RoundAgreementPoint])
  rounds: RoundAgreementPoint[];
}
