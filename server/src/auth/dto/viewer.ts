import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Membership } from '../../networks/membership.entity.js';

/** The signed-in person and the networks they belong to. */
@ObjectType()
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  username: string | null;

  @Field({ description: 'The language the person reads the app in: en or es.' })
  locale: string;

  @Field({ description: 'How often unread notifications are emailed: DAILY, WEEKLY or OFF.' })
  digestFrequency: string;

  @Field(() => [Membership], { description: 'Active memberships, with network and school.' })
  memberships: Membership[];
}
