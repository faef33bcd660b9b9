import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FLAG_RESOLUTIONS, REVIEW_LIMITS, RUBRIC_LIMITS, type FlagResolution } from '@switchback/shared';
import { OptionalText, RequiredText } from '../../common/input-rules.js';

const L = REVIEW_LIMITS;
/** Long enough for a comment that is too long, so the check can say by how much. */
const TEXT_CAP = L.commentMax * 5;

@InputType()
export class CriterionLevelInput {
  @Field(() => String)
  @IsString({ message: 'Choose a criterion of the rubric.' })
  @MaxLength(RUBRIC_LIMITS.criterionIdMax, { message: 'Choose a criterion of the rubric.' })
  criterionId: string;

  @Field(() => Int, { description: 'The points of the chosen level.' })
  @IsInt({ message: 'Choose one of the levels.' })
  points: number;
}

@InputType()
export class CriterionCommentInput {
  @Field(() => String)
  @IsString({ message: 'Choose a criterion of the rubric.' })
  @MaxLength(RUBRIC_LIMITS.criterionIdMax, { message: 'Choose a criterion of the rubric.' })
  criterionId: string;

  @Field(() => String)
  @IsString({ message: 'A comment must be text.' })
  @MaxLength(TEXT_CAP, { message: `Keep each comment under ${L.commentMax.toLocaleString('en-US')} characters.` })
  text: string;
}

/** A review as the reviewer writes it: a level and a comment per criterion, one strength and one next step. */
@InputType()
export class ReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose one of your reviews.' })
  reviewId: string;

  @Field(() => [CriterionLevelInput], { defaultValue: [] })
  @ArrayMaxSize(RUBRIC_LIMITS.criteriaMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionLevelInput)
  levels: CriterionLevelInput[];

  @Field(() => [CriterionCommentInput], { defaultValue: [] })
  @ArrayMaxSize(RUBRIC_LIMITS.criteriaMax)
  @ValidateNested({ each: true })
  @Type(() => CriterionCommentInput)
  comments: CriterionCommentInput[];

  @Field(() => String, { defaultValue: '', description: 'One strength of the essay.' })
  @IsString({ message: 'The strength must be text.' })
  @MaxLength(TEXT_CAP, { message: `Keep the strength under ${L.commentMax.toLocaleString('en-US')} characters.` })
  strength: string;

  @Field(() => String, { defaultValue: '', description: 'One next step for the writer.' })
  @IsString({ message: 'The next step must be text.' })
  @MaxLength(TEXT_CAP, { message: `Keep the next step under ${L.commentMax.toLocaleString('en-US')} characters.` })
  nextStep: string;
}

const RATING = `Rate from ${L.helpfulnessMin} (not helpful) to ${L.helpfulnessMax} (very helpful).`;

@InputType()
export class RateReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a review you received.' })
  reviewId: string;

  @Field(() => Int, { description: `${L.helpfulnessMin} (not helpful) to ${L.helpfulnessMax} (very helpful).` })
  @IsInt({ message: RATING })
  @Min(L.helpfulnessMin, { message: RATING })
  @Max(L.helpfulnessMax, { message: RATING })
  helpfulness: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(
    'Your comment',
    L.helpfulnessCommentMax,
    `Keep your comment under ${L.helpfulnessCommentMax} characters.`,
  )
  comment?: string | null;
}

@InputType()
export class FlagReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a review you received.' })
  reviewId: string;

  @Field(() => String, { description: 'What is wrong with the review, for the teachers.' })
  @RequiredText('The reason', L.flagReasonMax, {
    empty: 'Say what is wrong with this review, so your teacher can help.',
    tooLong: `Keep the reason under ${L.flagReasonMax} characters.`,
  })
  reason: string;
}

@InputType()
export class ResolveFlagInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a flag.' })
  flagId: string;

  @Field(() => String, { description: 'HIDE (the author never sees the review) or KEEP.' })
  @IsIn(FLAG_RESOLUTIONS, { message: 'Choose to hide the review or keep it.' })
  resolution: FlagResolution;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'With HIDE: give the essay a new reviewer in its place.',
  })
  @IsOptional()
  @IsBoolean()
  reassign?: boolean | null;
}
