import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import {
  LESSON_STUDY_PHASES,
  LESSON_STUDY_ROLES,
  OBSERVATION_MODES,
  OBSERVE_LIMITS,
  type LessonStudyPhase,
  type LessonStudyRole,
  type ObservationMode,
} from '@switchback/shared';
import { EmailRule, OptionalText, RequiredText } from '../../../common/input-rules.js';
import { LessonStudyPhaseEnum, ObservationModeEnum } from '../lesson-study.entity.js';
import { LessonStudyRoleEnum } from './lesson-study.types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateLessonStudyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  groupId: string;

  @Field()
  @RequiredText('The title', OBSERVE_LIMITS.titleMax, { empty: 'Give the lesson study a title.' })
  title: string;

  @Field({ description: 'The research theme: the long-term goal for students.' })
  @RequiredText('The research theme', OBSERVE_LIMITS.themeMax, {
    empty: 'Write the research theme: the long-term goal for students.',
  })
  theme: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A unit of the same network (one the group wrote, or a published one).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a unit from the list.' })
  unitId?: string | null;

  @Field(() => ObservationModeEnum, { nullable: true, defaultValue: 'RECORDED' })
  @IsOptional()
  @IsIn(OBSERVATION_MODES, { message: 'Choose recorded, in person or both.' })
  observationMode?: ObservationMode;

  @Field(() => ID, { nullable: true, description: 'Who teaches the research lesson (you, unless you name someone).' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the teaching teacher from the list.' })
  teacherId?: string | null;
}

@InputType()
export class LookForInput {
  @Field(() => String, { nullable: true, description: 'Keep the id of an existing point; new points get one.' })
  @IsOptional()
  @IsUUID('all', { message: 'That look-for point is not one of this lesson study.' })
  id?: string | null;

  @Field()
  @RequiredText('A look-for point', OBSERVE_LIMITS.lookForMax, { empty: 'A look-for point cannot be empty.' })
  text: string;
}

@InputType()
export class SetLookForsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a lesson study.' })
  lessonStudyId: string;

  @Field(() => [LookForInput])
  @IsArray({ message: 'List the look-for points.' })
  @ArrayMaxSize(OBSERVE_LIMITS.lookForsMax, {
    message: `Name at most ${OBSERVE_LIMITS.lookForsMax} look-for points: observers cannot watch for more.`,
  })
  @ValidateNested({ each: true })
  @Type(() => LookForInput)
  lookFors: LookForInput[];
}

@InputType()
export class SetPhaseDatesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a lesson study.' })
  lessonStudyId: string;

  @Field(() => LessonStudyPhaseEnum)
  @IsIn(LESSON_STUDY_PHASES, { message: 'Choose a phase.' })
  phase: LessonStudyPhase;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: 'Give the start as a date (YYYY-MM-DD).' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: 'Give the end as a date (YYYY-MM-DD).' })
  endsOn?: string | null;
}

@InputType()
export class NameLessonStudyRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a lesson study.' })
  lessonStudyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose someone from the list.' })
  userId: string;

  @Field(() => LessonStudyRoleEnum)
  @IsIn(LESSON_STUDY_ROLES, { message: 'Choose a role.' })
  role: LessonStudyRole;
}

@InputType()
export class InviteKnowledgeableOtherInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a lesson study.' })
  lessonStudyId: string;

  @Field({ description: 'The email of their Switchback account (in another network).' })
  @EmailRule()
  email: string;
}

@InputType()
export class SaveLessonPlanVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a lesson study.' })
  lessonStudyId: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @OptionalText('The note', 500)
  note?: string;
}
