import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A cycle's in-person open class: a convening session of kind OPEN_CLASS." })
export class OpenClassView {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  conveningId: string;

  @Field(() => String)
  conveningTitle: string;

  @Field(() => String)
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { description: "The venue's time zone." })
  timeZone: string;

  @Field(() => String)
  room: string;

  @Field(() => Int, { nullable: true })
  capacity: number | null;

  @Field(() => Int)
  confirmedCount: number;

  @Field(() => Int)
  waitlistCount: number;

  @Field(() => [String], { description: 'The names of those with a confirmed seat: its registered observers.' })
  observers: string[];
}
