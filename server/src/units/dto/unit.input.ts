import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  GRADE_BANDS,
  LIMITS,
  UNIT_COMMENT_KINDS,
  UNIT_LIMITS,
  UNIT_SECTION_IDS,
  UNIT_STATUSES,
  type UnitCommentKind,
  type UnitStatus,
} from '@switchback/shared';
import { OptionalText, RequiredText } from '../../common/input-rules.js';
import { UnitCommentKindEnum } from '../unit-comment.entity.js';
import { UnitStatusEnum } from '../unit.entity.js';

const GRADE_BAND_MESSAGE = `Choose a grade band: ${GRADE_BANDS.join(', ')}.`;
const Title = (empty: string) =>
  RequiredText('The title', UNIT_LIMITS.titleMax, {
    empty,
    tooLong: `Keep the title under ${UNIT_LIMITS.titleMax} characters.`,
  });
const Subject = () =>
  OptionalText('Subject', LIMITS.subjectMax, `Keep the subject under ${LIMITS.subjectMax} characters.`);
const Summary = () =>
  OptionalText('Summary', UNIT_LIMITS.summaryMax, `Keep the summary under ${UNIT_LIMITS.summaryMax} characters.`);
/** An empty grade band clears it. */
const emptyToNull = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? null : value,
);

@InputType()
export class CreateUnitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the group that writes the unit.' })
  groupId: string;

  @Field()
  @Title('Give the unit a title.')
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Subject()
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'K-2, 3-5, 6-8 or 9-12.' })
  @emptyToNull
  @IsOptional()
  @IsIn(GRADE_BANDS, { message: GRADE_BAND_MESSAGE })
  gradeBand?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Summary()
  summary?: string | null;
}

@InputType({ description: 'Fields left out (or null) stay as they are; an empty grade band clears it.' })
export class UpdateUnitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a unit.' })
  unitId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Title('The title cannot be empty.')
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Subject()
  subject?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: GRADE_BAND_MESSAGE })
  @IsIn([...GRADE_BANDS, ''], { message: GRADE_BAND_MESSAGE })
  gradeBand?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Summary()
  summary?: string | null;
}

@InputType()
export class AddUnitCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a unit.' })
  unitId: string;

  @Field(() => String, { description: 'One of the section ids of UNIT_SECTIONS.' })
  @IsIn(UNIT_SECTION_IDS, { message: 'Choose a section of the unit.' })
  sectionId: string;

  @Field(() => UnitCommentKindEnum)
  @IsIn(UNIT_COMMENT_KINDS, { message: 'Choose clarifying question, warm, cool or suggestion.' })
  kind: UnitCommentKind;

  @Field()
  @RequiredText('The comment', UNIT_LIMITS.commentMax, {
    empty: 'Write your comment.',
    tooLong: `Comments are at most ${UNIT_LIMITS.commentMax} characters.`,
  })
  body: string;
}

@InputType()
export class StartUnitReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a unit.' })
  unitId: string;

  @Field(() => [ID], { description: 'The critical friends: adults of the network from outside the group.' })
  @ArrayMinSize(1, { message: 'Name at least one critical friend.' })
  @ArrayMaxSize(UNIT_LIMITS.friendsMax, { message: `Name at most ${UNIT_LIMITS.friendsMax} critical friends.` })
  @IsUUID('all', { each: true, message: 'Choose critical friends from the list.' })
  friendIds: string[];
}

@ArgsType()
export class UnitsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a group.' })
  groupId: string;

  @Field(() => UnitStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(UNIT_STATUSES, { message: 'Choose draft, in review, published or archived.' })
  status?: UnitStatus | null;
}

@ArgsType()
export class LibraryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => String, { nullable: true, description: 'Words in the title, summary or text of the unit.' })
  @IsOptional()
  @OptionalText('Search', LIMITS.searchMax, `Search for at most ${LIMITS.searchMax} characters.`)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Subject()
  subject?: string | null;

  @Field(() => String, { nullable: true })
  @emptyToNull
  @IsOptional()
  @IsIn(GRADE_BANDS, { message: GRADE_BAND_MESSAGE })
  gradeBand?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Ask for a whole number of units.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'That page link is not valid.' })
  after?: string | null;
}
