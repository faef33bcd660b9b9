import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Membership } from '../../../networks/membership.entity.js';

@ObjectType({ description: 'The unit a mentoring pair co-plans on (shown only to whoever can open it).' })
export class MentorshipUnit {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'A possible mentor for a newer teacher, with the reasons for the suggestion.' })
export class MentorMatchView {
  @Field(() => Membership)
  member: Membership;

  @Field(() => [String])
  sharedSubjects: string[];

  @Field(() => [String])
  sharedGradeBands: string[];

  @Field(() => Float, { nullable: true, description: "Hours between the two schools' clocks now." })
  hoursApart: number | null;

  @Field(() => [String], { description: 'Why, in words: "Both teach Mathematics", "Same time zone".' })
  reasons: string[];
}

@ObjectType({ description: 'Mentoring in a period, for network health (coordinators).' })
export class MentoringHealth {
  @Field(() => Int, { description: 'Pairs active at the end of the period.' })
  activePairs: number;

  @Field(() => Int, { description: 'Meetings logged for days in the period.' })
  meetings: number;

  @Field(() => Int, { description: 'Active pairs with at least one meeting in the period.' })
  pairsMet: number;
}
