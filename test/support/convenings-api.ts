import { wallDate, wallTimeToInstant } from '@switchback/shared';
import type { Group } from '../../server/src/groups/group.entity.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from './factories.js';
import type { GqlResult, TestServer } from './harness.js';

export const VENUE_ZONE = 'America/Anchorage';
const DAY = 86_400_000;

export const SESSION = `id kind title description startsAt endsAt room capacity notesDocumentId notesAccess canCheckIn
  confirmedCount waitlistCount group { id name } facilitator { id displayName }
  mySeat { status waitlistPosition checkedInAt }
  attendees { user { id displayName } schoolName status checkedInAt }
  actionItemsDone { id text target goalId postId createdBy { id displayName } }`;
export const CONVENING = `id networkId title season startsAt endsAt timeZone venue address hostSchoolId
  registrationDeadline description status publishedAt viewerIsCoordinator registrationOpen
  hostSchool { id name }
  myRegistration { status needs { travel needsLodging dietary accessibility } }
  registrationSummary { counts { going maybe notGoing needingLodging }
    bySchool { schoolId schoolName counts { going maybe notGoing needingLodging }
      registrants { user { id displayName } status needs { travel needsLodging dietary accessibility } } } }
  sessions { ${SESSION} }`;

export const Q = {
  list: `query($networkId: ID!) { convenings(networkId: $networkId) { id title status } }`,
  get: `query($id: ID!) { convening(id: $id) { ${CONVENING} } }`,
  session: `query($id: ID!) { conveningSession(id: $id) { ${SESSION} convening { id title } } }`,
  create: `mutation($input: CreateConveningInput!) { createConvening(input: $input) { ${CONVENING} } }`,
  update: `mutation($input: UpdateConveningInput!) { updateConvening(input: $input) { ${CONVENING} } }`,
  publish: `mutation($id: ID!) { publishConvening(id: $id) { id status publishedAt } }`,
  addSession: `mutation($input: AddConveningSessionInput!) { addConveningSession(input: $input) { ${SESSION} } }`,
  updateSession: `mutation($input: UpdateConveningSessionInput!) { updateConveningSession(input: $input) { ${SESSION} } }`,
  register: `mutation($c: ID!, $s: RegistrationStatus!, $n: RegistrationNeedsInput) {
    register(conveningId: $c, status: $s, needs: $n) { id myRegistration { status needs { travel needsLodging dietary accessibility } } } }`,
  choose: `mutation($c: ID!, $ids: [ID!]!) { chooseSessions(conveningId: $c, sessionIds: $ids) {
    id sessions { id title confirmedCount waitlistCount mySeat { status waitlistPosition } } } }`,
  checkIn: `mutation($s: ID!, $u: ID!, $p: Boolean) { checkInAttendee(sessionId: $s, userId: $u, present: $p) {
    user { id displayName } schoolName status checkedInAt } }`,
  promote: `mutation($s: ID!, $t: String!, $target: ActionItemTarget!) {
    promoteActionItem(sessionId: $s, text: $t, target: $target) { id text target goalId postId } }`,
};

export interface SessionResult {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string;
  capacity: number | null;
  notesDocumentId: string;
  notesAccess: string;
  canCheckIn: boolean;
  confirmedCount: number;
  waitlistCount: number;
  mySeat: { status: string; waitlistPosition: number | null; checkedInAt: string | null } | null;
  attendees:
    | {
        user: { id: string; displayName: string };
        schoolName: string | null;
        status: string;
        checkedInAt: string | null;
      }[]
    | null;
  actionItemsDone: { text: string; target: string; goalId: string | null; postId: string | null }[];
}

export interface ConveningResult {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  viewerIsCoordinator: boolean;
  registrationOpen: boolean;
  hostSchool: { id: string; name: string } | null;
  myRegistration: { status: string; needs: Record<string, unknown> } | null;
  registrationSummary: {
    counts: { going: number; maybe: number; notGoing: number; needingLodging: number };
    bySchool: {
      schoolId: string | null;
      schoolName: string;
      counts: { going: number; maybe: number; notGoing: number; needingLodging: number };
      registrants: { user: { id: string; displayName: string }; status: string; needs: Record<string, unknown> }[];
    }[];
  } | null;
  sessions: SessionResult[];
}

export type Signed = TestPerson & { token: string };

export interface ConveningWorld {
  net: TestNetwork;
  coordinator: Signed;
  /** Teachers of school 1 (the first two) and school 2 (the third). */
  teachers: Signed[];
  student: Signed;
  group: Group;
  /** A coordinator of another network. */
  outsider: Signed;
  /** The convening's first day, in the venue's zone (YYYY-MM-DD), about a month from now. */
  day: string;
  nextDay: string;
}

/** A wall-clock time of the convening's days in the venue's zone, as an ISO instant. */
export function at(day: string, time: string, zone = VENUE_ZONE): string {
  return wallTimeToInstant(`${day}T${time}`, zone)!.toISOString();
}

/** A fresh network: a coordinator, three teachers (two schools), a student and a math group with teachers 0 and 1. */
export async function conveningWorld(server: TestServer): Promise<ConveningWorld> {
  const net = await createNetwork(server.db, 2);
  const sign = async (p: TestPerson): Promise<Signed> => ({ ...p, token: await signIn(server, p.login) });
  const coordinator = await sign(await createPerson(server.db, net, 'COORDINATOR', { name: 'Cora Coordinator' }));
  const teachers = [
    await sign(await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Ada Teacher' })),
    await sign(await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Ben Teacher' })),
    await sign(await createPerson(server.db, net, 'TEACHER', { school: net.schools[1], name: 'Cy Teacher' })),
  ];
  const student = await sign(await createPerson(server.db, net, 'STUDENT', { school: net.schools[0] }));
  const group = await createGroup(server.db, net, { name: `Math ${net.network.slug}` });
  await addToGroup(server.db, group, teachers[0]);
  await addToGroup(server.db, group, teachers[1]);
  const other = await createNetwork(server.db, 1);
  const outsider = await sign(await createPerson(server.db, other, 'COORDINATOR'));
  const day = wallDate(new Date(Date.now() + 30 * DAY), VENUE_ZONE);
  const nextDay = wallDate(new Date(wallTimeToInstant(`${day}T12:00`, VENUE_ZONE)!.getTime() + DAY), VENUE_ZONE);
  return { net, coordinator, teachers, student, group, outsider, day, nextDay };
}

export function conveningInput(w: ConveningWorld, extra: Record<string, unknown> = {}) {
  return {
    networkId: w.net.network.id,
    title: 'Fall Convening',
    season: 'FALL',
    startsAt: at(w.day, '08:00'),
    endsAt: at(w.nextDay, '16:00'),
    timeZone: VENUE_ZONE,
    venue: 'Bethel Regional High School',
    address: '1006 Ron Edwards Memorial Way, Bethel, AK',
    hostSchoolId: w.net.schools[0].id,
    registrationDeadline: new Date(Date.now() + 20 * DAY).toISOString(),
    description: 'Two days of job-alike work.',
    ...extra,
  };
}

export function ok<T>(res: GqlResult<T>): T {
  if (!res.data || res.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** A published convening with one job-alike session for the math group (room 12, 9:00–10:00 on day one). */
export async function publishedConvening(
  server: TestServer,
  w: ConveningWorld,
  session: Record<string, unknown> = {},
): Promise<{ convening: ConveningResult; session: SessionResult }> {
  const { createConvening } = ok(
    await server.gql<{ createConvening: ConveningResult }>(
      Q.create,
      { input: conveningInput(w) },
      { token: w.coordinator.token },
    ),
  );
  const { addConveningSession } = ok(
    await server.gql<{ addConveningSession: SessionResult }>(
      Q.addSession,
      {
        input: {
          conveningId: createConvening.id,
          kind: 'JOB_ALIKE',
          title: 'Math job-alike',
          groupId: w.group.id,
          startsAt: at(w.day, '09:00'),
          endsAt: at(w.day, '10:00'),
          room: 'Room 12',
          facilitatorId: w.teachers[0].user.id,
          ...session,
        },
      },
      { token: w.coordinator.token },
    ),
  );
  ok(await server.gql(Q.publish, { id: createConvening.id }, { token: w.coordinator.token }));
  return { convening: createConvening, session: addConveningSession };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into records keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const [header, ...records] = rows;
  return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
