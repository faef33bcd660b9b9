import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { normalizeJoinCode } from '@switchback/shared';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsService } from '../auth/accounts.service.js';
import { AttemptLimiterService } from '../auth/attempt-limiter.service.js';
import { randomJoinCode } from '../auth/tokens.js';
import { User } from '../auth/user.entity.js';
import { AccessService } from '../networks/access.service.js';
import { Membership } from '../networks/membership.entity.js';
import { Enrollment } from './enrollment.entity.js';
import { SchoolClass } from './school-class.entity.js';
import type { RosterEntry } from './dto/class.input.js';
import type {
  CreateClassInput,
  JoinClassInput,
  RemoveStudentInput,
  ResetStudentPasswordInput,
} from './dto/class.input.js';

@Injectable()
export class ClassesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly limiter: AttemptLimiterService,
  ) {}

  /** Teachers (and principals who teach) create classes at their own school. */
  async create(userId: string, input: CreateClassInput): Promise<SchoolClass> {
    const me = await this.access.requireMember(userId, input.networkId, ['TEACHER', 'ADMINISTRATOR']);
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
    await this.access.requireMember(userId, networkId);
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
    const isAdminOfSchool = me.role === 'ADMINISTRATOR' && me.schoolId === cls.schoolId;
    if (cls.teacherId !== userId && !isAdminOfSchool)
      throw forbidden("Only the class's teacher can see and manage its roster.");
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
      throw badInput('No class has that join code. Check it with your teacher.', {
        code: 'No class has that join code.',
      });
    if (current && current.email) throw forbidden('Join codes are for students. Sign out to join as a student.');
    if (!current) {
      const missing: Record<string, string> = {};
      if (!input.username) missing.username = 'Choose a username.';
      if (!input.displayName) missing.displayName = 'Enter your name.';
      if (!input.password) missing.password = 'Choose a password.';
      if (Object.keys(missing).length) throw badInput('Fill in the missing fields to join.', missing);
    }
    const joined = await this.db.transaction(async (m) => {
      const user =
        current ??
        (await this.accounts.createStudent(m, {
          username: input.username!,
          displayName: input.displayName!,
          password: input.password!,
        }));
      const membership = await m.getRepository(Membership).findOneBy({ userId: user.id, networkId: cls.networkId });
      if (membership && membership.status !== 'ACTIVE') {
        throw forbidden('Your account has been deactivated in this network. Talk to your teacher.');
      }
      if (membership && membership.schoolId !== cls.schoolId) {
        throw forbidden('That class is at another school. Ask your teacher for your own class code.');
      }
      if (!membership) {
        await m.insert(Membership, {
          userId: user.id,
          networkId: cls.networkId,
          schoolId: cls.schoolId,
          role: 'STUDENT',
        });
      }
      await m
        .createQueryBuilder()
        .insert()
        .into(Enrollment)
        .values({ classId: cls.id, studentId: user.id })
        .orIgnore()
        .execute();
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

  async removeStudent(userId: string, input: RemoveStudentInput): Promise<boolean> {
    const cls = await this.managed(userId, input.classId);
    const enrollment = await this.enrolledStudent(cls.id, input.studentId);
    await this.db.transaction(async (m) => {
      await m.delete(Enrollment, enrollment.id);
      await this.audit.record(m, {
        networkId: cls.networkId,
        actorId: userId,
        action: 'student.remove',
        targetType: 'Class',
        targetId: cls.id,
        data: { studentId: input.studentId },
      });
    });
    return true;
  }
}
