import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  CONVENING_LIMITS as L,
  CONVENING_SEASONS,
  SESSION_KINDS,
  type ConveningSeason,
  type SessionKind,
} from '@switchback/shared';
import { OptionalText, RequiredText, SingleLineRule, TimeZoneRule } from '../../common/input-rules.js';
import { ConveningSeasonEnum, SessionKindEnum } from '../convening.entity.js';

const TITLE = { empty: 'Give the convening a title.', tooLong: `Keep the title under ${L.titleMax} characters.` };
const VENUE = { empty: 'Say where it takes place.', tooLong: `Keep the venue under ${L.venueMax} characters.` };
const SEASON = 'Choose fall or spring.';
const CAPACITY = `Seats must be a whole number from 1 to ${L.capacityMax} (or leave it empty for no limit).`;

@InputType()
export class CreateConveningInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field(() => String)
  @RequiredText('The title', L.titleMax, TITLE)
  @SingleLineRule('The title')
  title: string;

  @Field(() => ConveningSeasonEnum)
  @IsIn(CONVENING_SEASONS, { message: SEASON })
  season: ConveningSeason;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose when it starts.' })
  startsAt: Date;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose when it ends.' })
  endsAt: Date;

  @Field(() => String, { description: "The venue's IANA time zone, e.g. America/Anchorage." })
  @TimeZoneRule()
  timeZone: string;

  @Field(() => String)
  @RequiredText('The venue', L.venueMax, VENUE)
  @SingleLineRule('The venue')
  venue: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText('The address', L.addressMax)
  @SingleLineRule('The address')
  address?: string | null;

  @Field(() => ID, { nullable: true, description: 'A school of the network that hosts it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a host school from the list.' })
  hostSchoolId?: string | null;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose the registration deadline.' })
  registrationDeadline: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText('The description', L.descriptionMax)
  description?: string | null;
}

/** Only the fields given change; `hostSchoolId: null` removes the host school. The rules are the creation's. */
@InputType()
export class UpdateConveningInput extends PartialType(OmitType(CreateConveningInput, ['networkId'] as const)) {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a convening.' })
  id: string;
}

@InputType()
export class AddConveningSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a convening.' })
  conveningId: string;

  @Field(() => SessionKindEnum)
  @IsIn(SESSION_KINDS, { message: 'Choose job-alike, plenary, cross-group, social or open class.' })
  kind: SessionKind;

  @Field(() => String)
  @RequiredText('The title', L.titleMax, {
    empty: 'Give the session a title.',
    tooLong: `Keep the title under ${L.titleMax} characters.`,
  })
  @SingleLineRule('The title')
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText('The description', L.descriptionMax)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for job-alike sessions.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a group from the list.' })
  groupId?: string | null;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose when the session starts.' })
  startsAt: Date;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: 'Choose when the session ends.' })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText('The room', L.roomMax)
  @SingleLineRule('The room')
  room?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; leave out for no limit.' })
  @IsOptional()
  @IsInt({ message: CAPACITY })
  @Min(1, { message: CAPACITY })
  @Max(L.capacityMax, { message: CAPACITY })
  capacity?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a facilitator from the list.' })
  facilitatorId?: string | null;
}

/** Only the fields given change; `null` clears the group, capacity (no limit) or facilitator. The rules are the creation's. */
@InputType()
export class UpdateConveningSessionInput extends PartialType(
  OmitType(AddConveningSessionInput, ['conveningId'] as const),
) {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a session.' })
  id: string;
}

@InputType()
export class RegistrationNeedsInput {
  @Field(() => String, { nullable: true, description: 'How they travel and any help they need getting there.' })
  @IsOptional()
  @OptionalText('Travel', L.needsMax)
  travel?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Say whether you need lodging.' })
  needsLodging?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText('Dietary needs', L.needsMax)
  dietary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText('Accessibility needs', L.needsMax)
  accessibility?: string | null;
}
