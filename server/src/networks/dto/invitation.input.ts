import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { INVITABLE_ROLES, type InvitableRole, type NetworkRole } from '@switchback/shared';
import { DisplayNameRule, EmailRule, LabelListRule } from '../../common/input-rules.js';
import { User } from '../../auth/user.entity.js';
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

  @Field({ nullable: true, description: 'For a new account only (not needed when signed in as the invitee).' })
  @IsOptional()
  @DisplayNameRule('Your name')
  displayName?: string;

  @Field({
    nullable: true,
    description:
      'A new password, for a new account only. An existing account accepts by signing in first (the ' +
      'normal, limited sign-in); its password is never taken here.',
  })
  @IsOptional()
  @IsString({ message: 'Password must be text.' })
  @MaxLength(200, { message: 'Password must be at most 200 characters.' })
  password?: string;
}

/** An accepted invitation: the person, and a session token when a new account was created. */
@ObjectType()
export class InvitationAcceptance {
  @Field(() => User)
  user: User;

  @Field(() => String, {
    nullable: true,
    description: 'Session token of the new account (also set as a cookie); null when already signed in.',
  })
  token: string | null;

  @Field(() => ID)
  networkId: string;
}

/**
 * What the accept-invitation page shows. It never says whether the email has an account (an
 * invitation is not a way to learn who uses Switchback elsewhere): only whether the person who
 * opened it is signed in as the invitee.
 */
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

  @Field({ description: 'True when you are signed in as the invited email: accept without a password.' })
  viewerIsInvitee: boolean;

  @Field({ description: 'VALID, EXPIRED or USED.' })
  state: string;
}
