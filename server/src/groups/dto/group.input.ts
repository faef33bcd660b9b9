import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  GRADE_BANDS,
  GROUP_ACCESS,
  GROUP_FOCUSES,
  LIMITS,
  NETWORK_ROLES,
  PRIME_FOCUSES,
  type GroupAccess,
  type GroupFocus,
  type NetworkRole,
  type PrimeFocus,
} from '@switchback/shared';
import { OptionalText, RequiredText } from '../../common/input-rules.js';
import { Role } from '../../networks/membership.entity.js';
import { GroupAccessEnum, GroupFocusEnum, PrimeFocusEnum } from '../group.entity.js';

/** What a group is: the fields creating a group and proposing one share. */
@InputType({ isAbstract: true })
export class GroupDefinitionInput {
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
}

@InputType()
export class CreateGroupInput extends GroupDefinitionInput {
  @Field(() => GroupAccessEnum, { nullable: true, description: 'Defaults to OPEN.' })
  @IsOptional()
  @IsIn(GROUP_ACCESS, { message: 'Choose open or closed.' })
  access?: GroupAccess;

  @Field(() => [ID], { nullable: true, description: 'People to appoint as facilitators.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'Appoint at most 10 facilitators.' })
  @IsUUID('all', { each: true, message: 'Choose facilitators from the list.' })
  facilitatorIds?: string[];
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText('Group name')
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('Description', 2000, 'Keep the description under 2000 characters.')
  description?: string;

  @Field(() => PrimeFocusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRIME_FOCUSES, { message: 'Choose curriculum, pedagogy or evaluation.' })
  primeFocus?: PrimeFocus;

  @Field(() => GroupAccessEnum, { nullable: true })
  @IsOptional()
  @IsIn(GROUP_ACCESS, { message: 'Choose open or closed.' })
  access?: GroupAccess;
}

@InputType()
export class GroupsFilter {
  @Field({ nullable: true })
  @IsOptional()
  @OptionalText('Search', LIMITS.searchMax, `Search for at most ${LIMITS.searchMax} characters.`)
  search?: string;

  @Field(() => GroupFocusEnum, { nullable: true })
  @IsOptional()
  focus?: GroupFocus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.subjectMax)
  subject?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(GRADE_BANDS, { message: 'Choose a grade band.' })
  gradeBand?: string;

  @Field({ nullable: true, description: 'Only groups I am in.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class GroupsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => GroupsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GroupsFilter)
  filter?: GroupsFilter;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@InputType()
export class DecideJoinRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  groupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a person.' })
  userId: string;

  @Field()
  @IsBoolean({ message: 'Approve or decline.' })
  approve: boolean;
}

@InputType()
export class AppointFacilitatorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  groupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a person.' })
  userId: string;
}
