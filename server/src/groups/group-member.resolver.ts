import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, oneEach } from '../common/loaders.js';
import { User } from '../auth/user.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { GroupActivity } from './group-activity.entity.js';
import { GroupMember } from './group-member.entity.js';
import { LookupService } from './lookup.service.js';

/** Loads users and their network memberships for nested fields, batched per request. */
export function userLoader(ctx: GqlContext, lookup: LookupService) {
  return loaderFor<string, User | null>(ctx, 'users', async (ids) =>
    oneEach(ids, await lookup.usersByIds(ids), (u) => u.id),
  );
}

@Resolver(() => GroupMember)
export class GroupMemberResolver {
  constructor(private readonly lookup: LookupService) {}

  /** From their membership (read with it, in the same statement), or on its own when there is none. */
  @ResolveField(() => User)
  async user(@Parent() gm: GroupMember, @Context() ctx: GqlContext) {
    return (await this.membershipOf(gm, ctx))?.user ?? userLoader(ctx, this.lookup).load(gm.userId);
  }

  @ResolveField(() => Membership, { nullable: true, description: 'Their place in the network: school, subjects.' })
  member(@Parent() gm: GroupMember, @Context() ctx: GqlContext) {
    return this.membershipOf(gm, ctx);
  }

  private membershipOf(gm: GroupMember, ctx: GqlContext): Promise<Membership | null> {
    return loaderFor<string, Membership | null>(ctx, 'memberships', async (keys) =>
      oneEach(keys, await this.lookup.membershipsByKeys(keys), (m) => `${m.networkId}:${m.userId}`),
    ).load(`${gm.networkId}:${gm.userId}`);
  }
}

@Resolver(() => GroupActivity)
export class GroupActivityResolver {
  constructor(private readonly lookup: LookupService) {}

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() a: GroupActivity, @Context() ctx: GqlContext) {
    return a.actorId ? userLoader(ctx, this.lookup).load(a.actorId) : null;
  }
}
