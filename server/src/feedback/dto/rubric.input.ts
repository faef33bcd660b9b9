import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, IsOptional, IsUUID } from 'class-validator';
import { RUBRIC_LIMITS } from '@switchback/shared';
import { OptionalText, RequiredText } from '../../common/input-rules.js';

const Title = () =>
  RequiredText('The title', RUBRIC_LIMITS.titleMax, {
    empty: 'Give the rubric a title.',
    tooLong: `Keep the rubric's title under ${RUBRIC_LIMITS.titleMax} characters.`,
  });
const Description = () =>
  OptionalText(
    'Description',
    RUBRIC_LIMITS.descriptionMax,
    `Keep the rubric's description under ${RUBRIC_LIMITS.descriptionMax} characters.`,
  );

@InputType()
export class RubricLevelInput {
  @Field(() => Int)
  points: number;

  @Field(() => String)
  label: string;

  @Field(() => String)
  descriptor: string;
}

/** Criteria are checked as a whole by the shared rubric schema (field errors like `criteria.0.levels`). */
@InputType()
export class RubricCriterionInput {
  @Field(() => String, { nullable: true, description: 'Keep it when editing; left out, a new one is made.' })
  id?: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  weight: number;

  @Field(() => [RubricLevelInput])
  levels: RubricLevelInput[];
}

@InputType()
export class CreateRubricInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => String)
  @Title()
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Description()
  description?: string | null;

  @Field(() => [RubricCriterionInput])
  @Allow()
  criteria: RubricCriterionInput[];
}

@InputType()
export class UpdateRubricInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That rubric link is not valid.' })
  rubricId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Title()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Description()
  description?: string | null;

  @Field(() => [RubricCriterionInput], { nullable: true, description: 'The whole list, in order.' })
  @IsOptional()
  @Allow()
  criteria?: RubricCriterionInput[] | null;
}
