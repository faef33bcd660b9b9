import { randomUUID } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import type { GroupAccess, GroupFocus, GroupMemberRole, NetworkRole, PrimeFocus } from '@switchback/shared';
import { User } from '../../server/src/auth/user.entity.js';
import { SchoolClass } from '../../server/src/classes/school-class.entity.js';
import { Enrollment } from '../../server/src/classes/enrollment.entity.js';
import { GroupMember } from '../../server/src/groups/group-member.entity.js';
import { Group } from '../../server/src/groups/group.entity.js';
import { randomJoinCode } from '../../server/src/auth/tokens.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { Network } from '../../server/src/networks/network.entity.js';
import { School } from '../../server/src/networks/school.entity.js';
import type { TestServer } from './harness.js';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hash(PASSWORD, { algorithm: Algorithm.Argon2id }));

const uid = () => randomUUID().slice(0, 8);

export interface TestNetwork {
  network: Network;
  schools: School[];
}

/**
 * A fresh network with `schools` schools, so tests never share data. `label` goes into the names of
 * the network and its schools (a marker string makes them easy to find in a response).
 */
export async function createNetwork(db: DataSource, schools = 2, opts: { label?: string } = {}): Promise<TestNetwork> {
  const id = uid();
  const label = opts.label ? ` ${opts.label}` : '';
  const network = await db
    .getRepository(Network)
    .save({ slug: `net-${id}`, name: `Network ${id}${label}`, description: label.trim() });
  const list: School[] = [];
  const zones = ['America/Anchorage', 'America/Los_Angeles', 'America/Denver'];
  for (let i = 0; i < schools; i++) {
    list.push(
      await db.getRepository(School).save({
        networkId: network.id,
        name: `School ${i + 1} ${id}${label}`,
        state: ['AK', 'WA', 'MT'][i % 3],
        locality: `Town ${i + 1}`,
        timeZone: zones[i % 3],
      }),
    );
  }
  return { network, schools: list };
}

export interface TestPerson {
  user: User;
  membership: Membership;
  /** Email for adults, username for students. */
  login: string;
}

export async function createPerson(
  db: DataSource,
  net: TestNetwork,
  role: NetworkRole,
  opts: { school?: School | null; subjects?: string[]; name?: string; status?: 'ACTIVE' | 'DEACTIVATED' } = {},
): Promise<TestPerson> {
  const id = uid();
  const student = role === 'STUDENT';
  const user = await db.getRepository(User).save({
    email: student ? null : `${role.toLowerCase()}-${id}@example.org`,
    username: student ? `student-${id}` : null,
    displayName: opts.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${id}`,
    passwordHash: await hashed(),
  });
  const school = opts.school === undefined ? (role === 'COORDINATOR' ? null : net.schools[0]) : opts.school;
  const membership = await db.getRepository(Membership).save({
    userId: user.id,
    networkId: net.network.id,
    schoolId: school?.id ?? null,
    role,
    subjects: opts.subjects ?? [],
    gradeLevels: [],
    status: opts.status ?? 'ACTIVE',
  });
  return { user, membership, login: (user.email ?? user.username)! };
}

/** An adult's account that belongs to no network. */
export async function createAccount(db: DataSource, opts: { name?: string } = {}): Promise<User> {
  const id = uid();
  return db.getRepository(User).save({
    email: `account-${id}@example.org`,
    username: null,
    displayName: opts.name ?? `Account ${id}`,
    passwordHash: await hashed(),
  });
}

/** Makes a person of one network a member of another as well (one account, two memberships). */
export async function joinNetwork(
  db: DataSource,
  net: TestNetwork,
  person: Pick<TestPerson, 'user' | 'login'>,
  role: NetworkRole,
  opts: { school?: School | null; subjects?: string[] } = {},
): Promise<TestPerson> {
  const school = opts.school === undefined ? (role === 'COORDINATOR' ? null : net.schools[0]) : opts.school;
  const membership = await db.getRepository(Membership).save({
    userId: person.user.id,
    networkId: net.network.id,
    schoolId: school?.id ?? null,
    role,
    subjects: opts.subjects ?? [],
    gradeLevels: [],
    status: 'ACTIVE',
  });
  return { user: person.user, membership, login: person.login };
}

export async function createClass(
  db: DataSource,
  net: TestNetwork,
  teacher: TestPerson,
  students: TestPerson[] = [],
  opts: { name?: string } = {},
) {
  const cls = await db.getRepository(SchoolClass).save({
    networkId: net.network.id,
    schoolId: teacher.membership.schoolId!,
    teacherId: teacher.user.id,
    name: opts.name ?? `Class ${uid()}`,
    subject: 'English Language Arts',
    gradeLevel: '10',
    joinCode: randomJoinCode(),
  });
  for (const s of students) await db.getRepository(Enrollment).save({ classId: cls.id, studentId: s.user.id });
  return cls;
}

/** Signs in through the API, as a person would; returns the session token. */
export async function signIn(server: Pick<TestServer, 'gql'>, login: string, password = PASSWORD): Promise<string> {
  const res = await server.gql<{ signIn: { token: string } }>(
    'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { login, password } },
  );
  if (!res.data) throw new Error(`sign-in failed for ${login}: ${res.errors?.[0]?.message}`);
  return res.data.signIn.token;
}

export interface GroupOptions {
  name?: string;
  focus?: GroupFocus;
  subject?: string | null;
  gradeBand?: string | null;
  role?: NetworkRole | null;
  access?: GroupAccess;
  description?: string;
  primeFocus?: PrimeFocus;
  archivedAt?: Date | null;
}

/** A job-alike group written straight to the database (a SUBJECT group for Mathematics unless told). */
export async function createGroup(db: DataSource, net: TestNetwork, opts: GroupOptions = {}): Promise<Group> {
  const focus = opts.focus ?? 'SUBJECT';
  return db.getRepository(Group).save({
    networkId: net.network.id,
    name: opts.name ?? `Group ${uid()}`,
    focus,
    subject: opts.subject !== undefined ? opts.subject : focus === 'SUBJECT' ? 'Mathematics' : null,
    gradeBand: opts.gradeBand !== undefined ? opts.gradeBand : focus === 'GRADE_BAND' ? '9-12' : null,
    role: opts.role !== undefined ? opts.role : focus === 'ROLE' ? 'TEACHER' : null,
    access: opts.access ?? 'OPEN',
    description: opts.description ?? '',
    primeFocus: opts.primeFocus ?? 'PEDAGOGY',
    archivedAt: opts.archivedAt ?? null,
  });
}

/** Puts a person in a group (an active member unless told), without the API. */
export async function addToGroup(
  db: DataSource,
  group: Group,
  person: TestPerson,
  opts: { role?: GroupMemberRole; status?: 'ACTIVE' | 'PENDING' } = {},
): Promise<GroupMember> {
  return db.getRepository(GroupMember).save({
    groupId: group.id,
    networkId: group.networkId,
    userId: person.user.id,
    role: opts.role ?? 'MEMBER',
    status: opts.status ?? 'ACTIVE',
  });
}
