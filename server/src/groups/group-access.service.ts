import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { groupPolicy, type GroupAction, type GroupFacts } from '../access/policies/group.policy.js';
import type { GqlContext } from '../common/auth-context.js';
import { currentUserId } from '../common/current-user.decorator.js';
import { notFound } from '../common/errors.js';
import { loaderFor, rowsByIds } from '../common/loaders.js';
import type { Membership } from '../networks/membership.entity.js';
import type { GroupMember } from './group-member.entity.js';
import { groupPlaces } from './group-places.js';
import { Group } from './group.entity.js';

export const GROUPS_ARE_FOR_ADULTS = 'Job-alike groups are for the adults of the network.';

export interface GroupContext {
  group: Group;
  /** The caller's network membership. */
  me: Membership;
  /** The caller's place in the group (ACTIVE or PENDING), if any. */
  mine: GroupMember | null;
  /** What the group policy decides on (`access/policies/group.policy.ts`). */
  facts: GroupFacts;
}

/**
 * Loads the facts the group policy decides on, batched; the rules themselves are the table in
 * `access/policies/group.policy.ts`. People outside the network and students get "not found".
 */
@Injectable()
export class GroupAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async context(userId: string, groupId: string): Promise<GroupContext> {
    const [result] = await this.contexts(userId, [groupId]);
    if (result instanceof Error) throw result;
    return result;
  }

  /**
   * Contexts of several groups in at most three queries; an Error in place of each group the person
   * may not see. With the request's context, rows other contexts of the request read are not read again.
   */
  async contexts(userId: string, groupIds: readonly string[], ctx?: GqlContext): Promise<(GroupContext | Error)[]> {
    const groups = await rowsByIds(this.db, Group, groupIds, ctx);
    const [memberships, mine] = await Promise.all([
      this.access.memberships(
        userId,
        groups.map((g) => g.networkId),
      ),
      groupPlaces(
        this.db,
        userId,
        groups.map((g) => g.id),
        ctx,
      ),
    ]);
    return groupIds.map((id) => {
      const group = groups.find((g) => g.id === id);
      const me = group && memberships.find((m) => m.networkId === group.networkId);
      if (!group || !me) return notFound('group');
      const place = mine.find((gm) => gm.groupId === id) ?? null;
      const facts: GroupFacts = {
        role: me.role,
        access: group.access,
        archived: !!group.archivedAt,
        place: !place ? 'NONE' : place.status !== 'ACTIVE' ? 'PENDING' : place.role,
      };
      if (!groupPolicy.allows(facts, 'read')) return notFound('group');
      return { group, me, mine: place, facts };
    });
  }

  /** The caller's context for a group, looked up once per GraphQL request (and batched across groups). */
  contextFor(ctx: GqlContext, groupId: string): Promise<GroupContext> {
    const userId = currentUserId(ctx);
    return loaderFor<string, GroupContext>(ctx, `groupContext:${userId}`, (ids) =>
      this.contexts(userId, ids, ctx),
    ).load(groupId);
  }

  can(ctx: GroupContext, action: GroupAction): boolean {
    return groupPolicy.allows(ctx.facts, action);
  }

  /** The context when the group policy allows `action`; FORBIDDEN with its sentence otherwise. */
  assert(ctx: GroupContext, action: GroupAction): GroupContext {
    groupPolicy.assert(ctx.facts, action);
    return ctx;
  }

  async require(userId: string, groupId: string, action: GroupAction): Promise<GroupContext> {
    return this.assert(await this.context(userId, groupId), action);
  }

  assertReadable(ctx: GroupContext): GroupContext {
    return this.assert(ctx, 'readStream');
  }

  isActiveMember(ctx: GroupContext): boolean {
    return ctx.mine?.status === 'ACTIVE';
  }

  isFacilitator(ctx: GroupContext): boolean {
    return this.can(ctx, 'facilitate');
  }

  /** Open groups' streams are readable by the network's adults; closed ones by members and coordinators. */
  canReadStream(ctx: GroupContext): boolean {
    return this.can(ctx, 'readStream');
  }

  readable(userId: string, groupId: string): Promise<GroupContext> {
    return this.require(userId, groupId, 'readStream');
  }

  /** Taking part (posting, setting goals) needs active membership of a group that is not archived. */
  participant(userId: string, groupId: string): Promise<GroupContext> {
    return this.require(userId, groupId, 'participate');
  }

  facilitator(userId: string, groupId: string): Promise<GroupContext> {
    return this.require(userId, groupId, 'facilitate');
  }
}
