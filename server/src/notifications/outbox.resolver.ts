import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import type { User } from '../auth/user.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxViewService } from './outbox-view.service.js';

@ObjectType()
class Outbox {
  @Field({ description: 'False when no SMTP_URL is set: messages are only stored here.' })
  smtpConfigured: boolean;

  @Field(() => [OutboxMessage])
  messages: OutboxMessage[];
}

@Resolver()
export class OutboxResolver {
  constructor(private readonly service: OutboxViewService) {}

  @Query(() => Outbox, { description: "The network's outgoing email, newest first (coordinators)." })
  outbox(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<Outbox> {
    return this.service.forCoordinator(user.id, networkId, first);
  }
}
