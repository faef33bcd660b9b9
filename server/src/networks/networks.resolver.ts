import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/current-user.decorator.js';
import type { User } from '../auth/user.entity.js';
import { Membership } from './membership.entity.js';
import { Network } from './network.entity.js';
import { NetworksService } from './networks.service.js';
import { School } from './school.entity.js';
import { SchoolsService } from './schools.service.js';

@Resolver(() => Network)
export class NetworksResolver {
  constructor(
    private readonly networks: NetworksService,
    private readonly schoolsService: SchoolsService,
  ) {}

  @Query(() => Network, { description: 'A network you belong to, by its slug.' })
  network(@CurrentUser() user: User, @Args('slug') slug: string): Promise<Network> {
    return this.networks.bySlug(user.id, slug);
  }

  @ResolveField(() => [School])
  schools(@CurrentUser() user: User, @Parent() network: Network): Promise<School[]> {
    return this.schoolsService.list(user.id, network.id);
  }

  @ResolveField(() => Membership, { description: "The viewer's own membership in this network." })
  viewerMembership(@CurrentUser() user: User, @Parent() network: Network): Promise<Membership> {
    return this.networks.viewerMembership(user.id, network.id);
  }
}
