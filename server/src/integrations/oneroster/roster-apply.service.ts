import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { randomJoinCode } from '../../auth/tokens.js';
import { SessionsService } from '../../auth/sessions.service.js';
import { User } from '../../auth/user.entity.js';
import { Enrollment } from '../../classes/enrollment.entity.js';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { Membership } from '../../networks/membership.entity.js';
import { School } from '../../networks/school.entity.js';
import { OneRosterLink } from './oneroster-link.entity.js';
import type { LinkKind, PersonItem, Plan, World } from './oneroster-plan.types.js';
import { NO_PASSWORD } from '../../auth/passwords.service.js';

/**
 * Accounts made by an import have no password: argon2 cannot verify this value, so signing in with
 * a password fails until the person sets one (teachers: "Forgot your password?" with their school
 * email; students: their teacher's "Reset password" on the class roster) or signs in with their
 * school's Google or Microsoft account.
 */

/** Carries out a plan inside the caller's transaction. */
@Injectable()
export class RosterApplyService {
  constructor(private readonly sessions: SessionsService) {}

  async apply(m: EntityManager, networkId: string, plan: Plan, world: World, applyRemovals: boolean): Promise<void> {
    const links: { kind: LinkKind; sourcedId: string; entityId: string }[] = [];

    const schoolIds = new Map<string, string>();
    for (const s of plan.schools) {
      let id = s.schoolId;
      if (s.action === 'ADD') {
        const saved = await m.save(
          m.create(School, {
            networkId,
            name: s.name,
            state: world.newSchool!.state,
            locality: '',
            timeZone: world.newSchool!.timeZone,
          }),
        );
        id = saved.id;
      } else if (s.action === 'UPDATE') {
        await m.update(School, { id: id!, networkId }, { name: s.name });
      }
      schoolIds.set(s.sourcedId, id!);
      links.push({ kind: 'org', sourcedId: s.sourcedId, entityId: id! });
    }
    const schoolOf = (sourcedId: string) => schoolIds.get(sourcedId) ?? world.links.get(`org:${sourcedId}`)!;

    const userIds = await this.people(m, networkId, [...plan.teachers, ...plan.students], schoolOf);
    for (const [sourcedId, id] of userIds) links.push({ kind: 'user', sourcedId, entityId: id });

    const classIds = new Map<string, string>();
    for (const c of plan.classes) {
      const fields = {
        name: c.name,
        subject: c.subject,
        gradeLevel: c.gradeLevel,
        schoolId: schoolOf(c.schoolSourcedId),
        teacherId: userIds.get(c.teacherSourcedId)!,
      };
      let id = c.classId;
      if (c.action === 'ADD') {
        const saved = await m.save(m.create(SchoolClass, { networkId, ...fields, joinCode: await freeJoinCode(m) }));
        id = saved.id;
      } else if (c.action === 'UPDATE') {
        await m.update(SchoolClass, { id: id!, networkId }, fields);
      }
      classIds.set(c.sourcedId, id!);
      links.push({ kind: 'class', sourcedId: c.sourcedId, entityId: id! });
    }

    const removed: { classId: string; studentId: string; sourcedId: string }[] = [];
    const added: { sourcedId: string; classId: string; studentId: string }[] = [];
    for (const e of plan.enrollments) {
      if (e.action === 'REMOVE') {
        if (applyRemovals) removed.push({ classId: e.classId!, studentId: e.studentId!, sourcedId: e.sourcedId });
      } else if (e.enrollmentId) {
        links.push({ kind: 'enrollment', sourcedId: e.sourcedId, entityId: e.enrollmentId });
      } else {
        added.push({
          sourcedId: e.sourcedId,
          classId: classIds.get(e.classSourcedId!)!,
          studentId: userIds.get(e.userSourcedId!)!,
        });
      }
    }
    for (const chunk of chunks(added)) {
      const values = chunk.map(({ classId, studentId }) => ({ classId, studentId }));
      await m.createQueryBuilder().insert().into(Enrollment).values(values).orIgnore().execute();
    }
    if (added.length) {
      const rows = (await m.query(
        `SELECT id, class_id, student_id FROM enrollment WHERE class_id = ANY($1) AND student_id = ANY($2)`,
        [[...new Set(added.map((a) => a.classId))], [...new Set(added.map((a) => a.studentId))]],
      )) as { id: string; class_id: string; student_id: string }[];
      const idOf = new Map(rows.map((r) => [`${r.class_id}:${r.student_id}`, r.id]));
      for (const a of added) {
        links.push({ kind: 'enrollment', sourcedId: a.sourcedId, entityId: idOf.get(`${a.classId}:${a.studentId}`)! });
      }
    }

    for (const part of chunks(links)) {
      const chunk = part.map((l) => ({ networkId, ...l }));
      await m
        .createQueryBuilder()
        .insert()
        .into(OneRosterLink)
        .values(chunk)
        .orUpdate(['entity_id'], ['network_id', 'kind', 'sourced_id'])
        .execute();
    }
    for (const r of removed) await this.removeEnrollment(m, networkId, r);
  }

  /** Creates or updates the people and their memberships of the network; their account ids by sourcedId. */
  private async people(
    m: EntityManager,
    networkId: string,
    people: PersonItem[],
    schoolOf: (sourcedId: string) => string,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const created = people.filter((p) => p.action === 'ADD');
    for (const chunk of chunks(created)) {
      const res = await m.insert(
        User,
        chunk.map((p) => ({
          email: p.role === 'TEACHER' ? p.email : null,
          username: p.role === 'STUDENT' ? p.username : null,
          displayName: p.name,
          passwordHash: NO_PASSWORD,
        })),
      );
      chunk.forEach((p, i) => ids.set(p.sourcedId, (res.identifiers[i] as { id: string }).id));
    }
    for (const p of people) {
      if (p.action !== 'ADD') ids.set(p.sourcedId, p.userId!);
      if (p.action === 'UPDATE' && p.previousName !== null) await m.update(User, p.userId!, { displayName: p.name });
    }
    for (const chunk of chunks(people.filter((p) => p.joinsNetwork))) {
      await m
        .createQueryBuilder()
        .insert()
        .into(Membership)
        .values(
          chunk.map((p) => ({
            userId: ids.get(p.sourcedId)!,
            networkId,
            schoolId: schoolOf(p.schoolSourcedId),
            role: p.role,
            status: 'ACTIVE' as const,
          })),
        )
        .orUpdate(['status'], ['user_id', 'network_id'])
        .execute();
    }
    return ids;
  }

  /**
   * As a teacher's "remove student": out of their last class of the network the student's
   * membership becomes REMOVED, and with no active membership left their sessions end.
   */
  private async removeEnrollment(
    m: EntityManager,
    networkId: string,
    r: { classId: string; studentId: string; sourcedId: string },
  ): Promise<void> {
    const membership = await m.getRepository(Membership).findOne({
      where: { userId: r.studentId, networkId },
      lock: { mode: 'pessimistic_write' },
    });
    await m.delete(Enrollment, { classId: r.classId, studentId: r.studentId });
    await m.delete(OneRosterLink, { networkId, kind: 'enrollment', sourcedId: r.sourcedId });
    const [{ count }] = (await m.query(
      `SELECT count(*)::int AS count FROM enrollment e JOIN class c ON c.id = e.class_id
        WHERE e.student_id = $1 AND c.network_id = $2`,
      [r.studentId, networkId],
    )) as [{ count: number }];
    if (count === 0 && membership?.role === 'STUDENT' && membership.status === 'ACTIVE') {
      await m.update(Membership, membership.id, { status: 'REMOVED' });
      const activeElsewhere = await m.getRepository(Membership).existsBy({ userId: r.studentId, status: 'ACTIVE' });
      if (!activeElsewhere) await this.sessions.revokeAllFor(r.studentId, m);
    }
  }
}

function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function freeJoinCode(m: EntityManager): Promise<string> {
  for (;;) {
    const code = randomJoinCode();
    if (!(await m.getRepository(SchoolClass).existsBy({ joinCode: code }))) return code;
  }
}
