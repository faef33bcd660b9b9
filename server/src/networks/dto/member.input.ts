import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  INVITABLE_ROLES,
  LIMITS,
  type InvitableRole,
  type MembershipStatus,
  type NetworkRole,
} from '@switchback/shared';
import { LabelListRule } from '../../common/input-rules.js';
import { MemberStatus, Role } from '../membership.entity.js';

@ArgsType()
export class MembersArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field({ nullable: true, description: 'Matches name, email or username.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'Search must be text.' })
  @MaxLength(LIMITS.searchMax, { message: `Search for at most ${LIMITS.searchMax} characters.` })
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: NetworkRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a school.' })
  schoolId?: string;

  @Field(() => MemberStatus, { nullable: true, description: 'Defaults to ACTIVE.' })
  @IsOptional()
  status?: MembershipStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Page size must be a whole number.' })
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'That page link is not valid.' })
  after?: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a member.' })
  memberId: string;

  @Field(() => Role)
  @IsIn(INVITABLE_ROLES, { message: 'Choose coordinator, administrator or teacher.' })
  role: InvitableRole;

  @Field(() => ID, { nullable: true, description: 'Needed when an administrator or teacher has no school yet.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a school.' })
  schoolId?: string;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a member.' })
  memberId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a school.' })
  schoolId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LabelListRule('subjects')
  subjects?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LabelListRule('grade levels', 13)
  gradeLevels?: string[];
}
