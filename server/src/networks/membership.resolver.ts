import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, oneEach } from '../common/loaders.js';
import { User } from '../auth/user.entity.js';
import { Membership } from './membership.entity.js';
import { Network } from './network.entity.js';
import { NetworksService } from './networks.service.js';
import { School } from './school.entity.js';

/** A membership's user, network and school: the loaded relation when there is one, else one batched look-up. */
@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly networks: NetworksService) {}

  @ResolveField(() => User)
  user(@Parent() m: Membership, @Context() ctx: GqlContext) {
    return (
      m.user ??
      loaderFor<string, User | null>(ctx, 'membershipUsers', async (ids) =>
        oneEach(ids, await this.networks.usersByIds(ids), (u) => u.id),
      ).load(m.userId)
    );
  }

  @ResolveField(() => Network)
  network(@Parent() m: Membership, @Context() ctx: GqlContext) {
    return (
      m.network ??
      loaderFor<string, Network | null>(ctx, 'networks', async (ids) =>
        oneEach(ids, await this.networks.byIds(ids), (n) => n.id),
      ).load(m.networkId)
    );
  }

  @ResolveField(() => School, { nullable: true })
  school(@Parent() m: Membership, @Context() ctx: GqlContext) {
    if (m.school !== undefined) return m.school;
    if (!m.schoolId) return null;
    return loaderFor<string, School | null>(ctx, 'schools', async (ids) =>
      oneEach(ids, await this.networks.schoolsByIds(ids), (s) => s.id),
    ).load(m.schoolId);
  }
}
