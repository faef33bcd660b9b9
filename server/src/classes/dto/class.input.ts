import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { GRADE_LEVELS, LIMITS, LOCALES } from '@switchback/shared';
import { DisplayNameRule, NewPasswordRule, RequiredText, UsernameRule } from '../../common/input-rules.js';

@InputType()
export class CreateClassInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field()
  @RequiredText('Class name')
  name: string;

  @Field()
  @RequiredText('Subject', LIMITS.subjectMax)
  subject: string;

  @Field({ description: 'K or 1–12.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(GRADE_LEVELS, { message: 'Choose a grade level from K to 12.' })
  gradeLevel: string;
}

@InputType()
export class JoinClassInput {
  @Field({ description: 'The join code the teacher shared; case, spaces and dashes do not matter.' })
  @IsString({ message: 'Enter the join code from your teacher.' })
  @IsNotEmpty({ message: 'Enter the join code from your teacher.' })
  @MaxLength(20, { message: 'A join code has 8 letters and numbers.' })
  code: string;

  @Field({ nullable: true, description: 'For a new student account (not needed when signed in as a student).' })
  @IsOptional()
  @UsernameRule()
  username?: string;

  @Field({ nullable: true })
  @IsOptional()
  @DisplayNameRule('Your name')
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @NewPasswordRule()
  password?: string;

  @Field({ nullable: true, description: "A new account's language (en or es): the one the join page was read in." })
  @IsOptional()
  @IsIn([...LOCALES], { message: 'Choose English or Spanish.' })
  locale?: string;
}

@InputType()
export class ResetStudentPasswordInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a class.' })
  classId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a student.' })
  studentId: string;

  @Field()
  @NewPasswordRule()
  password: string;
}

@InputType()
export class RemoveStudentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a class.' })
  classId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a student.' })
  studentId: string;
}

/** A student in a teacher's roster (only the class's teacher and the school's administrators see it). */
@ObjectType()
export class RosterEntry {
  @Field(() => ID)
  studentId: string;

  @Field()
  displayName: string;

  @Field()
  username: string;

  @Field()
  joinedAt: Date;
}

/** What removing a student did, in words for the teacher. */
@ObjectType()
export class RemoveStudentResult {
  @Field({
    description: 'True when the student was in no other class of the network: they can no longer sign in to it.',
  })
  accessEnded: boolean;

  @Field({ description: 'What happened, for the teacher.' })
  message: string;
}
