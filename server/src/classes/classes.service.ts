import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { normalizeJoinCode } from '@switchback/shared';
import { badInput, forbidden, notFound, translated } from '../common/errors.js';
import { classPolicy } from '../access/policies/class.policy.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsService } from '../auth/accounts.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { AttemptLimiterService } from '../auth/attempt-limiter.service.js';
import { randomJoinCode } from '../auth/tokens.js';
import { User } from '../auth/user.entity.js';
import { AccessService } from '../access/access.service.js';
import { Membership } from '../networks/membership.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { enrollStudent } from './student-enrollment.js';
import { SchoolClass } from './school-class.entity.js';
import type { RosterEntry } from './dto/class.input.js';
import type {
  CreateClassInput,
  JoinClassInput,
  RemoveStudentInput,
  RemoveStudentResult,
  ResetStudentPasswordInput,
} from './dto/class.input.js';

@Injectable()
export class ClassesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly limiter: AttemptLimiterService,
  ) {}

  /** Teachers (and principals who teach) create classes at their own school. */
  async create(userId: string, input: CreateClassInput): Promise<SchoolClass> {
    const me = await this.access.require(userId, input.networkId, 'teach');
    if (!me.schoolId) throw forbidden('You need to belong to a school to create a class. Ask your coordinator.');
    for (let attempt = 0; ; attempt++) {
      try {
        const saved = await this.db.getRepository(SchoolClass).save({
          networkId: input.networkId,
          schoolId: me.schoolId,
          teacherId: userId,
          name: input.name,
          subject: input.subject,
          gradeLevel: input.gradeLevel,
          joinCode: randomJoinCode(),
        });
        return this.db
          .getRepository(SchoolClass)
          .findOneOrFail({ where: { id: saved.id }, relations: { school: true, teacher: true } });
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 5) throw err;
      }
    }
  }

  /** Classes the person teaches or is enrolled in, in one network. */
  async mine(userId: string, networkId: string): Promise<SchoolClass[]> {
    await this.access.require(userId, networkId, 'read');
    return this.db
      .getRepository(SchoolClass)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.school', 's')
      .innerJoinAndSelect('c.teacher', 't')
      .where('c.network_id = :networkId', { networkId })
      .andWhere(
        '(c.teacher_id = :userId OR EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = c.id AND e.student_id = :userId))',
        { userId },
      )
      .orderBy('c.name', 'ASC')
      .getMany();
  }

  /**
   * A class the caller may manage: its teacher, or an administrator of its school. Anyone else
   * (including its students) gets "not found" or "forbidden".
   */
  private async managed(userId: string, classId: string): Promise<SchoolClass> {
    const cls = await this.db
      .getRepository(SchoolClass)
      .findOne({ where: { id: classId }, relations: { school: true, teacher: true } });
    if (!cls) throw notFound('class');
    const me = await this.access.activeMembership(userId, cls.networkId);
    if (!me) throw notFound('class');
    classPolicy.assert(
      { role: me.role, teacher: cls.teacherId === userId, sameSchool: me.schoolId === cls.schoolId },
      'roster',
    );
    return cls;
  }

  /** The join code, for the people who manage the class (its teacher without another look-up). */
  async joinCode(userId: string, cls: SchoolClass): Promise<string> {
    return cls.teacherId === userId ? cls.joinCode : (await this.managed(userId, cls.id)).joinCode;
  }

  async roster(userId: string, classId: string): Promise<RosterEntry[]> {
    await this.managed(userId, classId);
    const rows = await this.db
      .getRepository(Enrollment)
      .find({ where: { classId }, relations: { student: true }, order: { createdAt: 'ASC' } });
    return rows
      .map((e) => ({
        studentId: e.studentId,
        displayName: e.student.displayName,
        username: e.student.username ?? '',
        joinedAt: e.createdAt,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  /**
   * A student joins with the class code: a new student account is created (username, name,
   * password), or a signed-in student is added. Adults cannot join classes as students.
   */
  async join(
    current: User | null,
    input: JoinClassInput,
    ip: string | null,
  ): Promise<{ user: User; token: string | null; class: SchoolClass }> {
    const code = normalizeJoinCode(input.code);
    // Join codes are guessable in principle: the same limiter as sign-in (per code and address).
    const attempt = await this.limiter.admit('class-join', `code:${code}`, ip);
    const cls = await this.db
      .getRepository(SchoolClass)
      .findOne({ where: { joinCode: code }, relations: { school: true, teacher: true } });
    if (!cls)
      throw translated(
        badInput('No class has that join code. Check it with your teacher.', { code: 'No class has that join code.' }),
        'join.noSuchCode',
        {},
        { code: 'join.noSuchCodeField' },
      );
    if (current && current.email)
      throw translated(forbidden('Join codes are for students. Sign out to join as a student.'), 'join.adult');
    if (!current) {
      const missing: Record<string, string> = {};
      if (!input.username) missing.username = 'Choose a username.';
      if (!input.displayName) missing.displayName = 'Enter your name.';
      if (!input.password) missing.password = 'Choose a password.';
      if (Object.keys(missing).length)
        throw translated(
          badInput('Fill in the missing fields to join.', missing),
          'join.missing',
          {},
          Object.fromEntries(Object.keys(missing).map((field) => [field, `join.missing.${field}`])),
        );
    }
    const joined = await this.db.transaction(async (m) => {
      const user =
        current ??
        (await this.accounts.createStudent(m, {
          username: input.username!,
          displayName: input.displayName!,
          password: input.password!,
          locale: input.locale,
        }));
      const enrolled = await enrollStudent(m, user.id, cls);
      if (enrolled.kind === 'REFUSED' && enrolled.why === 'OTHER_SCHOOL')
        throw translated(
          forbidden('That class is at another school. Ask your teacher for your own class code.'),
          'join.otherSchool',
        );
      if (enrolled.kind === 'REFUSED')
        throw translated(
          forbidden('Your account has been deactivated in this network. Talk to your teacher.'),
          'join.deactivated',
        );
      const token = current ? null : await this.accounts.startSession(m, user.id, ip);
      return { user, token, class: cls };
    });
    await this.limiter.succeeded(attempt);
    return joined;
  }

  private async enrolledStudent(classId: string, studentId: string): Promise<Enrollment> {
    const e = await this.db.getRepository(Enrollment).findOneBy({ classId, studentId });
    if (!e) throw notFound('student');
    return e;
  }

  async resetStudentPassword(userId: string, input: ResetStudentPasswordInput): Promise<boolean> {
    const cls = await this.managed(userId, input.classId);
    await this.enrolledStudent(cls.id, input.studentId);
    await this.db.transaction(async (m) => {
      await this.accounts.setPassword(m, input.studentId, input.password);
      await this.audit.record(m, {
        networkId: cls.networkId,
        actorId: userId,
        action: 'student.password_reset',
        targetType: 'User',
        targetId: input.studentId,
      });
    });
    return true;
  }

  /**
   * Takes a student out of a class. Out of their last class of the network, their membership there
   * becomes REMOVED (no access to the network) and, with no active membership left anywhere, every
   * session of theirs is revoked, so the account can no longer be used. Their work stays until a
   * principal or coordinator deletes their data (see docs/student-data.md).
   */
  async removeStudent(userId: string, input: RemoveStudentInput): Promise<RemoveStudentResult> {
    const cls = await this.managed(userId, input.classId);
    const enrollment = await this.enrolledStudent(cls.id, input.studentId);
    const accessEnded = await this.db.transaction(async (m) => {
      // Locks the student's membership first, so two removals at once cannot both see the other class.
      const membership = await m.getRepository(Membership).findOne({
        where: { userId: input.studentId, networkId: cls.networkId },
        lock: { mode: 'pessimistic_write' },
      });
      const deleted = await m.delete(Enrollment, enrollment.id);
      if (!deleted.affected) throw notFound('student');
      const [{ count }] = (await m.query(
        `SELECT count(*)::int AS count FROM enrollment e JOIN class c ON c.id = e.class_id
          WHERE e.student_id = $1 AND c.network_id = $2`,
        [input.studentId, cls.networkId],
      )) as [{ count: number }];
      const ended = count === 0 && membership?.role === 'STUDENT' && membership.status === 'ACTIVE';
      if (ended) {
        await m.update(Membership, membership.id, { status: 'REMOVED' });
        const activeElsewhere = await m
          .getRepository(Membership)
          .existsBy({ userId: input.studentId, status: 'ACTIVE' });
        if (!activeElsewhere) await this.sessions.revokeAllFor(input.studentId, m);
      }
      await this.audit.record(m, {
        networkId: cls.networkId,
        actorId: userId,
        action: 'student.remove',
        targetType: 'User',
        targetId: input.studentId,
        data: { classId: cls.id, accessEnded: ended },
      });
      return ended;
    });
    const student = await this.db.getRepository(User).findOneBy({ id: input.studentId });
    const name = student?.displayName ?? 'The student';
    return {
      accessEnded,
      message: accessEnded
        ? `${name} is no longer in ${cls.name}. They were in no other class of the network, so they are signed out ` +
          `and can no longer sign in. Their essays and reviews stay until your principal or coordinator deletes their data.`
        : `${name} is no longer in ${cls.name}. They are still in another class, so they can still sign in.`,
    };
  }
}
