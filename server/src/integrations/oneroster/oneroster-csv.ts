import { strFromU8, unzipSync } from 'fflate';
import { readTable, type RowError, type Table } from './csv-table.js';

export type { RowError } from './csv-table.js';

/**
 * Reading a OneRoster 1.2 CSV bulk (or delta) export into plain rows, with every refusal kept as a
 * row-level error a coordinator can act on. Pure: no database. 1.1 exports (a `role` and
 * `orgSourcedIds` column in users.csv instead of roles.csv) are read too, since Clever and older
 * ClassLink exports still produce them.
 */

export type RecordStatus = 'active' | 'tobedeleted';
export type FileMode = 'bulk' | 'delta';

interface Base {
  sourcedId: string;
  status: RecordStatus;
  row: number;
}
export interface OrgRow extends Base {
  name: string;
  type: string;
}
export interface UserRow extends Base {
  username: string;
  givenName: string;
  familyName: string;
  email: string;
  /** Primary role, lower-cased; from roles.csv (1.2) or users.csv's `role` (1.1). */
  role: string;
  /** The school (org) the role is held at, then any other orgs listed. */
  orgSourcedIds: string[];
  /** Where the role came from, for errors about it. */
  roleFile: string;
  roleRow: number;
}
export interface ClassRow extends Base {
  title: string;
  schoolSourcedId: string;
  subject: string;
  grade: string;
}
export interface EnrollmentRow extends Base {
  classSourcedId: string;
  userSourcedId: string;
  role: string;
  primary: boolean;
}

export interface ParsedRoster {
  orgs: OrgRow[];
  users: UserRow[];
  classes: ClassRow[];
  enrollments: EnrollmentRow[];
  modes: Record<'orgs' | 'users' | 'classes' | 'enrollments', FileMode>;
  errors: RowError[];
}

export const ORG_TYPES = ['department', 'school', 'district', 'local', 'state', 'national'];
/** Roles of 1.2 (roles.csv) and 1.1 (users.csv `role`, enrollments). */
export const USER_ROLES = [
  'aide',
  'administrator',
  'counselor',
  'districtadministrator',
  'guardian',
  'parent',
  'principal',
  'proctor',
  'relative',
  'siteadministrator',
  'student',
  'systemadministrator',
  'teacher',
];
const REQUIRED_FILES = ['orgs.csv', 'users.csv', 'classes.csv', 'enrollments.csv'] as const;
const KNOWN_FILES = [...REQUIRED_FILES, 'manifest.csv', 'roles.csv', 'courses.csv', 'academicsessions.csv'];

/** Files by their lower-cased base name (a zip's folders are ignored). */
export type RosterFiles = Map<string, string>;

/** The files of a zip, or an error a coordinator understands. */
export function filesFromZip(zip: Uint8Array): RosterFiles {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (f) => f.name.toLowerCase().endsWith('.csv') });
  } catch {
    throw new Error('This zip file could not be opened. Export it again from Clever or ClassLink and upload it.');
  }
  const files: RosterFiles = new Map();
  for (const [name, bytes] of Object.entries(entries)) {
    const base = name.split('/').pop()!.toLowerCase();
    if (base.startsWith('._')) continue; // macOS resource forks
    files.set(base, strFromU8(bytes));
  }
  return files;
}

export function filesFromList(list: readonly { name: string; content: string }[]): RosterFiles {
  return new Map(list.map((f) => [f.name.split(/[\\/]/).pop()!.toLowerCase(), f.content]));
}

function readManifest(text: string | undefined, errors: RowError[]): Map<string, string> {
  const manifest = new Map<string, string>();
  if (text === undefined) return manifest;
  const table = readTable('manifest.csv', text, ['propertyName', 'value'], errors);
  for (const r of table?.rows ?? []) manifest.set(r.get('propertyName').toLowerCase(), r.get('value').toLowerCase());
  return manifest;
}

/** status, sourcedId and duplicate checks every file shares; null when the row is refused. */
function base(table: Table, r: Table['rows'][number], seen: Map<string, number>, errors: RowError[]): Base | null {
  const sourcedId = r.get('sourcedId');
  if (!sourcedId) {
    errors.push({ file: table.file, row: r.row, column: 'sourcedId', message: 'This row has no sourcedId.' });
    return null;
  }
  const earlier = seen.get(sourcedId);
  if (earlier !== undefined) {
    errors.push({
      file: table.file,
      row: r.row,
      column: 'sourcedId',
      message: `The sourcedId "${sourcedId}" is already used on row ${earlier}: each record needs its own.`,
    });
    return null;
  }
  seen.set(sourcedId, r.row);
  const status = r.get('status').toLowerCase();
  if (status && status !== 'active' && status !== 'tobedeleted' && status !== 'inactive') {
    errors.push({
      file: table.file,
      row: r.row,
      column: 'status',
      message: `The status "${r.get('status')}" is not one OneRoster knows: leave it empty, or write active or tobedeleted.`,
    });
    return null;
  }
  return { sourcedId, status: status === 'tobedeleted' ? 'tobedeleted' : 'active', row: r.row };
}

/** A OneRoster grade ("KG", "09") as Switchback's grade level (K, 1–12), or empty. */
export function gradeLevel(grade: string): string {
  const g = grade.trim().toUpperCase();
  if (g === 'KG' || g === 'K') return 'K';
  const n = /^\d{1,2}$/.test(g) ? Number(g) : NaN;
  return n >= 1 && n <= 12 ? String(n) : '';
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function checkRole(file: string, row: number, column: string, value: string, errors: RowError[]): string | null {
  const role = value.toLowerCase();
  if (USER_ROLES.includes(role)) return role;
  errors.push({
    file,
    row,
    column,
    message: value
      ? `"${value}" is not a OneRoster role. Use student or teacher (other roles such as parent or aide are skipped).`
      : 'This row has no role: write student or teacher.',
  });
  return null;
}

/** Parses the uploaded files. File- and row-level problems go to `errors`; the rest is returned. */
export function parseRoster(files: RosterFiles): ParsedRoster {
  const errors: RowError[] = [];
  for (const name of files.keys()) {
    if (!KNOWN_FILES.includes(name)) {
      errors.push({
        file: name,
        row: 0,
        column: null,
        message: `${name} is not a OneRoster file Switchback reads: it was left out.`,
      });
    }
  }
  const manifest = readManifest(files.get('manifest.csv'), errors);
  const mode = (name: string): FileMode => (manifest.get(`file.${name}`) === 'delta' ? 'delta' : 'bulk');
  const result: ParsedRoster = {
    orgs: [],
    users: [],
    classes: [],
    enrollments: [],
    modes: { orgs: mode('orgs'), users: mode('users'), classes: mode('classes'), enrollments: mode('enrollments') },
    errors,
  };
  for (const name of REQUIRED_FILES) {
    if (!files.has(name) && manifest.get(`file.${name.replace('.csv', '')}`) !== 'absent') {
      errors.push({
        file: name,
        row: 0,
        column: null,
        message: `${name} is missing. Upload the whole export (the zip, or all its CSV files together).`,
      });
    }
  }

  const text = (name: string) => files.get(name);
  const orgs =
    text('orgs.csv') !== undefined
      ? readTable('orgs.csv', text('orgs.csv')!, ['sourcedId', 'name', 'type'], errors)
      : null;
  const seenOrgs = new Map<string, number>();
  for (const r of orgs?.rows ?? []) {
    const b = base(orgs!, r, seenOrgs, errors);
    if (!b) continue;
    const type = r.get('type').toLowerCase();
    if (!ORG_TYPES.includes(type)) {
      errors.push({
        file: 'orgs.csv',
        row: r.row,
        column: 'type',
        message: `"${r.get('type')}" is not a OneRoster org type (school, district, …).`,
      });
      continue;
    }
    if (!r.get('name')) {
      errors.push({ file: 'orgs.csv', row: r.row, column: 'name', message: 'This org has no name.' });
      continue;
    }
    result.orgs.push({ ...b, name: r.get('name'), type });
  }

  // Roles: 1.2 keeps them in roles.csv; 1.1 in users.csv.
  const roles = new Map<string, { role: string; org: string; row: number; primary: boolean }>();
  const refusedRoles = new Set<string>(); // users whose role row was refused (and reported)
  const rolesText = text('roles.csv');
  if (rolesText !== undefined) {
    const table = readTable(
      'roles.csv',
      rolesText,
      ['sourcedId', 'userSourcedId', 'roleType', 'role', 'orgSourcedId'],
      errors,
    );
    const seen = new Map<string, number>();
    for (const r of table?.rows ?? []) {
      const b = base(table!, r, seen, errors);
      if (!b || b.status === 'tobedeleted') continue;
      const role = checkRole('roles.csv', r.row, 'role', r.get('role'), errors);
      if (!role) {
        refusedRoles.add(r.get('userSourcedId'));
        continue;
      }
      const primary = r.get('roleType').toLowerCase() !== 'secondary';
      const user = r.get('userSourcedId');
      const had = roles.get(user);
      if (!had || (primary && !had.primary)) roles.set(user, { role, org: r.get('orgSourcedId'), row: r.row, primary });
    }
  }
  const usersText = text('users.csv');
  if (usersText !== undefined) {
    const needs = ['sourcedId', 'username', 'givenName', 'familyName'];
    const table = readTable(
      'users.csv',
      usersText,
      rolesText === undefined ? [...needs, 'role', 'orgSourcedIds'] : needs,
      errors,
    );
    const seen = new Map<string, number>();
    for (const r of table?.rows ?? []) {
      const b = base(table!, r, seen, errors);
      if (!b) continue;
      if (refusedRoles.has(b.sourcedId) && !roles.has(b.sourcedId)) continue;
      const fromRoles = roles.get(b.sourcedId);
      let role: string | null;
      let orgIds: string[];
      if (fromRoles) {
        role = fromRoles.role;
        orgIds = [fromRoles.org, ...list(r.get('orgSourcedIds')).filter((o) => o !== fromRoles.org)];
      } else if (rolesText !== undefined && !r.get('role')) {
        errors.push({
          file: 'users.csv',
          row: r.row,
          column: 'sourcedId',
          message: `roles.csv has no role for the user "${b.sourcedId}".`,
        });
        continue;
      } else {
        role = checkRole('users.csv', r.row, 'role', r.get('role'), errors);
        orgIds = list(r.get('orgSourcedIds') || r.get('primaryOrgSourcedId'));
      }
      if (!role) continue;
      if (!r.get('givenName') && !r.get('familyName')) {
        errors.push({ file: 'users.csv', row: r.row, column: 'givenName', message: 'This person has no name.' });
        continue;
      }
      result.users.push({
        ...b,
        username: r.get('username'),
        givenName: r.get('givenName'),
        familyName: r.get('familyName'),
        email: r.get('email').toLowerCase(),
        role,
        orgSourcedIds: orgIds,
        roleFile: fromRoles ? 'roles.csv' : 'users.csv',
        roleRow: fromRoles ? fromRoles.row : r.row,
      });
    }
  }

  const courses = new Map<string, string>();
  const coursesText = text('courses.csv');
  if (coursesText !== undefined) {
    const table = readTable('courses.csv', coursesText, ['sourcedId', 'title'], errors);
    for (const r of table?.rows ?? []) courses.set(r.get('sourcedId'), list(r.get('subjects'))[0] ?? r.get('title'));
  }
  const classesText = text('classes.csv');
  if (classesText !== undefined) {
    const table = readTable('classes.csv', classesText, ['sourcedId', 'title', 'schoolSourcedId'], errors);
    const seen = new Map<string, number>();
    for (const r of table?.rows ?? []) {
      const b = base(table!, r, seen, errors);
      if (!b) continue;
      if (!r.get('title')) {
        errors.push({ file: 'classes.csv', row: r.row, column: 'title', message: 'This class has no title.' });
        continue;
      }
      if (!r.get('schoolSourcedId')) {
        errors.push({
          file: 'classes.csv',
          row: r.row,
          column: 'schoolSourcedId',
          message: 'This class names no school.',
        });
        continue;
      }
      result.classes.push({
        ...b,
        title: r.get('title'),
        schoolSourcedId: r.get('schoolSourcedId'),
        subject: list(r.get('subjects'))[0] || courses.get(r.get('courseSourcedId')) || 'General',
        grade: gradeLevel(list(r.get('grades'))[0] ?? ''),
      });
    }
  }

  const enrollmentsText = text('enrollments.csv');
  if (enrollmentsText !== undefined) {
    const table = readTable(
      'enrollments.csv',
      enrollmentsText,
      ['sourcedId', 'classSourcedId', 'userSourcedId', 'role'],
      errors,
    );
    const seen = new Map<string, number>();
    for (const r of table?.rows ?? []) {
      const b = base(table!, r, seen, errors);
      if (!b) continue;
      const role = checkRole('enrollments.csv', r.row, 'role', r.get('role'), errors);
      if (!role) continue;
      result.enrollments.push({
        ...b,
        classSourcedId: r.get('classSourcedId'),
        userSourcedId: r.get('userSourcedId'),
        role,
        primary: r.get('primary').toLowerCase() !== 'false',
      });
    }
  }
  return result;
}
