import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination.js';
import { Membership } from '../../networks/membership.entity.js';
import { Notification } from '../../notifications/notification.entity.js';
import { Group } from '../group.entity.js';
import { Post } from '../post.entity.js';

export const GroupConnection = ConnectionType(Group, 'GroupConnection');
export const PostConnection = ConnectionType(Post, 'PostConnection');
export const NotificationConnection = ConnectionType(Notification, 'NotificationConnection');

/** Someone in another school who does the same job. */
@ObjectType()
export class JobAlike {
  @Field(() => Membership)
  member: Membership;

  @Field(() => [String])
  sharedSubjects: string[];

  @Field(() => [String])
  sharedGradeBands: string[];
}

/** A teacher or principal with no active group. */
@ObjectType()
export class IsolatedMember {
  @Field(() => Membership)
  member: Membership;

  @Field({ description: 'NO_GROUP or INACTIVE_GROUPS (every group quiet for 30 days).' })
  reason: string;

  @Field(() => Date, { nullable: true })
  lastGroupActivityAt: Date | null;
}
