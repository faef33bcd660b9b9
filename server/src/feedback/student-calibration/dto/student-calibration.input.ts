import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsUUID, ValidateNested } from 'class-validator';
import { RUBRIC_LIMITS } from '@switchback/shared';
import { CriterionLevelInput } from '../../dto/review.input.js';

@InputType()
export class CalibrateForExchangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That exchange link is not valid.' })
  exchangeId: string;

  @Field(() => [ID], { description: 'The 2 or 3 anchor papers students practise on; none turns calibration off.' })
  @ArrayMaxSize(10, { message: 'Choose 2 or 3 example essays.' })
  @IsUUID('all', { each: true, message: 'Choose example essays from the list.' })
  anchorEssayIds: string[];
}

@InputType()
export class CalibrationPracticeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That exchange link is not valid.' })
  exchangeId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'That example essay link is not valid.' })
  essayId: string;

  @Field(() => [CriterionLevelInput])
  @ArrayMaxSize(RUBRIC_LIMITS.criteriaMax, { message: 'Choose one level per criterion.' })
  @ValidateNested({ each: true })
  @Type(() => CriterionLevelInput)
  levels: CriterionLevelInput[];
}
