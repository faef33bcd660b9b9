import { Args, Query, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { ACTIVE_MEMBER_DEFINITION, NetworkHealth } from './dto/network-health.types.js';
import { NetworkHealthService } from './network-health.service.js';

@Resolver(() => NetworkHealth)
export class NetworkHealthResolver {
  constructor(private readonly health: NetworkHealthService) {}

  @Query(() => NetworkHealth, {
    description: `Coordinators: the network's health for a period. ${ACTIVE_MEMBER_DEFINITION}`,
  })
  networkHealth(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('from', { description: 'First day, inclusive: an ISO 8601 date or date-time with a zone.' }) from: string,
    @Args('to', { description: 'End, exclusive: an ISO 8601 date or date-time with a zone.' }) to: string,
  ): Promise<NetworkHealth> {
    return this.health.networkHealth(user.id, networkId, from, to);
  }
}
