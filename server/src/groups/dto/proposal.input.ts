import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { OptionalText, RequiredText } from '../../common/input-rules.js';
import { GroupDefinitionInput } from './group.input.js';

export const PROPOSAL_REASON_MAX = 500;
export const PROPOSAL_INVITEES_MAX = 20;

/** A teacher's proposal of a job-alike group: what the create form asks, a short why, and whom to invite. */
@InputType()
export class ProposeGroupInput extends GroupDefinitionInput {
  @Field({ description: 'Why you want this group, in a sentence or two.' })
  @RequiredText('Why this group', PROPOSAL_REASON_MAX, {
    empty: 'Say in a sentence why you want this group.',
    tooLong: `Keep the why under ${PROPOSAL_REASON_MAX} characters.`,
  })
  reason: string;

  @Field(() => [ID], { description: 'Job-alikes to invite (from your job-alike list).' })
  @ArrayMaxSize(PROPOSAL_INVITEES_MAX, { message: `Invite at most ${PROPOSAL_INVITEES_MAX} people.` })
  @IsUUID('all', { each: true, message: 'Choose people from your job-alike list.' })
  inviteeIds: string[];
}

@InputType()
export class DecideGroupProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a proposed group.' })
  proposalId: string;

  @Field()
  @IsBoolean({ message: 'Approve or decline.' })
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Needed to decline: why, for the person who proposed it.' })
  @IsOptional()
  @OptionalText('Reason', PROPOSAL_REASON_MAX, `Keep the reason under ${PROPOSAL_REASON_MAX} characters.`)
  reason?: string;
}
