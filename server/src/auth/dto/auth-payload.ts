import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../user.entity.js';

/** A signed-in user and their session token (also set as an httpOnly cookie). */
@ObjectType()
export class AuthPayload {
  @Field(() => User)
  user: User;

  @Field({ description: 'Session token, for API clients that cannot keep cookies (send as Bearer).' })
  token: string;
}
