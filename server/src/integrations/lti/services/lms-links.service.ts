import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { AccessService } from '../../../access/access.service.js';
import { classPolicy } from '../../../access/policies/class.policy.js';
import { lmsPolicy } from '../../../access/policies/lms.policy.js';
import { SchoolClass } from '../../../classes/school-class.entity.js';
import { notFound } from '../../../common/errors.js';
import { ExchangeAccessService, type ExchangeViewer } from '../../../feedback/exchange-access.service.js';
import { LtiContext } from '../lti-context.entity.js';
import { LtiPlatform } from '../lti-platform.entity.js';
import { LtiResourceLink } from '../lti-resource-link.entity.js';
import type { LmsCourse } from './dto/lms-sync.types.js';
import { LTI_SCOPES } from './lms-access-tokens.js';

/** A class the caller may sync from the LMS. */
export interface ClassSyncer {
  userId: string;
  cls: SchoolClass;
  /** Sees the class's students by name (its teacher, its school's administrators). */
  seesNames: boolean;
}

/** An LMS course (context) of a platform. */
export interface LinkedCourse {
  context: LtiContext;
  platform: LtiPlatform;
}

/** A resource link placed in an LMS course that opens the exchange. */
export interface LinkedAssignment extends LinkedCourse {
  link: LtiResourceLink;
}

/**
 * Who may use a class's or an exchange's LMS course (the `lms` policy), and which courses they are
 * linked to: a course whose context is linked to the class, or a course holding a resource link to
 * the class or the exchange.
 */
@Injectable()
export class LmsLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly exchanges: ExchangeAccessService,
  ) {}

  /** The class when the caller may sync it; NOT_FOUND outside its network, FORBIDDEN for others in it. */
  async classSyncer(userId: string, classId: string): Promise<ClassSyncer> {
    const cls = await this.db.getRepository(SchoolClass).findOneBy({ id: classId });
    if (!cls) throw notFound('class');
    const me = await this.access.activeMembership(userId, cls.networkId);
    if (!me) throw notFound('class');
    const facts = { role: me.role, teacher: cls.teacherId === userId, sameSchool: me.schoolId === cls.schoolId };
    lmsPolicy.assert(facts, 'syncRoster');
    return { userId, cls, seesNames: classPolicy.allows(facts, 'roster') };
  }

  /** The exchange when the caller is one of its teachers; NOT_FOUND to everyone it is hidden from. */
  async gradeSender(userId: string, exchangeId: string): Promise<ExchangeViewer> {
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    lmsPolicy.assert({ role: viewer.me.role, teacher: viewer.role !== 'STUDENT', sameSchool: false }, 'sendGrades');
    return viewer;
  }

  /** The LMS courses linked to a class, oldest first. */
  async coursesOfClass(classId: string): Promise<LinkedCourse[]> {
    const contexts = await this.db
      .getRepository(LtiContext)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.platform', 'p')
      .where('c.class_id = :classId', { classId })
      .orWhere('c.id IN (SELECT r.context_id FROM lti_resource_link r WHERE r.class_id = :classId)', { classId })
      .orderBy('c.created_at', 'ASC')
      .getMany();
    return contexts.map((context) => ({ context, platform: context.platform }));
  }

  /** The resource links that open the exchange, with their course and platform, oldest first. */
  async assignmentsOfExchange(exchangeId: string): Promise<LinkedAssignment[]> {
    const links = await this.db.getRepository(LtiResourceLink).find({
      where: { exchangeId },
      relations: { context: { platform: true } },
      order: { createdAt: 'ASC' },
    });
    return links.map((link) => ({ link, context: link.context, platform: link.context.platform }));
  }

  /** Students of these classes, by class. */
  async enrolledIn(classIds: string[]): Promise<Map<string, Set<string>>> {
    const rows = classIds.length
      ? await this.db.query<{ class_id: string; student_id: string }[]>(
          `SELECT class_id, student_id FROM enrollment WHERE class_id = ANY($1)`,
          [classIds],
        )
      : [];
    const by = new Map<string, Set<string>>();
    for (const r of rows) by.set(r.class_id, (by.get(r.class_id) ?? new Set()).add(r.student_id));
    return by;
  }

  /** Each student's LMS user id on each platform: `${platformId}:${userId}` → sub. */
  async lmsIds(platformIds: string[], userIds: string[]): Promise<Map<string, string>> {
    if (!platformIds.length || !userIds.length) return new Map();
    const rows = await this.db.query<{ platform_id: string; user_id: string; sub: string }[]>(
      `SELECT platform_id, user_id, sub FROM lti_user_link WHERE platform_id = ANY($1) AND user_id = ANY($2)`,
      [platformIds, userIds],
    );
    return new Map(rows.map((r) => [`${r.platform_id}:${r.user_id}`, r.sub]));
  }

  /** The courses as the client shows them. */
  courseViews(courses: LinkedCourse[]): LmsCourse[] {
    const seen = new Set<string>();
    return courses.flatMap(({ context, platform }) => {
      if (seen.has(context.id)) return [];
      seen.add(context.id);
      return [
        {
          title: context.title || 'LMS course',
          platformName: platform.name,
          hasRoster: !!context.nrpsUrl,
          hasGrades: !!context.agsLineitemsUrl || context.agsScopes.includes(LTI_SCOPES.score),
        },
      ];
    });
  }

  /** Loads platforms by id (for runs that name them). */
  platforms(ids: string[]): Promise<LtiPlatform[]> {
    return ids.length ? this.db.getRepository(LtiPlatform).findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}
