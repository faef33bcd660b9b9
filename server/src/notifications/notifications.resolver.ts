import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseArrayPipe } from '@nestjs/common';
import { CurrentUser } from '../common/current-user.decorator.js';
import type { Connection } from '../common/pagination.js';
import { User } from '../auth/user.entity.js';
import { NotificationConnection } from '../groups/dto/group.types.js';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @CurrentUser() user: User,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<Notification>> {
    return this.service.list(user.id, first, after);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: User): Promise<number> {
    return this.service.unreadCount(user.id);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications (or all) read; returns the unread count left.' })
  markNotificationsRead(
    @CurrentUser() user: User,
    @Args('ids', { type: () => [ID], nullable: true }, new ParseArrayPipe({ items: String, optional: true }))
    ids?: string[],
  ): Promise<number> {
    return this.service.markRead(user.id, ids);
  }

  @Mutation(() => String, {
    description: 'How often unread notifications are emailed: DAILY, WEEKLY or OFF. Returns the saved value.',
  })
  async setDigestFrequency(@CurrentUser() user: User, @Args('frequency') frequency: string): Promise<string> {
    return (await this.service.setDigest(user.id, frequency)).digestFrequency;
  }
}
