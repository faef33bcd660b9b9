import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  GRADE_BANDS,
  GROUP_FOCUSES,
  LIMITS,
  NETWORK_ROLES,
  PRIME_FOCUSES,
  type GroupFocus,
  type NetworkRole,
  type PrimeFocus,
} from '@switchback/shared';
import { OptionalText, RequiredText } from '../../common/input-rules.js';
import { Role } from '../../networks/membership.entity.js';
import { GroupFocusEnum, PrimeFocusEnum } from '../group.entity.js';

export const PROPOSAL_REASON_MAX = 500;
export const PROPOSAL_INVITEES_MAX = 20;

/** A teacher's proposal of a job-alike group: what the create form asks, a short why, and whom to invite. */
@InputType()
export class ProposeGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field()
  @RequiredText('Group name')
  name: string;

  @Field(() => GroupFocusEnum)
  @IsIn(GROUP_FOCUSES, { message: 'Choose what the group gathers people by.' })
  focus: GroupFocus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RequiredText('Subject', LIMITS.subjectMax)
  subject?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(GRADE_BANDS, { message: 'Choose a grade band: K-2, 3-5, 6-8 or 9-12.' })
  gradeBand?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsIn(NETWORK_ROLES.filter((r) => r !== 'STUDENT'), { message: 'Choose a role.' })
  role?: NetworkRole;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('Description', 2000, 'Keep the description under 2000 characters.')
  description?: string;

  @Field(() => PrimeFocusEnum)
  @IsIn(PRIME_FOCUSES, { message: 'Choose curriculum, pedagogy or evaluation.' })
  primeFocus: PrimeFocus;

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
