import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CALIBRATION_LIMITS, RUBRIC_LIMITS } from '@switchback/shared';

const C = CALIBRATION_LIMITS;
const CRITERION = 'Choose a criterion of the rubric.';
/** Long enough for a text that is too long, so the service can say so in words. */
const cap = (max: number) => max * 5;

@InputType()
export class CriterionPointsInput {
  @Field(() => String)
  @IsString({ message: CRITERION })
  @MaxLength(RUBRIC_LIMITS.criterionIdMax, { message: CRITERION })
  criterionId: string;

  @Field(() => Int, { description: 'The points of the chosen level.' })
  @IsInt({ message: 'Choose one of the levels.' })
  points: number;
}

@InputType()
export class CreateCalibrationRoundInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  groupId: string;

  @Field(() => ID, { description: 'A rubric version the facilitator may read (theirs, or shared with the group).' })
  @IsUUID('all', { message: 'Choose a rubric.' })
  rubricId: string;

  @Field(() => String)
  @IsString({ message: 'Give the round a title.' })
  @MaxLength(cap(C.titleMax), { message: `Keep the title under ${C.titleMax} characters.` })
  title: string;

  @Field(() => [String], { defaultValue: [], description: 'Pasted essays.' })
  @IsArray({ message: 'Paste the essays as a list.' })
  @ArrayMaxSize(C.essaysMax * 2, { message: `A calibration round has ${C.essaysMin} to ${C.essaysMax} essays.` })
  @IsString({ each: true, message: 'Each essay must be text.' })
  @MaxLength(C.essayMax * 2, {
    each: true,
    message: `Keep each essay under ${C.essayMax.toLocaleString('en-US')} characters.`,
  })
  essays: string[];

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Offered exchange essays (CalibrationEssayCandidate ids). Pasted + chosen: 3 to 6.',
  })
  @IsArray({ message: 'Choose the offered essays from the list.' })
  @ArrayMaxSize(C.essaysMax * 2, { message: `A calibration round has ${C.essaysMin} to ${C.essaysMax} essays.` })
  @IsUUID('all', { each: true, message: 'Choose the offered essays from the list.' })
  candidateIds: string[];
}

@InputType()
export class SubmitCalibrationScoresInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an essay of the round.' })
  essayId: string;

  @Field(() => [CriterionPointsInput])
  @IsArray({ message: 'Choose a level for every criterion.' })
  @ArrayMaxSize(RUBRIC_LIMITS.criteriaMax, { message: 'Choose one level per criterion.' })
  @ValidateNested({ each: true })
  @Type(() => CriterionPointsInput)
  levels: CriterionPointsInput[];
}

@InputType()
export class CalibrationCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an essay of the round.' })
  essayId: string;

  @Field(() => String)
  @IsString({ message: CRITERION })
  @MaxLength(RUBRIC_LIMITS.criterionIdMax, { message: CRITERION })
  criterionId: string;

  @Field(() => String)
  @IsString({ message: 'A comment must be text.' })
  @MaxLength(cap(C.commentMax), {
    message: `Keep the comment under ${C.commentMax.toLocaleString('en-US')} characters.`,
  })
  body: string;
}

@InputType()
export class AgreeCalibrationScoreInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an essay of the round.' })
  essayId: string;

  @Field(() => String)
  @IsString({ message: CRITERION })
  @MaxLength(RUBRIC_LIMITS.criterionIdMax, { message: CRITERION })
  criterionId: string;

  @Field(() => Int)
  @IsInt({ message: 'Choose one of the levels.' })
  points: number;

  @Field(() => String)
  @IsString({ message: 'Write a short rationale.' })
  @MaxLength(cap(C.rationaleMax), { message: `Keep the rationale under ${C.rationaleMax} characters.` })
  rationale: string;
}
