import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { OBSERVE_LIMITS } from '@switchback/shared';
import { OptionalText } from '../../../common/input-rules.js';

/** The longest a pair's shared goals may be. */
export const GOALS_MAX = 4000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateMentorshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => ID, { description: 'The experienced teacher (a user id).' })
  @IsUUID('all', { message: 'Choose a mentor from the list.' })
  mentorId: string;

  @Field(() => ID, { description: 'The newer teacher (a user id).' })
  @IsUUID('all', { message: 'Choose a newer teacher from the list.' })
  menteeId: string;

  @Field({ nullable: true, description: 'Shared goals to start with (the pair can change them).' })
  @IsOptional()
  @OptionalText('The goals', GOALS_MAX)
  goals?: string;
}

@InputType()
export class UpdateMentorshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That mentoring pair link is not valid.' })
  mentorshipId: string;

  @Field({ nullable: true, description: 'The shared goals (left as they are when not given).' })
  @IsOptional()
  @OptionalText('The goals', GOALS_MAX)
  goals?: string;

  @Field(() => ID, { nullable: true, description: 'The unit to co-plan on (left as it is when not given).' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a unit from the list.' })
  unitId?: string;

  @Field({ nullable: true, description: 'True: no co-planned unit any more.' })
  @IsOptional()
  clearUnit?: boolean;
}

@InputType()
export class LogMentoringMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That mentoring pair link is not valid.' })
  mentorshipId: string;

  @Field({ description: 'The day you met (YYYY-MM-DD).' })
  @Matches(DAY, { message: 'Choose the day you met.' })
  @IsISO8601({ strict: true }, { message: 'Choose the day you met.' })
  meetingOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('The notes', OBSERVE_LIMITS.meetingNotesMax)
  notes?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('The next steps', OBSERVE_LIMITS.meetingNotesMax)
  nextSteps?: string;

  @Field({ nullable: true, description: 'When the next steps are due (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DAY, { message: 'Choose the day the next steps are due.' })
  @IsISO8601({ strict: true }, { message: 'Choose the day the next steps are due.' })
  nextStepsDueOn?: string;
}
