import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS } from '@switchback/shared';
import { ConnectionType } from '../../common/pagination.js';

/** One recorded action, as a coordinator reads it: who, what, when, on what (by id, never a student's name). */
@ObjectType()
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. student.delete' })
  action: string;

  @Field({ description: 'What the action was, in words (e.g. "Deleted a student\'s data").' })
  actionLabel: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field({ description: 'Who did it: their name, or "A former member" when their account is gone.' })
  actorName: string;

  @Field()
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field({ description: 'The recorded details as "key: value" pairs.' })
  details: string;

  @Field()
  createdAt: Date;
}

export const AuditLogConnection = ConnectionType(AuditLogEntry, 'AuditLogConnection');

@ArgsType()
export class AuditLogArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => String, { nullable: true, description: 'Only this action (see the actions list).' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: 'Choose an action from the list.' })
  action?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
