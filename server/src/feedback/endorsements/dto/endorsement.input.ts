import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ENDORSEMENT_LIMITS } from '@switchback/shared';
import { OptionalText } from '../../../common/input-rules.js';

@InputType()
export class EndorseReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a review to endorse.' })
  reviewId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What makes the review helpful, in a sentence or two; students read it beside the example.',
  })
  @IsOptional()
  @OptionalText(
    'Your note',
    ENDORSEMENT_LIMITS.noteMax,
    `Keep your note under ${ENDORSEMENT_LIMITS.noteMax} characters.`,
  )
  note?: string | null;
}
