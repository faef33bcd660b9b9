import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/errors.js';
import { AccessService } from '../networks/access.service.js';
import type { Membership } from '../networks/membership.entity.js';
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
    const group = await this.db.getRepository(Group).findOneBy({ id: groupId });
    if (!group) throw notFound('group');
    const me = await this.access.activeMembership(userId, group.networkId);
    if (!me || me.role === 'STUDENT') throw notFound('group');
    const mine = await this.db.getRepository(GroupMember).findOneBy({ groupId, userId });
    return { group, me, mine };
  }

  /** The network's adults may list groups; students may not. */
  async requireAdult(userId: string, networkId: string): Promise<Membership> {
    const me = await this.access.requireMember(userId, networkId);
    if (me.role === 'STUDENT') throw forbidden('Job-alike groups are for the adults of the network.');
    return me;
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
    const ctx = await this.context(userId, groupId);
    if (!this.canReadStream(ctx)) throw forbidden('This group is closed: ask to join to read its posts.');
    return ctx;
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
