import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { countWords } from '@switchback/shared';
import type { User } from '../auth/user.entity.js';
import { usersByIds } from '../auth/users-by-ids.js';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, oneEach } from '../common/loaders.js';
import { Enrollment } from '../classes/enrollment.entity.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import type { UserSummary } from '../units/dto/unit.types.js';
import type { ExchangeClassView, ExchangeParticipant } from './dto/exchange.types.js';
import type { ExchangeViewer } from './exchange-access.service.js';
import { ExchangeClass } from './exchange-class.entity.js';
import { Rubric } from './rubric.entity.js';
import { Submission } from './submission.entity.js';

const summary = (u: User | undefined, id: string): UserSummary => ({ id, displayName: u?.displayName ?? 'A teacher' });

/**
 * What teachers see of an exchange's classes. A teacher sees their own students by name; every
 * other student only as a pseudonym, with no name, username or school. Students see no classes.
 */
@Injectable()
export class ExchangeViewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async classes(viewer: ExchangeViewer): Promise<ExchangeClassView[]> {
    if (viewer.role === 'STUDENT') return [];
    const exchangeId = viewer.exchange.id;
    const rows = await this.db
      .getRepository(ExchangeClass)
      .find({ where: { exchangeId }, order: { createdAt: 'ASC' } });
    const classIds = rows.flatMap((r) => (r.classId ? [r.classId] : []));
    const [classes, submissions, enrollments] = await Promise.all([
      classIds.length
        ? this.db.getRepository(SchoolClass).find({ where: { id: In(classIds) }, relations: { school: true } })
        : [],
      this.db.getRepository(Submission).find({ where: { exchangeId }, order: { pseudonym: 'ASC' } }),
      classIds.length ? this.db.getRepository(Enrollment).findBy({ classId: In(classIds) }) : [],
    ]);
    const teacherIds = [
      ...new Set([...classes.map((c) => c.teacherId), ...rows.flatMap((r) => r.invitedTeacherId ?? [])]),
    ];
    const mineIds = new Set(classes.filter((c) => c.teacherId === viewer.userId).map((c) => c.id));
    const studentIds = enrollments.filter((e) => mineIds.has(e.classId)).map((e) => e.studentId);
    const people = await usersByIds(this.db, [...teacherIds, ...studentIds]);
    const person = (id: string) => people.find((p) => p.id === id);
    return rows.map((row) => {
      const cls = classes.find((c) => c.id === row.classId);
      if (!cls) {
        const teacherId = row.invitedTeacherId ?? row.addedById ?? viewer.exchange.ownerId;
        return {
          id: row.id,
          status: row.status,
          classId: null,
          className: null,
          schoolName: null,
          teacher: summary(person(teacherId), teacherId),
          isMine: teacherId === viewer.userId,
          progress: { enrolled: 0, started: 0, submitted: 0 },
          participants: [],
        };
      }
      const sameSchool = cls.schoolId === viewer.me.schoolId;
      const isMine = cls.teacherId === viewer.userId;
      const enrolled = enrollments.filter((e) => e.classId === cls.id);
      const written = submissions.filter((s) => s.classId === cls.id);
      return {
        id: row.id,
        status: row.status,
        classId: sameSchool ? cls.id : null,
        className: sameSchool ? cls.name : null,
        schoolName: sameSchool ? cls.school.name : null,
        teacher: summary(person(cls.teacherId), cls.teacherId),
        isMine,
        progress: {
          enrolled: enrolled.length,
          started: written.length,
          submitted: written.filter((s) => s.status === 'SUBMITTED').length,
        },
        participants: isMine ? this.ownStudents(enrolled, written, person) : written.map(pseudonymous),
      };
    });
  }

  /** The rubric version an exchange uses (every participant may read it), one query per request. */
  rubric(ctx: GqlContext, rubricId: string): Promise<Rubric> {
    return loaderFor<string, Rubric>(ctx, 'exchangeRubric', async (ids) => {
      const rows = await this.db.getRepository(Rubric).findBy({ id: In([...ids]) });
      return oneEach(ids, rows, (r) => r.id).map((r, i) => r ?? new Error(`Rubric ${ids[i]} is missing.`));
    }).load(rubricId);
  }

  /** The teacher who runs an exchange, one query per request. */
  owner(ctx: GqlContext, ownerId: string): Promise<UserSummary> {
    return loaderFor<string, UserSummary>(ctx, 'exchangeOwner', async (ids) => {
      const rows = await usersByIds(this.db, ids);
      return oneEach(ids, rows, (u) => u.id).map((u, i) => summary(u ?? undefined, ids[i]));
    }).load(ownerId);
  }

  private ownStudents(
    enrolled: Enrollment[],
    written: Submission[],
    person: (id: string) => User | undefined,
  ): ExchangeParticipant[] {
    return enrolled
      .map((e) => {
        const s = written.find((w) => w.studentId === e.studentId);
        return {
          pseudonym: s?.pseudonym ?? null,
          isMine: true,
          status: s?.status ?? 'NOT_STARTED',
          submittedAt: s?.submittedAt ?? null,
          wordCount: s ? countWords(s.submittedBody ?? s.body) : 0,
          student: summary(person(e.studentId), e.studentId),
        };
      })
      .sort((a, b) => a.student.displayName.localeCompare(b.student.displayName));
  }
}

function pseudonymous(s: Submission): ExchangeParticipant {
  return {
    pseudonym: s.pseudonym,
    isMine: false,
    status: s.status,
    submittedAt: s.submittedAt,
    wordCount: countWords(s.submittedBody ?? s.body),
    student: null,
  };
}
