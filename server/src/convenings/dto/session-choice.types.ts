import { Field, ObjectType } from '@nestjs/graphql';
import { NamedRef } from './convening.types.js';

/** Whether the viewer may choose a session now, and if not, why (decided by the server, shown beside the session). */
@ObjectType({ description: 'Whether you may choose this session, and why not when you may not.' })
export class SessionChoice {
  @Field({ description: 'You may choose it now (or leave it, when you chose it).' })
  available: boolean;

  @Field({ description: 'You chose it (a seat or a place on its waitlist).' })
  chosen: boolean;

  @Field({ description: 'It is full: choosing it puts you on its waitlist.' })
  full: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is not offered: REGISTER_FIRST, NOT_PUBLISHED, OVER, NOT_IN_GROUP or TIME_CLASH.',
  })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is not offered, in a sentence.' })
  reason: string | null;

  @Field(() => NamedRef, { nullable: true, description: 'The session you chose that is at the same time.' })
  clashesWith: NamedRef | null;
}
