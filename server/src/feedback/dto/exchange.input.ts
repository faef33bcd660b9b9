import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { EXCHANGE_ANONYMITY, EXCHANGE_LIMITS, type ExchangeAnonymity } from '@switchback/shared';
import { RequiredText } from '../../common/input-rules.js';
import { ExchangeAnonymityEnum } from '../exchange.entity.js';

const L = EXCHANGE_LIMITS;
const K_MESSAGE = `Choose from ${L.reviewsMin} to ${L.reviewsMax} reviews per essay.`;

@InputType()
export class CreateExchangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => String)
  @RequiredText('The title', L.titleMax, {
    empty: 'Give the exchange a title.',
    tooLong: `Keep the title under ${L.titleMax} characters.`,
  })
  title: string;

  @Field(() => String, { description: 'The essay prompt and instructions students see.' })
  @RequiredText('The prompt', L.promptMax, {
    empty: 'Write the prompt and instructions for students.',
    tooLong: `Keep the prompt under ${L.promptMax} characters.`,
  })
  prompt: string;

  @Field(() => ID, { description: 'A rubric version you can see; it is locked when the exchange is created.' })
  @IsUUID('all', { message: 'Choose a rubric.' })
  rubricId: string;

  @Field(() => Int, { nullable: true, defaultValue: L.reviewsDefault })
  @IsOptional()
  @IsInt({ message: K_MESSAGE })
  @Min(L.reviewsMin, { message: K_MESSAGE })
  @Max(L.reviewsMax, { message: K_MESSAGE })
  reviewsPerSubmission?: number | null;

  @Field(() => ExchangeAnonymityEnum, { nullable: true, defaultValue: 'DOUBLE_BLIND' })
  @IsOptional()
  @IsIn(EXCHANGE_ANONYMITY, { message: 'Choose how anonymous reviews are.' })
  anonymity?: ExchangeAnonymity | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  crossSchoolOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Take essays after the deadline, until reviews are due (they get reviewers as reviewers start).',
  })
  @IsOptional()
  @IsBoolean()
  acceptLateEssays?: boolean | null;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose when essays are due.' })
  submissionDueAt: Date;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose when reviews are due.' })
  reviewDueAt: Date;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose when feedback is released.' })
  feedbackReleaseAt: Date;

  @Field(() => [ID], { nullable: true, description: 'Classes you teach, to add at once.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Add at most 20 classes at once.' })
  @IsUUID('all', { each: true, message: 'Choose your classes from the list.' })
  classIds?: string[] | null;
}
