import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import { GroupLiveEvent, type GroupMembersEventPayload } from '@switchback/shared';
import { badInput, conflict, notFound } from '../common/errors.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { decodeCursor, pageSize, rowsAndTotal, toConnection, type Connection } from '../common/pagination.js';
import { Membership } from '../networks/membership.entity.js';
import { User } from '../auth/user.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { LivePublisher } from '../live/live-publisher.service.js';
import { AccessService } from '../access/access.service.js';
import { AccessEvents } from '../access/access-events.js';
import { ActivityService } from './activity.service.js';
import { GROUPS_ARE_FOR_ADULTS, GroupAccessService } from './group-access.service.js';
import { GroupMember } from './group-member.entity.js';
import { Group } from './group.entity.js';
import type {
  AppointFacilitatorInput,
  CreateGroupInput,
  DecideJoinRequestInput,
  GroupsArgs,
  UpdateGroupInput,
} from './dto/group.input.js';

export type NewGroup = Omit<CreateGroupInput, 'facilitatorIds'>;

export const duplicate = () =>
  conflict('The network already has a group with that name.', { name: 'That name is taken.' });

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccessService,
    private readonly network: AccessService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly live: LivePublisher,
    private readonly events: AccessEvents,
  ) {}

  async list(userId: string, args: GroupsArgs): Promise<Connection<Group>> {
    await this.network.require(userId, args.networkId, 'browseAdults', GROUPS_ARE_FOR_ADULTS);
    const take = pageSize(args.first);
    const f = args.filter ?? {};
    const qb = this.db.getRepository(Group).createQueryBuilder('g').where('g.network_id = :n', { n: args.networkId });
    if (!f.includeArchived) qb.andWhere('g.archived_at IS NULL');
    if (f.focus) qb.andWhere('g.focus = :focus', { focus: f.focus });
    if (f.subject) qb.andWhere('lower(g.subject) = lower(:subject)', { subject: f.subject });
    if (f.gradeBand) qb.andWhere('g.grade_band = :band', { band: f.gradeBand });
    if (f.search) {
      const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) => w.where('g.name ILIKE :like', { like }).orWhere('g.description ILIKE :like', { like })),
      );
    }
    if (f.mine) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.user_id = :me AND gm.status = 'ACTIVE')`,
        {
          me: userId,
        },
      );
    }
    const base = qb.clone();
    const cursor = decodeCursor(args.after, 2);
    if (cursor)
      qb.andWhere('(lower(g.name), g.id::text) > (:cn, :ci)', { cn: String(cursor[0]), ci: String(cursor[1]) });
    qb.orderBy('lower(g.name)', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .limit(take + 1);
    const { rows, totalCount } = await rowsAndTotal(qb, base, 'g', !!cursor);
    return toConnection(rows, take, totalCount, (g) => [g.name.toLowerCase(), g.id]);
  }

  checkFocus(input: { focus: string; subject?: string | null; gradeBand?: string | null; role?: string | null }) {
    if (input.focus === 'SUBJECT' && !input.subject)
      throw badInput('Name the subject this group gathers.', { subject: 'Enter a subject.' });
    if (input.focus === 'GRADE_BAND' && !input.gradeBand)
      throw badInput('Choose the grade band.', { gradeBand: 'Choose a grade band.' });
    if (input.focus === 'ROLE' && !input.role)
      throw badInput('Choose the role this group gathers.', { role: 'Choose a role.' });
  }

  /** Adults of the network, by user id, or an input error naming who is not. */
  private async adultsOf(networkId: string, userIds: string[]): Promise<Membership[]> {
    if (userIds.length === 0) return [];
    const found = await this.db.getRepository(Membership).findBy({ networkId, userId: In(userIds), status: 'ACTIVE' });
    const adults = found.filter((m) => m.role !== 'STUDENT');
    if (adults.length !== new Set(userIds).size) {
      throw badInput('Facilitators must be adults of this network.', {
        facilitatorIds: 'Choose people of this network.',
      });
    }
    return adults;
  }

  async create(userId: string, input: CreateGroupInput): Promise<Group> {
    await this.network.require(userId, input.networkId, 'createGroups');
    this.checkFocus(input);
    const facilitators = await this.adultsOf(input.networkId, input.facilitatorIds ?? []);
    try {
      return await this.db.transaction((m) =>
        this.insert(
          m,
          input,
          facilitators.map((f) => f.userId),
          userId,
        ),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
  }

  /**
   * Writes a new group with its facilitators in the caller's transaction (the caller checked who may
   * and that the facilitators are adults of the network). A taken name throws the database's unique
   * violation, which `isDuplicateName` recognises.
   */
  async insert(m: EntityManager, input: NewGroup, facilitatorIds: string[], actorId: string): Promise<Group> {
    this.checkFocus(input);
    const group = await m.save(
      m.create(Group, {
        networkId: input.networkId,
        name: input.name,
        focus: input.focus,
        subject: input.focus === 'SUBJECT' ? input.subject! : null,
        gradeBand: input.focus === 'GRADE_BAND' ? input.gradeBand! : null,
        role: input.focus === 'ROLE' ? input.role! : null,
        description: input.description ?? '',
        primeFocus: input.primeFocus,
        access: input.access ?? 'OPEN',
      }),
    );
    for (const userId of new Set(facilitatorIds)) {
      await m.insert(GroupMember, {
        groupId: group.id,
        networkId: group.networkId,
        userId,
        role: 'FACILITATOR',
        status: 'ACTIVE',
      });
    }
    await this.activity.record(m, { groupId: group.id, actorId, kind: 'CREATED', summary: 'created the group' });
    return group;
  }

  /** Whether a name is free in the network (a friendly early answer; the unique index has the last word). */
  async nameTaken(networkId: string, name: string): Promise<boolean> {
    return this.db
      .getRepository(Group)
      .createQueryBuilder('g')
      .where('g.network_id = :networkId AND lower(g.name) = lower(:name)', { networkId, name })
      .getExists();
  }

  /** Coordinators and the group's facilitators edit its description, focus and access. */
  async update(userId: string, input: UpdateGroupInput): Promise<Group> {
    const { group } = await this.access.facilitator(userId, input.id);
    const { id: _id, ...given } = input;
    const closing = group.access === 'OPEN' && given.access === 'CLOSED';
    Object.assign(group, Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== null)));
    try {
      const saved = await this.db.getRepository(Group).save(group);
      // An open group made closed: its stream's watchers who are not members stop hearing it.
      if (closing) this.events.publish({ kind: 'group', groupId: group.id });
      return saved;
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
  }

  async archive(userId: string, groupId: string): Promise<Group> {
    const ctx = await this.access.require(userId, groupId, 'archive');
    ctx.group.archivedAt = ctx.group.archivedAt ?? new Date();
    const saved = await this.db.getRepository(Group).save(ctx.group);
    // The group's units become read-only for the sockets that have them open.
    const units: { id: string }[] = await this.db.query('SELECT id FROM unit WHERE group_id = $1', [groupId]);
    this.events.publish({ kind: 'group', groupId }, { kind: 'document-owner', ownerIds: units.map((u) => u.id) });
    return saved;
  }

  async appointFacilitator(userId: string, input: AppointFacilitatorInput): Promise<GroupMember> {
    const ctx = await this.access.require(userId, input.groupId, 'appointFacilitators');
    const [person] = await this.adultsOf(ctx.group.networkId, [input.userId]);
    const appointed = await this.db.transaction(async (m) => {
      const existing = await m.getRepository(GroupMember).findOneBy({ groupId: ctx.group.id, userId: person.userId });
      const gm =
        existing ??
        m.create(GroupMember, { groupId: ctx.group.id, networkId: ctx.group.networkId, userId: person.userId });
      gm.role = 'FACILITATOR';
      gm.status = 'ACTIVE';
      const saved = await m.save(gm);
      const user = await m.getRepository(User).findOneByOrFail({ id: person.userId });
      await this.activity.record(m, {
        groupId: ctx.group.id,
        actorId: userId,
        kind: 'FACILITATOR_APPOINTED',
        summary: `appointed ${user.displayName} as facilitator`,
      });
      return saved;
    });
    this.membersChanged(ctx.group.id);
    return appointed;
  }

  /** Tells the group's open pages that its members changed (count and list follow live). */
  private membersChanged(groupId: string): void {
    this.live.toGroup(groupId, GroupLiveEvent.Members, { groupId } satisfies GroupMembersEventPayload);
  }

  /** Open groups: joined at once. Closed groups: a request the facilitators decide. */
  async join(userId: string, groupId: string): Promise<GroupMember> {
    const ctx = await this.access.require(userId, groupId, 'join');
    if (ctx.mine) return ctx.mine;
    const status = ctx.group.access === 'OPEN' ? 'ACTIVE' : 'PENDING';
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    const { gm, created } = await this.db.transaction(async (m) => {
      const gm = await m.save(
        m.create(GroupMember, { groupId, networkId: ctx.group.networkId, userId, role: 'MEMBER', status }),
      );
      let created: Awaited<ReturnType<NotificationsService['create']>> = [];
      if (status === 'ACTIVE') {
        await this.activity.record(m, { groupId, actorId: userId, kind: 'JOINED', summary: 'joined the group' });
      } else {
        const facilitators = await m
          .getRepository(GroupMember)
          .findBy({ groupId, role: 'FACILITATOR', status: 'ACTIVE' });
        // A closed group without facilitators: its network's coordinators decide.
        const coordinators = facilitators.length
          ? []
          : await m
              .getRepository(Membership)
              .findBy({ networkId: ctx.group.networkId, role: 'COORDINATOR', status: 'ACTIVE' });
        created = await this.notifications.create(m, {
          userIds: [...facilitators, ...coordinators].map((f) => f.userId),
          networkId: ctx.group.networkId,
          kind: 'JOIN_REQUEST',
          text: `${user.displayName} asked to join ${ctx.group.name}`,
          groupId,
        });
      }
      return { gm, created };
    });
    await this.notifications.push(created);
    if (gm.status === 'ACTIVE') this.membersChanged(groupId);
    return gm;
  }

  async leave(userId: string, groupId: string): Promise<boolean> {
    const ctx = await this.access.context(userId, groupId);
    if (!ctx.mine) return false;
    await this.db.transaction(async (m) => {
      await m.delete(GroupMember, ctx.mine!.id);
      if (ctx.mine!.status === 'ACTIVE') {
        await this.activity.record(m, { groupId, actorId: userId, kind: 'LEFT', summary: 'left the group' });
      }
    });
    if (ctx.mine.status === 'ACTIVE') this.membersChanged(groupId);
    if (ctx.group.access === 'CLOSED' && ctx.me.role !== 'COORDINATOR') this.live.removeFromGroup(userId, groupId);
    // Their open unit documents of this group close (or turn read-only) on every server.
    this.events.publish({ kind: 'user', userId });
    return true;
  }

  async decideJoinRequest(userId: string, input: DecideJoinRequestInput): Promise<GroupMember | null> {
    const ctx = await this.access.facilitator(userId, input.groupId);
    const request = await this.db
      .getRepository(GroupMember)
      .findOneBy({ groupId: input.groupId, userId: input.userId, status: 'PENDING' });
    if (!request) throw notFound('join request');
    const { result, created } = await this.db.transaction(async (m) => {
      if (!input.approve) {
        await m.delete(GroupMember, request.id);
        return { result: null, created: [] };
      }
      request.status = 'ACTIVE';
      const saved = await m.save(request);
      await this.activity.record(m, {
        groupId: input.groupId,
        actorId: input.userId,
        kind: 'JOINED',
        summary: 'joined the group',
      });
      const created = await this.notifications.create(m, {
        userIds: [input.userId],
        networkId: ctx.group.networkId,
        kind: 'JOIN_APPROVED',
        text: `You are now a member of ${ctx.group.name}`,
        groupId: input.groupId,
      });
      return { result: saved, created };
    });
    await this.notifications.push(created);
    if (result) this.membersChanged(input.groupId);
    return result;
  }
}
