import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { LIMITS, US_STATES } from '@switchback/shared';
import { RequiredText, TimeZoneRule } from '../../common/input-rules.js';

const upper = Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
const stateMessage = 'Choose a state by its two-letter code, like AK or MT.';

@InputType()
export class CreateSchoolInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a network.' })
  networkId: string;

  @Field()
  @RequiredText('School name')
  name: string;

  @Field({ description: 'Two-letter postal code, e.g. AK.' })
  @upper
  @IsIn(Object.keys(US_STATES), { message: stateMessage })
  state: string;

  @Field({ description: 'Town or area.' })
  @RequiredText('Town or area', LIMITS.localityMax)
  locality: string;

  @Field({ description: 'IANA time zone, e.g. America/Anchorage.' })
  @TimeZoneRule()
  timeZone: string;
}

@InputType()
export class UpdateSchoolInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a school.' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText('School name')
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @upper
  @IsIn(Object.keys(US_STATES), { message: stateMessage })
  state?: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText('Town or area', LIMITS.localityMax)
  locality?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TimeZoneRule()
  timeZone?: string;
}
