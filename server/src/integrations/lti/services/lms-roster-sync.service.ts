import { enrollStudent, type EnrollRefusal } from '../../../classes/student-enrollment.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../../audit/audit.service.js';
import { User } from '../../../auth/user.entity.js';
import { Enrollment } from '../../../classes/enrollment.entity.js';
import type { SchoolClass } from '../../../classes/school-class.entity.js';
import { badInput, conflict } from '../../../common/errors.js';
import { createLmsStudent } from '../lms-students.js';
import { LtiUserLink } from '../lti-user-link.entity.js';
import type { LmsClassLink, LmsRosterPerson, LmsRosterSync } from './dto/lms-sync.types.js';
import { LTI_SCOPES } from './lms-access-tokens.js';
import { LmsLinksService, type ClassSyncer, type LinkedCourse } from './lms-links.service.js';
import { LmsTokensService } from './lms-tokens.service.js';
import type { RosterRunSummary } from './lti-run-summaries.js';
import { LtiServiceRun } from './lti-service-run.entity.js';
import { fetchCourseRoster, type CourseMember } from './nrps-client.js';

/** Accounts made from the LMS cannot sign in with a password: only by a launch from the LMS. */

/** Why a learner's membership keeps them out of the class, as the teacher's summary says it. */
const SKIPPED: Record<EnrollRefusal, (userId: string) => { userId: string | null; reason: string }> = {
  NOT_STUDENT: () => ({ userId: null, reason: 'Not a student in this network: not enrolled.' }),
  DEACTIVATED: (userId) => ({ userId, reason: 'Deactivated in this network by a coordinator: not enrolled.' }),
  REMOVED: (userId) => ({ userId, reason: 'Removed from this network: not enrolled.' }),
  OTHER_SCHOOL: (userId) => ({ userId, reason: 'A student of another school of the network: not enrolled.' }),
};

interface FetchedCourse extends LinkedCourse {
  members: CourseMember[];
}

/**
 * "Sync roster from the LMS": reads the linked course's roster through Names and Role Provisioning
 * and enrolls its learners in the class as student accounts bound to their LMS ids (made when new:
 * a random username, no email, no password, the LMS's name shown only where a student's name is).
 * Instructors are only counted; members gone from the course are reported, never removed.
 */
@Injectable()
export class LmsRosterSyncService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: LmsLinksService,
    private readonly tokens: LmsTokensService,
    private readonly audit: AuditService,
  ) {}

  async status(userId: string, classId: string): Promise<LmsClassLink> {
    const syncer = await this.links.classSyncer(userId, classId);
    const courses = await this.links.coursesOfClass(classId);
    const last = await this.db
      .getRepository(LtiServiceRun)
      .findOne({ where: { classId, kind: 'ROSTER' }, order: { createdAt: 'DESC' } });
    return {
      classId,
      courses: this.links.courseViews(courses),
      lastSync: last ? await this.view(syncer, last) : null,
    };
  }

  async sync(userId: string, classId: string): Promise<LmsRosterSync> {
    const syncer = await this.links.classSyncer(userId, classId);
    const courses = await this.links.coursesOfClass(classId);
    if (!courses.length) {
      throw badInput(
        'This class is not linked to an LMS course yet. Open Switchback from the course in the LMS once, ' +
          'as its teacher, and choose this class.',
      );
    }
    const withRoster = courses.filter((c) => c.context.nrpsUrl);
    if (!withRoster.length) {
      throw badInput(
        "The LMS did not offer this course's roster to Switchback. Ask your coordinator to turn on Names and " +
          'Role Provisioning for Switchback in the LMS, then open Switchback from the course again.',
      );
    }
    // Everything is read from the LMS first: a refusal or a broken page changes nothing here.
    const fetched: FetchedCourse[] = [];
    for (const course of withRoster) {
      const members = await this.tokens.call('roster', async () => {
        const token = await this.tokens.token(course.platform, [LTI_SCOPES.roster]);
        return (await fetchCourseRoster(course.context.nrpsUrl!, token)).members;
      });
      fetched.push({ ...course, members });
    }
    const run = await this.db.transaction((m) => this.apply(m, syncer, fetched));
    return this.view(syncer, run);
  }

  private async apply(m: EntityManager, syncer: ClassSyncer, courses: FetchedCourse[]): Promise<LtiServiceRun> {
    const { cls } = syncer;
    // One sync of a class at a time: a second waits and then finds everyone already there.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('lms-roster:' || $1))`, [cls.id]);
    const summary: RosterRunSummary = {
      courseTitles: [...new Set(courses.map((c) => c.context.title || 'LMS course'))],
      added: [],
      already: [],
      gone: [],
      instructors: 0,
      skipped: [],
      notFromLms: 0,
    };
    const handled = new Set<string>();
    for (const course of courses) {
      const active = course.members.filter((x) => x.active);
      summary.instructors += active.filter((x) => x.kind === 'INSTRUCTOR').length;
      summary.skipped.push(
        ...active
          .filter((x) => x.kind === 'OTHER')
          .map(() => ({ userId: null, reason: 'Neither a learner nor a teacher of the course.' })),
      );
      const learners = active.filter((x) => x.kind === 'LEARNER');
      const links = learners.length
        ? await m
            .getRepository(LtiUserLink)
            .findBy({ platformId: course.platform.id, sub: In(learners.map((l) => l.userId)) })
        : [];
      const linked = new Map(links.map((l) => [l.sub, l.userId]));
      for (const learner of learners) {
        const userId = linked.get(learner.userId) ?? null;
        if (userId && handled.has(userId)) continue;
        const outcome = userId
          ? await this.enrollLinked(m, cls, userId)
          : await this.createLinked(m, cls, course, learner);
        handled.add(outcome.userId ?? '');
        if (outcome.kind === 'ADDED') summary.added.push({ userId: outcome.userId!, created: outcome.created });
        else if (outcome.kind === 'ALREADY') summary.already.push({ userId: outcome.userId! });
        else summary.skipped.push({ userId: outcome.userId, reason: outcome.reason });
      }
    }
    await this.countGoneAndUnlinked(m, cls, courses, summary);
    const run = await m.save(
      m.create(LtiServiceRun, {
        networkId: cls.networkId,
        kind: 'ROSTER',
        classId: cls.id,
        exchangeId: null,
        actorId: syncer.userId,
        summary,
      }),
    );
    await this.audit.record(m, {
      networkId: cls.networkId,
      actorId: syncer.userId,
      action: 'lms.roster_sync',
      targetType: 'Class',
      targetId: cls.id,
      data: {
        added: summary.added.length,
        created: summary.added.filter((a) => a.created).length,
        alreadyThere: summary.already.length,
        gone: summary.gone.length,
        skipped: summary.skipped.length,
      },
    });
    return run;
  }

  /** A learner already bound to an account: made a student of the class's school and enrolled. */
  private async enrollLinked(m: EntityManager, cls: SchoolClass, userId: string): Promise<Outcome> {
    const user = await m.getRepository(User).findOneBy({ id: userId });
    if (!user) return { kind: 'SKIPPED', userId: null, reason: 'Their Switchback account no longer exists.' };
    if (user.email) {
      return {
        kind: 'SKIPPED',
        userId: null,
        reason: 'A learner in the LMS who signs in to Switchback as an adult: not enrolled as a student.',
      };
    }
    // Removed from their last class before: the LMS says they are in the course again.
    const enrolled = await enrollStudent(m, userId, cls, { reactivateRemoved: true });
    if (enrolled.kind === 'REFUSED') return { kind: 'SKIPPED', ...SKIPPED[enrolled.why](userId) };
    return enrolled.kind === 'ADDED' ? { kind: 'ADDED', userId, created: false } : { kind: 'ALREADY', userId };
  }

  /** A learner new to Switchback: a pseudonymous student account bound to their LMS id. */
  private async createLinked(
    m: EntityManager,
    cls: SchoolClass,
    course: LinkedCourse,
    learner: CourseMember,
  ): Promise<Outcome> {
    const user = await createLmsStudent(m, learner.name);
    const bound = await m
      .createQueryBuilder()
      .insert()
      .into(LtiUserLink)
      .values({ platformId: course.platform.id, sub: learner.userId, userId: user.id })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (!bound.raw.length) {
      // A launch from the LMS bound this learner at the same moment: nothing of this sync is kept.
      throw conflict('Someone opened Switchback from the LMS while the roster was syncing. Sync again.');
    }
    await enrollStudent(m, user.id, cls);
    return { kind: 'ADDED', userId: user.id, created: true };
  }

  /**
   * Students of the class bound to a learner of a synced course's platform who is no longer active in
   * it (shown, never removed), and students with no LMS id on those platforms (joined with the code).
   */
  private async countGoneAndUnlinked(
    m: EntityManager,
    cls: SchoolClass,
    courses: FetchedCourse[],
    summary: RosterRunSummary,
  ): Promise<void> {
    const enrolled = (await m.getRepository(Enrollment).findBy({ classId: cls.id })).map((e) => e.studentId);
    if (!enrolled.length) return;
    const platformIds = [...new Set(courses.map((c) => c.platform.id))];
    const links = await m.getRepository(LtiUserLink).findBy({ platformId: In(platformIds), userId: In(enrolled) });
    const activeLearners = new Set(
      courses.flatMap((c) =>
        c.members.filter((x) => x.active && x.kind === 'LEARNER').map((x) => `${c.platform.id}:${x.userId}`),
      ),
    );
    const boundUsers = new Set(links.map((l) => l.userId));
    const present = new Set(links.filter((l) => activeLearners.has(`${l.platformId}:${l.sub}`)).map((l) => l.userId));
    for (const userId of boundUsers) if (!present.has(userId)) summary.gone.push({ userId });
    summary.notFromLms = enrolled.filter((id) => !boundUsers.has(id)).length;
  }

  /** A run as the caller may read it: names only for who sees the class roster. */
  private async view(syncer: ClassSyncer, run: LtiServiceRun): Promise<LmsRosterSync> {
    const s = run.summary as RosterRunSummary;
    const ids = [
      ...s.added.map((a) => a.userId),
      ...s.already.map((a) => a.userId),
      ...s.gone.map((a) => a.userId),
      ...s.skipped.flatMap((a) => a.userId ?? []),
    ];
    const users = syncer.seesNames && ids.length ? await this.db.getRepository(User).findBy({ id: In(ids) }) : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    const person = (userId: string | null, reason: string | null = null): LmsRosterPerson => ({
      studentId: userId,
      name: (userId && names.get(userId)) ?? (userId ? 'A student' : 'A member of the LMS course'),
      reason,
    });
    const byName = (a: LmsRosterPerson, b: LmsRosterPerson) => a.name.localeCompare(b.name);
    return {
      id: run.id,
      syncedAt: run.createdAt,
      courseTitles: s.courseTitles,
      added: s.added.map((a) => person(a.userId)).sort(byName),
      alreadyThere: s.already.map((a) => person(a.userId)).sort(byName),
      gone: s.gone.map((a) => person(a.userId)).sort(byName),
      skipped: s.skipped.map((a) => person(a.userId, a.reason)),
      instructors: s.instructors,
      notFromLms: s.notFromLms,
    };
  }
}

type Outcome =
  | { kind: 'ADDED'; userId: string; created: boolean }
  | { kind: 'ALREADY'; userId: string }
  | { kind: 'SKIPPED'; userId: string | null; reason: string };
