import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OBSERVATION_OWNER_KINDS, OBSERVE_LIMITS, type ObservationOwnerKind } from '@switchback/shared';
import { OptionalText, RequiredText } from '../../../common/input-rules.js';
import { ObservationOwnerKindEnum } from '../observation-note.entity.js';

const NoteBody = () =>
  RequiredText('A note', OBSERVE_LIMITS.noteMax, {
    empty: 'Write what you saw.',
    tooLong: `A note is at most ${OBSERVE_LIMITS.noteMax} characters: split it into two.`,
  });
/** One of the plan's "look for" points, by id; optional. */
const LookForId = () =>
  applyDecorators(
    IsOptional(),
    IsString({ message: 'Choose a "look for" point from the list.' }),
    MaxLength(100, { message: 'Choose a "look for" point from the list.' }),
  );
/** A student group such as "Group 3"; optional, never a name. */
const StudentGroup = () =>
  applyDecorators(
    IsOptional(),
    OptionalText('The student group', 20, 'Name a student group like "Group 3", never a student\'s name.'),
  );

@InputType()
export class AddObservationNoteInput {
  @Field(() => ID, { description: 'Made by the client (a UUID), so sending a note twice stores it once.' })
  @IsUUID('all', { message: 'The note needs an id made by the app.' })
  id: string;

  @Field(() => ObservationOwnerKindEnum)
  @IsIn(OBSERVATION_OWNER_KINDS, { message: 'Notes belong to a lesson study or a mentoring pair.' })
  ownerKind: ObservationOwnerKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'That lesson study or mentoring link is not valid.' })
  ownerId: string;

  @Field(() => ID, { nullable: true, description: 'The recording, for a note at a moment of it.' })
  @IsOptional()
  @IsUUID('all', { message: 'That recording link is not valid.' })
  mediaId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Seconds into the recording.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'That moment is not on the recording.' })
  atSeconds?: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was seen, for a note taken in the room.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'That time is not valid.' })
  observedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'One of the plan\'s "look for" points (required when it has any).',
  })
  @LookForId()
  lookForId?: string | null;

  @Field(() => String, { nullable: true, description: 'A student group like "Group 3" (never a name).' })
  @StudentGroup()
  studentGroup?: string | null;

  @Field()
  @NoteBody()
  body: string;
}

@InputType()
export class UpdateObservationNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That note link is not valid.' })
  id: string;

  @Field(() => String, { nullable: true })
  @LookForId()
  lookForId?: string | null;

  @Field(() => String, { nullable: true, description: 'A student group like "Group 3"; empty for none.' })
  @StudentGroup()
  studentGroup?: string | null;

  @Field()
  @NoteBody()
  body: string;
}
