import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { INVITABLE_ROLES, type InvitableRole, type NetworkRole } from '@switchback/shared';
import { EmailRule, LabelListRule, RequiredText } from '../../common/input-rules.js';
import { Role } from '../membership.entity.js';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field()
  @EmailRule()
  email: string;

  @Field(() => Role)
  @IsIn(INVITABLE_ROLES, { message: 'Choose coordinator, administrator or teacher. Students join with a class code.' })
  role: InvitableRole;

  @Field(() => ID, { nullable: true, description: 'Required for administrators and teachers.' })
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

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString({ message: 'The invitation link is not valid.' })
  @IsNotEmpty({ message: 'The invitation link is not valid.' })
  @MaxLength(200, { message: 'The invitation link is not valid.' })
  token: string;

  @Field()
  @RequiredText('Your name')
  displayName: string;

  @Field({ description: 'A new password, or the existing one when this email already has an account.' })
  @IsString({ message: 'Password must be text.' })
  @IsNotEmpty({ message: 'Choose a password.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password: string;
}

/** What the accept-invitation page shows before the person signs up. */
@ObjectType()
export class InvitationPreview {
  @Field()
  networkName: string;

  @Field(() => String, { nullable: true })
  schoolName: string | null;

  @Field()
  email: string;

  @Field(() => Role)
  role: NetworkRole;

  @Field({ description: 'True when this email already has a Switchback account (sign in with its password).' })
  existingAccount: boolean;

  @Field({ description: 'VALID, EXPIRED or USED.' })
  state: string;
}
