import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { currentUserId } from '../common/current-user.decorator.js';
import { forbidden, notFound } from '../common/errors.js';
import { loaderFor } from '../common/loaders.js';
import { AccessService } from '../networks/access.service.js';
import { Membership } from '../networks/membership.entity.js';
import { GroupMember } from './group-member.entity.js';
import { Group } from './group.entity.js';

export interface GroupContext {
  group: Group;
  /** The caller's network membership. */
  me: Membership;
  /** The caller's place in the group (ACTIVE or PENDING), if any. */
  mine: GroupMember | null;
}

/**
 * Who may do what in a group. Groups are for the network's adults: students never see them, and
 * people outside the network get "not found".
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

  /** Contexts of several groups in three queries; an Error in place of each group the person may not see. */
  async contexts(userId: string, groupIds: readonly string[]): Promise<(GroupContext | Error)[]> {
    const groups = await this.db.getRepository(Group).findBy({ id: In([...groupIds]) });
    const networkIds = [...new Set(groups.map((g) => g.networkId))];
    const [memberships, mine] = await Promise.all([
      networkIds.length
        ? this.db.getRepository(Membership).findBy({ userId, networkId: In(networkIds), status: 'ACTIVE' })
        : [],
      groups.length ? this.db.getRepository(GroupMember).findBy({ userId, groupId: In(groups.map((g) => g.id)) }) : [],
    ]);
    return groupIds.map((id) => {
      const group = groups.find((g) => g.id === id);
      const me = group && memberships.find((m) => m.networkId === group.networkId);
      if (!group || !me || me.role === 'STUDENT') return notFound('group');
      return { group, me, mine: mine.find((gm) => gm.groupId === id) ?? null };
    });
  }

  /** The caller's context for a group, looked up once per GraphQL request (and batched across groups). */
  contextFor(ctx: GqlContext, groupId: string): Promise<GroupContext> {
    const userId = currentUserId(ctx);
    return loaderFor<string, GroupContext>(ctx, `groupContext:${userId}`, (ids) => this.contexts(userId, ids)).load(
      groupId,
    );
  }

  assertReadable(ctx: GroupContext): GroupContext {
    if (!this.canReadStream(ctx)) throw forbidden('This group is closed: ask to join to read its posts.');
    return ctx;
  }

  /** The network's adults may list groups; students may not. */
  requireAdult(userId: string, networkId: string): Promise<Membership> {
    return this.access.requireAdult(userId, networkId, 'Job-alike groups are for the adults of the network.');
  }

  isActiveMember(ctx: GroupContext): boolean {
    return ctx.mine?.status === 'ACTIVE';
  }

  isFacilitator(ctx: GroupContext): boolean {
    return (ctx.mine?.status === 'ACTIVE' && ctx.mine.role === 'FACILITATOR') || ctx.me.role === 'COORDINATOR';
  }

  /** Open groups' streams are readable by the network's adults; closed ones by members and coordinators. */
  canReadStream(ctx: GroupContext): boolean {
    return ctx.group.access === 'OPEN' || this.isActiveMember(ctx) || ctx.me.role === 'COORDINATOR';
  }

  async readable(userId: string, groupId: string): Promise<GroupContext> {
    return this.assertReadable(await this.context(userId, groupId));
  }

  /** Taking part (posting, setting goals) needs active membership of a group that is not archived. */
  async participant(userId: string, groupId: string): Promise<GroupContext> {
    const ctx = await this.context(userId, groupId);
    if (ctx.group.archivedAt) throw forbidden('This group is archived: it is read-only now.');
    if (!this.isActiveMember(ctx)) throw forbidden('Join the group to take part.');
    return ctx;
  }

  async facilitator(userId: string, groupId: string): Promise<GroupContext> {
    const ctx = await this.context(userId, groupId);
    if (!this.isFacilitator(ctx)) throw forbidden("Only the group's facilitators can do that.");
    return ctx;
  }
}
