import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import { GRADE_LEVELS, gradeBandsOf, INACTIVE_GROUP_DAYS } from '@switchback/shared';
import { userColumnsOf } from '../auth/user.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { AccessService } from '../access/access.service.js';
import { Group } from './group.entity.js';
import { GroupMember } from './group-member.entity.js';

export interface JobAlikeMatch {
  member: Membership;
  sharedSubjects: string[];
  sharedGradeBands: string[];
}

export interface IsolatedMatch {
  member: Membership;
  /** NO_GROUP, or INACTIVE_GROUPS when every group they are in has been quiet for 30 days. */
  reason: 'NO_GROUP' | 'INACTIVE_GROUPS';
  lastGroupActivityAt: Date | null;
}

const lower = (xs: string[]) => xs.map((x) => x.trim().toLowerCase());

@Injectable()
export class DiscoveryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * People in other schools of the network who do the same job: teachers sharing a subject (or,
   * when either has no subject listed, a grade band); administrators for administrators.
   */
  async jobAlikes(userId: string, networkId: string): Promise<JobAlikeMatch[]> {
    const me = await this.access.require(userId, networkId, 'browseAdults');
    if (me.role === 'COORDINATOR' || !me.schoolId) return [];
    const mySubjects = new Set(lower(me.subjects));
    const myBands = new Set(gradeBandsOf(me.gradeLevels));
    const qb = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .addSelect(userColumnsOf('u'))
      .innerJoinAndSelect('m.school', 's')
      .where('m.network_id = :networkId AND m.status = :active', { networkId, active: 'ACTIVE' })
      .andWhere('m.school_id <> :mySchool', { mySchool: me.schoolId })
      .andWhere('m.role = :role', { role: me.role });
    if (me.role !== 'ADMINISTRATOR') {
      // The rule below, in SQL: a shared subject, or a shared grade band when either lists no subject.
      const bandGrades = GRADE_LEVELS.filter((g) => gradeBandsOf([g]).some((b) => myBands.has(b)));
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('EXISTS (SELECT 1 FROM unnest(m.subjects) AS subject WHERE lower(subject) = ANY(:mySubjects))', {
              mySubjects: [...mySubjects],
            })
            .orWhere('(cardinality(m.subjects) = 0 OR :iListNoSubject) AND m.grade_levels && :bandGrades::text[]', {
              iListNoSubject: me.subjects.length === 0,
              bandGrades,
            }),
        ),
      );
    }
    const candidates = await qb.orderBy('lower(u.display_name)', 'ASC').getMany();
    const matches: JobAlikeMatch[] = [];
    for (const c of candidates) {
      const sharedSubjects = c.subjects.filter((s) => mySubjects.has(s.trim().toLowerCase()));
      const sharedGradeBands = gradeBandsOf(c.gradeLevels).filter((b) => myBands.has(b));
      const byBand = (me.subjects.length === 0 || c.subjects.length === 0) && sharedGradeBands.length > 0;
      if (me.role === 'ADMINISTRATOR' || sharedSubjects.length > 0 || byBand) {
        matches.push({ member: c, sharedSubjects, sharedGradeBands });
      }
    }
    return matches.sort((a, b) => b.sharedSubjects.length - a.sharedSubjects.length);
  }

  /** Groups that fit the person (subject, grade band or role) and that they are not in yet. */
  async suggestedGroups(userId: string, networkId: string): Promise<Group[]> {
    const me = await this.access.require(userId, networkId, 'browseAdults');
    const subjects = new Set(lower(me.subjects));
    const bands = new Set<string>(gradeBandsOf(me.gradeLevels));
    // The rule below, narrowed in SQL first (a network has many groups, few of which fit).
    const groups = await this.db
      .getRepository(Group)
      .createQueryBuilder('g')
      .where('g.network_id = :networkId AND g.archived_at IS NULL', { networkId })
      .andWhere('NOT EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.user_id = :userId)', {
        userId,
      })
      .andWhere(
        new Brackets((w) =>
          w
            .where("g.focus = 'SUBJECT' AND lower(g.subject) = ANY(:subjects)", { subjects: [...subjects] })
            .orWhere("g.focus = 'GRADE_BAND' AND g.grade_band = ANY(:bands)", { bands: [...bands] })
            .orWhere("g.focus = 'ROLE' AND g.role = :role", { role: me.role }),
        ),
      )
      .orderBy('lower(g.name)', 'ASC')
      .getMany();
    return groups.filter(
      (g) =>
        (g.focus === 'SUBJECT' && g.subject && subjects.has(g.subject.toLowerCase())) ||
        (g.focus === 'GRADE_BAND' && g.gradeBand && bands.has(g.gradeBand)) ||
        (g.focus === 'ROLE' && g.role === me.role),
    );
  }

  /**
   * For coordinators: active teachers and principals who are in no group, or whose groups have
   * had no activity for 30 days, ordered by school. The latest activity of each person's groups is
   * found once for the network (GROUP BY) and only the isolated are loaded, not every adult.
   */
  async isolatedMembers(userId: string, networkId: string): Promise<IsolatedMatch[]> {
    await this.access.require(userId, networkId, 'findIsolated');
    const since = new Date(Date.now() - INACTIVE_GROUP_DAYS * 86400_000);
    const rows = await this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .addSelect(userColumnsOf('u'))
      .leftJoinAndSelect('m.school', 's')
      .leftJoin(
        (q) =>
          q
            .select('gm.user_id', 'user_id')
            .addSelect('max(g.last_activity_at)', 'last_activity')
            .from(GroupMember, 'gm')
            .innerJoin(Group, 'g', 'g.id = gm.group_id')
            .where("gm.status = 'ACTIVE' AND g.network_id = :networkId AND g.archived_at IS NULL")
            .groupBy('gm.user_id'),
        'la',
        'la.user_id = m.user_id',
      )
      .addSelect('la.last_activity', 'last_activity')
      .where('m.network_id = :networkId AND m.status = :active', { networkId, active: 'ACTIVE' })
      .andWhere("m.role IN ('TEACHER', 'ADMINISTRATOR')")
      .andWhere('(la.last_activity IS NULL OR la.last_activity < :since)', { since })
      .orderBy('s.name', 'ASC')
      .addOrderBy('lower(u.display_name)', 'ASC')
      .getRawAndEntities();
    const result: IsolatedMatch[] = [];
    rows.entities.forEach((member, i) => {
      const raw = rows.raw[i]?.last_activity as Date | string | null;
      const last = raw ? new Date(raw) : null;
      // The query kept only those without a group or whose groups are quiet since `since`.
      result.push(
        last
          ? { member, reason: 'INACTIVE_GROUPS', lastGroupActivityAt: last }
          : { member, reason: 'NO_GROUP', lastGroupActivityAt: null },
      );
    });
    return result;
  }
}
