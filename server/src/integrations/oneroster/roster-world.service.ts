import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ParsedRoster } from './oneroster-csv.js';
import { linkKey, usernameBase } from './oneroster-plan.js';
import type { LinkKind, World } from './oneroster-plan.types.js';

/** Loads what Switchback holds of one network that an import's plan needs: a few set-based queries. */
@Injectable()
export class RosterWorldService {
  async load(
    m: EntityManager,
    networkId: string,
    parsed: ParsedRoster,
    newSchool: { state?: string; timeZone?: string },
  ): Promise<World> {
    const links = new Map<string, string>();
    const rows = (await m.query(`SELECT kind, sourced_id, entity_id FROM oneroster_link WHERE network_id = $1`, [
      networkId,
    ])) as { kind: LinkKind; sourced_id: string; entity_id: string }[];
    for (const r of rows) links.set(linkKey(r.kind, r.sourced_id), r.entity_id);
    const linkedOf = (kind: LinkKind) => rows.filter((r) => r.kind === kind).map((r) => r.entity_id);

    const schools = (await m.query(
      `SELECT id, name, state, time_zone FROM school WHERE network_id = $1 ORDER BY created_at`,
      [networkId],
    )) as { id: string; name: string; state: string; time_zone: string }[];

    const classRows = (await m.query(
      `SELECT id, name, school_id, teacher_id, subject, grade_level FROM class WHERE network_id = $1 AND id = ANY($2)`,
      [networkId, linkedOf('class')],
    )) as { id: string; name: string; school_id: string; teacher_id: string; subject: string; grade_level: string }[];
    const classes: World['classes'] = new Map(
      classRows.map((c) => [
        c.id,
        {
          id: c.id,
          name: c.name,
          schoolId: c.school_id,
          teacherId: c.teacher_id,
          subject: c.subject,
          gradeLevel: c.grade_level,
        },
      ]),
    );

    const emails = [...new Set(parsed.users.map((u) => u.email).filter(Boolean))];
    const usernames = [...new Set(parsed.users.map((u) => u.username.toLowerCase()).filter(Boolean))];
    const people = (await m.query(
      `SELECT u.id, u.email, u.username, u.display_name FROM "user" u
        WHERE u.id = ANY($1) OR u.email = ANY($2)
           OR (u.username = ANY($3) AND EXISTS (
                SELECT 1 FROM membership s WHERE s.user_id = u.id AND s.network_id = $4 AND s.role = 'STUDENT'))`,
      [linkedOf('user'), emails, usernames, networkId],
    )) as { id: string; email: string | null; username: string | null; display_name: string }[];
    const memberships = (await m.query(
      `SELECT user_id, role, school_id, status FROM membership WHERE network_id = $1 AND user_id = ANY($2)`,
      [networkId, people.map((p) => p.id)],
    )) as { user_id: string; role: string; school_id: string | null; status: string }[];
    const membershipOf = new Map(
      memberships.map((x) => [x.user_id, { role: x.role, schoolId: x.school_id, status: x.status }]),
    );
    const linkedUsers = new Set(linkedOf('user'));
    const studentUsernames = new Map<string, string>();
    for (const p of people) {
      const ms = membershipOf.get(p.id);
      if (p.username && ms?.role === 'STUDENT' && !linkedUsers.has(p.id))
        studentUsernames.set(`${ms.schoolId}:${p.username}`, p.id);
    }

    const bases = [...new Set(parsed.users.filter((u) => u.role === 'student').map(usernameBase))];
    const taken = (await m.query(`SELECT username FROM "user" WHERE username LIKE ANY($1)`, [
      bases.map((b) => `${b.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    ])) as { username: string }[];

    const enrollmentRows = (await m.query(
      `SELECT e.id, e.class_id, e.student_id FROM enrollment e JOIN class c ON c.id = e.class_id
        WHERE c.network_id = $1 AND (e.id = ANY($2) OR e.class_id = ANY($3))`,
      [networkId, linkedOf('enrollment'), linkedOf('class')],
    )) as { id: string; class_id: string; student_id: string }[];
    const linkedEnrollments = new Set(linkedOf('enrollment'));

    return {
      links,
      schools: schools.map((s) => ({ id: s.id, name: s.name })),
      classes,
      people: new Map(
        people.map((p) => [p.id, { id: p.id, email: p.email, username: p.username, displayName: p.display_name }]),
      ),
      emails: new Map(people.flatMap((p) => (p.email ? [[p.email, p.id] as const] : []))),
      memberships: membershipOf,
      studentUsernames,
      takenUsernames: new Set(taken.map((t) => t.username)),
      enrollments: new Map(
        enrollmentRows
          .filter((e) => linkedEnrollments.has(e.id))
          .map((e) => [e.id, { id: e.id, classId: e.class_id, studentId: e.student_id }]),
      ),
      enrolled: new Set(enrollmentRows.map((e) => `${e.class_id}:${e.student_id}`)),
      newSchool: defaults(newSchool, schools),
    };
  }
}

/** What the coordinator chose, else what most of the network's schools have. */
function defaults(
  chosen: { state?: string; timeZone?: string },
  schools: { state: string; time_zone: string }[],
): World['newSchool'] {
  const most = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const state = chosen.state ?? most(schools.map((s) => s.state));
  const timeZone = chosen.timeZone ?? most(schools.map((s) => s.time_zone));
  return state && timeZone ? { state, timeZone } : null;
}
