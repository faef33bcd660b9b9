import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { isUUID } from 'class-validator';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../common/pagination.js';
import { AccessEvents } from '../access/access-events.js';
import { AuditService } from '../audit/audit.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { userColumnsOf } from '../auth/user.entity.js';
import { AccessService } from '../access/access.service.js';
import { Membership } from './membership.entity.js';
import { School } from './school.entity.js';
import type { ChangeMemberRoleInput, MembersArgs, UpdateMemberInput } from './dto/member.input.js';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly events: AccessEvents,
  ) {}

  /**
   * The member directory. Adults see the network's adults; administrators also see the students of
   * their own school. Students' names never reach another school, and students cannot browse.
   */
  async list(userId: string, args: MembersArgs): Promise<Connection<Membership>> {
    const me = await this.access.require(
      userId,
      args.networkId,
      'browseAdults',
      'Students cannot browse the member directory.',
    );
    const take = pageSize(args.first);
    const status = me.role === 'COORDINATOR' ? (args.status ?? 'ACTIVE') : 'ACTIVE';

    const base = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .addSelect(userColumnsOf('u'))
      .leftJoinAndSelect('m.school', 's')
      .where('m.network_id = :networkId', { networkId: args.networkId })
      .andWhere('m.status = :status', { status });
    if (me.role === 'ADMINISTRATOR') {
      base.andWhere(
        new Brackets((w) =>
          w.where("m.role <> 'STUDENT'").orWhere('m.school_id = :mySchool', { mySchool: me.schoolId }),
        ),
      );
    } else {
      base.andWhere("m.role <> 'STUDENT'");
    }
    if (args.role) base.andWhere('m.role = :role', { role: args.role });
    if (args.schoolId) base.andWhere('m.school_id = :schoolId', { schoolId: args.schoolId });
    if (args.search) {
      const like = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      base.andWhere(
        new Brackets((w) =>
          w
            .where('u.display_name ILIKE :like', { like })
            .orWhere('u.email ILIKE :like', { like })
            .orWhere('u.username ILIKE :like', { like }),
        ),
      );
    }
    const totalCount = await base.clone().getCount();
    const page = this.afterCursor(base, args.after)
      .orderBy('lower(u.display_name)', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(take + 1); // many-to-one joins only: LIMIT is exact (take() cannot order by an expression)
    const rows = await page.getMany();
    return toConnection(rows, take, totalCount, (m) => [m.user.displayName.toLowerCase(), m.id]);
  }

  private afterCursor(qb: SelectQueryBuilder<Membership>, after?: string) {
    const cursor = decodeCursor(after, 2);
    if (!cursor) return qb;
    const [name, id] = cursor;
    if (typeof name !== 'string' || typeof id !== 'string' || !isUUID(id)) {
      throw badInput('That page link is not valid any more. Start again from the first page.', {
        after: 'Not a valid cursor.',
      });
    }
    return qb.andWhere('(lower(u.display_name), m.id) > (:cName, :cId)', { cName: name, cId: id });
  }

  /** A membership the caller (a coordinator of its network) may manage; never their own. */
  private async manageable(userId: string, memberId: string): Promise<Membership> {
    const target = await this.db
      .getRepository(Membership)
      .findOne({ where: { id: memberId }, relations: { user: true, school: true } });
    if (!target || !(await this.access.activeMembership(userId, target.networkId))) throw notFound('member');
    await this.access.require(userId, target.networkId, 'manageMembers');
    if (target.userId === userId) throw forbidden('You cannot change your own role or deactivate yourself.');
    return target;
  }

  private async schoolInNetwork(schoolId: string, networkId: string): Promise<School> {
    const school = await this.db.getRepository(School).findOneBy({ id: schoolId, networkId });
    if (!school) throw badInput('Choose a school of this network.', { schoolId: 'Choose a school of this network.' });
    return school;
  }

  async changeRole(userId: string, input: ChangeMemberRoleInput): Promise<Membership> {
    const target = await this.manageable(userId, input.memberId);
    if (target.role === 'STUDENT') throw forbidden('Students cannot be given another role.');
    const schoolId = input.schoolId ?? target.schoolId;
    if (input.role !== 'COORDINATOR' && !schoolId) {
      throw badInput('Administrators and teachers belong to a school: choose one.', { schoolId: 'Choose a school.' });
    }
    const school = schoolId ? await this.schoolInNetwork(schoolId, target.networkId) : null;
    return this.db.transaction(async (m) => {
      const from = target.role;
      target.role = input.role;
      target.schoolId = school?.id ?? null;
      target.school = school;
      await m.save(target);
      await this.audit.record(m, {
        networkId: target.networkId,
        actorId: userId,
        action: 'member.role',
        targetType: 'Membership',
        targetId: target.id,
        data: { from, to: input.role },
      });
      this.events.publishAfterCommit(m, { kind: 'user', userId: target.userId });
      return target;
    });
  }

  /** Coordinators edit anyone's school, subjects and grade levels; people edit their own subjects and grades. */
  async update(userId: string, input: UpdateMemberInput): Promise<Membership> {
    const own = await this.db.getRepository(Membership).findOne({
      where: { id: input.memberId, userId, status: 'ACTIVE' },
      relations: { user: true, school: true },
    });
    // A school left out or sent as null stays as it is.
    if (own && input.schoolId != null && own.role !== 'COORDINATOR') {
      throw forbidden('Ask your network coordinator to move you to another school.');
    }
    const target = own ?? (await this.manageable(userId, input.memberId));
    if (input.schoolId != null) {
      target.school = await this.schoolInNetwork(input.schoolId, target.networkId);
      target.schoolId = target.school.id;
    }
    if (input.subjects) target.subjects = input.subjects;
    if (input.gradeLevels) target.gradeLevels = input.gradeLevels;
    return this.db.getRepository(Membership).save(target);
  }

  async setActive(userId: string, memberId: string, active: boolean): Promise<Membership> {
    const target = await this.manageable(userId, memberId);
    return this.db.transaction(async (m) => {
      target.status = active ? 'ACTIVE' : 'DEACTIVATED';
      await m.save(target);
      if (!active) {
        const stillActive = await m.getRepository(Membership).existsBy({ userId: target.userId, status: 'ACTIVE' });
        if (!stillActive) await this.sessions.revokeAllFor(target.userId, m);
      }
      await this.audit.record(m, {
        networkId: target.networkId,
        actorId: userId,
        action: active ? 'member.reactivate' : 'member.deactivate',
        targetType: 'Membership',
        targetId: target.id,
      });
      // Open live documents and /live rooms of this network close for them (on every server).
      this.events.publishAfterCommit(m, { kind: 'user', userId: target.userId });
      return target;
    });
  }
}
