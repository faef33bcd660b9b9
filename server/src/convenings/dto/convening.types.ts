import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActionItemTarget, RegistrationStatus, SeatStatus } from '@switchback/shared';
import { UserSummary } from '../../units/dto/unit.types.js';
import { ActionItemTargetEnum, RegistrationStatusEnum, SeatStatusEnum } from '../convening.entity.js';

@ObjectType()
export class NamedRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType()
export class RegistrationNeeds {
  @Field(() => String)
  travel: string;

  @Field(() => Boolean)
  needsLodging: boolean;

  @Field(() => String)
  dietary: string;

  @Field(() => String)
  accessibility: string;
}

@ObjectType()
export class MyRegistration {
  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatus;

  @Field(() => RegistrationNeeds)
  needs: RegistrationNeeds;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType()
export class SeatView {
  @Field(() => SeatStatusEnum)
  status: SeatStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next), null when confirmed.' })
  waitlistPosition: number | null;

  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;
}

@ObjectType()
export class SessionAttendee {
  @Field(() => UserSummary)
  user: UserSummary;

  @Field(() => String, { nullable: true })
  schoolName: string | null;

  @Field(() => SeatStatusEnum)
  status: SeatStatus;

  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;
}

@ObjectType()
export class SessionActionItemView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  text: string;

  @Field(() => ActionItemTargetEnum)
  target: ActionItemTarget;

  @Field(() => ID, { nullable: true })
  goalId: string | null;

  @Field(() => ID, { nullable: true })
  postId: string | null;

  @Field(() => UserSummary)
  createdBy: UserSummary;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class Registrant {
  @Field(() => UserSummary)
  user: UserSummary;

  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatus;

  @Field(() => RegistrationNeeds)
  needs: RegistrationNeeds;
}

@ObjectType()
export class RegistrationCounts {
  @Field(() => Int)
  going: number;

  @Field(() => Int)
  maybe: number;

  @Field(() => Int)
  notGoing: number;

  @Field(() => Int, { description: 'GOING or MAYBE registrants who need lodging.' })
  needingLodging: number;
}

@ObjectType()
export class SchoolRegistrations {
  @Field(() => ID, { nullable: true, description: 'Null for people without a school (e.g. coordinators).' })
  schoolId: string | null;

  @Field(() => String)
  schoolName: string;

  @Field(() => RegistrationCounts)
  counts: RegistrationCounts;

  @Field(() => [Registrant])
  registrants: Registrant[];
}

@ObjectType()
export class RegistrationSummary {
  @Field(() => RegistrationCounts)
  counts: RegistrationCounts;

  @Field(() => [SchoolRegistrations])
  bySchool: SchoolRegistrations[];
}
