import { createHash } from 'node:crypto';
import type { ClassRow, EnrollmentRow, ParsedRoster, RowError, UserRow } from './oneroster-csv.js';

/**
 * What an import would change, computed from the parsed files and what Switchback holds (the
 * "world"). Pure: the preview shows this plan and "Apply" recomputes it inside its transaction and
 * carries it out only if it is the plan the coordinator saw (same digest).
 */

import type {
  Action,
  ClassItem,
  EnrollmentItem,
  LinkKind,
  PersonItem,
  Plan,
  SchoolItem,
  World,
} from './oneroster-plan.types.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const linkKey = (kind: LinkKind, sourcedId: string) => `${kind}:${sourcedId}`;
const fullName = (u: UserRow) => `${u.givenName} ${u.familyName}`.trim().slice(0, 120);

/** The username a new student would get before numbering: the export's username, made valid. */
export function usernameBase(u: Pick<UserRow, 'username' | 'givenName' | 'familyName' | 'sourcedId'>): string {
  const raw = u.username.split('@')[0] || `${u.givenName}.${u.familyName}`;
  let s = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '')
    .slice(0, 28);
  if (s.length < 3) s = `student.${u.sourcedId.toLowerCase().replace(/[^a-z0-9]+/g, '')}`.slice(0, 28);
  return s;
}

export function planImport(parsed: ParsedRoster, world: World): Plan {
  const errors: RowError[] = [...parsed.errors];
  let skipped = 0;
  const link = (kind: LinkKind, id: string) => world.links.get(linkKey(kind, id)) ?? null;

  // Schools.
  const schools: SchoolItem[] = [];
  const schoolById = new Map(world.schools.map((s) => [s.id, s]));
  const schoolByName = new Map(world.schools.map((s) => [s.name.toLowerCase(), s]));
  const schoolIdOf = new Map<string, string | null>(); // sourcedId → school id (null: new)
  const namesTaken = new Map<string, string>(); // lower-cased name → sourcedId of the file
  for (const org of parsed.orgs) {
    if (org.type !== 'school' || org.status === 'tobedeleted') {
      skipped++;
      continue;
    }
    const name = org.name.slice(0, 120);
    const linked = link('org', org.sourcedId);
    const existing = (linked && schoolById.get(linked)) || null;
    const byName = schoolByName.get(name.toLowerCase());
    const clash = namesTaken.get(name.toLowerCase());
    if (clash || (byName && existing && byName.id !== existing.id)) {
      errors.push({
        file: 'orgs.csv',
        row: org.row,
        column: 'name',
        message: `Another school is already called "${name}". School names must differ: rename one in your SIS.`,
      });
      continue;
    }
    if (!existing && !byName && !world.newSchool) {
      errors.push({
        file: 'orgs.csv',
        row: org.row,
        column: null,
        message: `"${name}" is a new school: choose the state and time zone new schools get, then preview again.`,
      });
      continue;
    }
    namesTaken.set(name.toLowerCase(), org.sourcedId);
    const target = existing ?? byName ?? null;
    const action: Action = existing ? (existing.name === name ? 'UNCHANGED' : 'UPDATE') : byName ? 'MATCH' : 'ADD';
    schools.push({
      action,
      sourcedId: org.sourcedId,
      name,
      previousName: action === 'UPDATE' ? existing!.name : null,
      schoolId: target?.id ?? null,
    });
    schoolIdOf.set(org.sourcedId, target?.id ?? null);
  }
  const schoolKnown = (sourcedId: string) => {
    if (schoolIdOf.has(sourcedId)) return true;
    const linked = link('org', sourcedId);
    if (linked && schoolById.has(linked)) {
      schoolIdOf.set(sourcedId, linked);
      return true;
    }
    return false;
  };

  // People.
  const teachers: PersonItem[] = [];
  const students: PersonItem[] = [];
  const personOf = new Map<string, PersonItem & { row: UserRow }>();
  const emailsSeen = new Map<string, number>();
  const usernamesPlanned = new Set<string>();
  for (const u of parsed.users) {
    if ((u.role !== 'teacher' && u.role !== 'student') || u.status === 'tobedeleted') {
      skipped++;
      continue;
    }
    const orgId = u.orgSourcedIds.find(schoolKnown);
    if (!orgId) {
      errors.push({
        file: u.roleFile,
        row: u.roleRow,
        column: u.roleFile === 'roles.csv' ? 'orgSourcedId' : 'orgSourcedIds',
        message: u.orgSourcedIds.length
          ? `No school with the sourcedId "${u.orgSourcedIds[0]}" in orgs.csv: ${fullName(u)} was left out.`
          : `${fullName(u)} names no school.`,
      });
      continue;
    }
    const schoolId = schoolIdOf.get(orgId) ?? null;
    const linked = link('user', u.sourcedId);
    const linkedPerson = (linked && world.people.get(linked)) || null;
    const name = fullName(u);
    const item: PersonItem = {
      action: 'ADD',
      sourcedId: u.sourcedId,
      role: u.role === 'teacher' ? 'TEACHER' : 'STUDENT',
      name,
      previousName: null,
      email: null,
      username: null,
      schoolSourcedId: orgId,
      schoolId,
      userId: linkedPerson?.id ?? null,
      joinsNetwork: true,
    };
    if (item.role === 'TEACHER') {
      if (!EMAIL.test(u.email)) {
        errors.push({
          file: 'users.csv',
          row: u.row,
          column: 'email',
          message: u.email
            ? `"${u.email}" is not an email address.`
            : `${name} is a teacher without an email: teachers sign in with their school email.`,
        });
        continue;
      }
      const earlier = emailsSeen.get(u.email);
      if (earlier !== undefined) {
        errors.push({
          file: 'users.csv',
          row: u.row,
          column: 'email',
          message: `${u.email} is already used on row ${earlier}.`,
        });
        continue;
      }
      emailsSeen.set(u.email, u.row);
      item.email = u.email;
      item.userId ??= world.emails.get(u.email) ?? null;
    } else {
      item.userId ??= (schoolId && world.studentUsernames.get(`${schoolId}:${u.username.toLowerCase()}`)) || null;
    }
    const person = item.userId ? world.people.get(item.userId) : undefined;
    const membership = item.userId ? world.memberships.get(item.userId) : undefined;
    if (membership?.status === 'DEACTIVATED') {
      errors.push({
        file: 'users.csv',
        row: u.row,
        column: null,
        message: `${name} is deactivated in this network: reactivate them on People first.`,
      });
      continue;
    }
    if (membership && item.role === 'STUDENT' && (membership.role !== 'STUDENT' || membership.schoolId !== schoolId)) {
      errors.push({
        file: u.roleFile,
        row: u.roleRow,
        column: u.roleFile === 'roles.csv' ? 'orgSourcedId' : 'orgSourcedIds',
        message: `${name} belongs to another school (or is not a student) in Switchback: an import does not move people.`,
      });
      continue;
    }
    item.joinsNetwork = !membership || membership.status === 'REMOVED';
    if (person) {
      item.username = person.username;
      item.action = linkedPerson ? (person.displayName === name ? 'UNCHANGED' : 'UPDATE') : 'MATCH';
      item.previousName = item.action === 'UPDATE' ? person.displayName : null;
    } else if (item.role === 'STUDENT') {
      const stem = usernameBase(u);
      let candidate = stem;
      for (let n = 2; world.takenUsernames.has(candidate) || usernamesPlanned.has(candidate); n++)
        candidate = `${stem}${n}`;
      usernamesPlanned.add(candidate);
      item.username = candidate;
    }
    if (item.joinsNetwork && item.action === 'UNCHANGED') item.action = 'UPDATE';
    (item.role === 'TEACHER' ? teachers : students).push(item);
    personOf.set(u.sourcedId, { ...item, row: u });
  }

  // Classes: each needs its teacher (a teacher enrollment, primary first).
  const teacherOf = new Map<string, EnrollmentRow>();
  const refusedTeacherOf = new Map<string, string>(); // class → a teacher of it who was refused
  for (const e of parsed.enrollments) {
    if (e.role !== 'teacher' || e.status === 'tobedeleted') continue;
    if (personOf.get(e.userSourcedId)?.role !== 'TEACHER') {
      refusedTeacherOf.set(e.classSourcedId, e.userSourcedId);
      continue;
    }
    const had = teacherOf.get(e.classSourcedId);
    if (!had || (e.primary && !had.primary)) teacherOf.set(e.classSourcedId, e);
  }
  const classes: ClassItem[] = [];
  const classOf = new Map<string, ClassItem & { schoolId: string | null }>();
  for (const c of parsed.classes) {
    if (c.status === 'tobedeleted') {
      skipped++;
      continue;
    }
    const refused = classProblem(c, schoolKnown, teacherOf, refusedTeacherOf);
    if (refused) {
      errors.push(refused);
      continue;
    }
    const teacher = teacherOf.get(c.sourcedId)!;
    const linked = link('class', c.sourcedId);
    const existing = (linked && world.classes.get(linked)) || null;
    const item: ClassItem = {
      action: 'ADD',
      sourcedId: c.sourcedId,
      name: c.title.slice(0, 120),
      previousName: null,
      schoolSourcedId: c.schoolSourcedId,
      teacherSourcedId: teacher.userSourcedId,
      subject: c.subject.slice(0, 60),
      gradeLevel: c.grade.slice(0, 8),
      classId: existing?.id ?? null,
    };
    if (existing) {
      const teacherId = personOf.get(teacher.userSourcedId)!.userId;
      const same =
        existing.name === item.name &&
        existing.subject === item.subject &&
        existing.gradeLevel === item.gradeLevel &&
        existing.teacherId === teacherId &&
        existing.schoolId === schoolIdOf.get(c.schoolSourcedId);
      item.action = same ? 'UNCHANGED' : 'UPDATE';
      item.previousName = existing.name !== item.name ? existing.name : null;
    }
    classes.push(item);
    classOf.set(c.sourcedId, { ...item, schoolId: schoolIdOf.get(c.schoolSourcedId) ?? null });
  }

  // Enrollments of students.
  const enrollments: EnrollmentItem[] = [];
  const kept = new Set<string>();
  for (const e of parsed.enrollments) {
    if (e.role !== 'student') {
      if (e.role !== 'teacher') skipped++;
      continue;
    }
    const linked = link('enrollment', e.sourcedId);
    const existing = (linked && world.enrollments.get(linked)) || null;
    if (e.status === 'tobedeleted') {
      if (existing) enrollments.push(removal(e.sourcedId, existing, world));
      else skipped++;
      continue;
    }
    const cls = classOf.get(e.classSourcedId);
    const student = personOf.get(e.userSourcedId);
    const problem = !cls
      ? {
          column: 'classSourcedId',
          message: `The class "${e.classSourcedId}" is not in classes.csv or was refused (see its row).`,
        }
      : !student
        ? {
            column: 'userSourcedId',
            message: `The user "${e.userSourcedId}" is not in users.csv or was refused (see their row).`,
          }
        : student.role !== 'STUDENT'
          ? {
              column: 'role',
              message: `${student.name} is a teacher, not a student: enrol them with the role teacher.`,
            }
          : student.schoolSourcedId !== cls.schoolSourcedId
            ? { column: 'userSourcedId', message: `${student.name} is at another school than the class ${cls.name}.` }
            : null;
    if (problem) {
      errors.push({ file: 'enrollments.csv', row: e.row, ...problem });
      continue;
    }
    const same = existing && existing.classId === cls!.classId && existing.studentId === student!.userId;
    const present = cls!.classId && student!.userId && world.enrolled.has(`${cls!.classId}:${student!.userId}`);
    if (same) kept.add(existing.id);
    enrollments.push({
      action: same ? 'UNCHANGED' : present ? 'MATCH' : 'ADD',
      sourcedId: e.sourcedId,
      classSourcedId: e.classSourcedId,
      className: cls!.name,
      userSourcedId: e.userSourcedId,
      studentName: student!.name,
      classId: cls!.classId,
      studentId: student!.userId,
      enrollmentId: same ? existing.id : null,
    });
  }
  if (parsed.modes.enrollments === 'bulk' && !parsed.errors.some((x) => x.file === 'enrollments.csv' && x.row <= 1)) {
    // A bulk file lists every enrollment: the imported ones it no longer lists are removed.
    const listed = new Set(parsed.enrollments.map((e) => e.sourcedId));
    for (const [key, id] of world.links) {
      if (!key.startsWith('enrollment:')) continue;
      const sourcedId = key.slice('enrollment:'.length);
      const existing = world.enrollments.get(id);
      if (existing && !listed.has(sourcedId) && !kept.has(id)) enrollments.push(removal(sourcedId, existing, world));
    }
  }

  const plan = { schools, teachers, students, classes, enrollments, errors, skipped };
  return { ...plan, digest: createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 32) };
}

function classProblem(
  c: ClassRow,
  schoolKnown: (sourcedId: string) => boolean,
  teacherOf: Map<string, EnrollmentRow>,
  refusedTeacherOf: Map<string, string>,
): RowError | null {
  if (!schoolKnown(c.schoolSourcedId)) {
    return {
      file: 'classes.csv',
      row: c.row,
      column: 'schoolSourcedId',
      message: `No school with the sourcedId "${c.schoolSourcedId}" in orgs.csv: the class ${c.title} was left out.`,
    };
  }
  const refusedTeacher = refusedTeacherOf.get(c.sourcedId);
  if (!teacherOf.has(c.sourcedId) && refusedTeacher) {
    return {
      file: 'classes.csv',
      row: c.row,
      column: null,
      message: `The teacher of ${c.title} ("${refusedTeacher}") was refused (see their row), so the class was left out.`,
    };
  }
  if (!teacherOf.has(c.sourcedId)) {
    return {
      file: 'classes.csv',
      row: c.row,
      column: null,
      message: `${c.title} has no teacher in enrollments.csv (role teacher): a Switchback class needs its teacher.`,
    };
  }
  return null;
}

const userSourcedIds = new WeakMap<World, Map<string, string>>();

function removal(
  sourcedId: string,
  existing: { id: string; classId: string; studentId: string },
  world: World,
): EnrollmentItem {
  let byUser = userSourcedIds.get(world);
  if (!byUser) {
    byUser = new Map();
    for (const [key, id] of world.links) if (key.startsWith('user:')) byUser.set(id, key.slice('user:'.length));
    userSourcedIds.set(world, byUser);
  }
  const userSourcedId = byUser.get(existing.studentId) ?? null;
  return {
    action: 'REMOVE',
    sourcedId,
    classSourcedId: null,
    className: world.classes.get(existing.classId)?.name ?? 'a class',
    userSourcedId,
    studentName: null,
    classId: existing.classId,
    studentId: existing.studentId,
    enrollmentId: existing.id,
  };
}
