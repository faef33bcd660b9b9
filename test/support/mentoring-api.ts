import type { NetworkRole } from '@switchback/shared';
import type { School } from '../../server/src/networks/school.entity.js';
import { createPerson, signIn, type TestNetwork, type TestPerson } from './factories.js';
import type { TestServer } from './harness.js';

export const PAIR_FIELDS = `id networkId status startedAt endedAt goals mine canWrite meetingDates lastMeetingOn
  mentor { user { id displayName } school { name } }
  mentee { user { id displayName } school { name } }
  unit { id title }
  meetings { id meetingOn notes nextSteps nextStepsDueOn }`;
export const PAIRS = `query($n: ID!) { mentorships(networkId: $n) { ${PAIR_FIELDS} } }`;
export const PAIR = `query($id: ID!) { mentorship(id: $id) { ${PAIR_FIELDS} } }`;
export const CREATE_PAIR = `mutation($input: CreateMentorshipInput!) { createMentorship(input: $input) { ${PAIR_FIELDS} } }`;
export const END_PAIR = `mutation($id: ID!) { endMentorship(mentorshipId: $id) { id status endedAt } }`;
export const UPDATE_PAIR = `mutation($input: UpdateMentorshipInput!) { updateMentorship(input: $input) { ${PAIR_FIELDS} } }`;
export const LOG_MEETING = `mutation($input: LogMentoringMeetingInput!) {
  logMentoringMeeting(input: $input) { id meetingOn notes nextSteps nextStepsDueOn } }`;
export const MATCHES = `query($n: ID!, $m: ID!) { mentorMatches(networkId: $n, menteeId: $m) {
  member { user { id displayName } school { name } } sharedSubjects sharedGradeBands hoursApart reasons } }`;
export const HEALTH = `query($n: ID!, $from: String!, $to: String!) {
  mentoringHealth(networkId: $n, from: $from, to: $to) { activePairs meetings pairsMet } }`;

export interface PairResult {
  id: string;
  networkId: string;
  status: 'ACTIVE' | 'ENDED';
  startedAt: string;
  endedAt: string | null;
  goals: string | null;
  mine: boolean;
  canWrite: boolean;
  meetingDates: string[];
  lastMeetingOn: string | null;
  mentor: { user: { id: string; displayName: string }; school: { name: string } | null };
  mentee: { user: { id: string; displayName: string }; school: { name: string } | null };
  unit: { id: string; title: string } | null;
  meetings: { id: string; meetingOn: string; notes: string; nextSteps: string; nextStepsDueOn: string | null }[] | null;
}

export type Signed = TestPerson & { token: string };

/** A signed-in person of the network. */
export async function signedIn(
  server: TestServer,
  net: TestNetwork,
  role: NetworkRole,
  opts: { school?: School | null; subjects?: string[]; name?: string; grades?: string[] } = {},
): Promise<Signed> {
  const p = await createPerson(server.db, net, role, opts);
  if (opts.grades)
    await server.db.query(`UPDATE membership SET grade_levels = $1 WHERE id = $2`, [opts.grades, p.membership.id]);
  return { ...p, token: await signIn(server, p.login) };
}

/** Today as YYYY-MM-DD (UTC), and a day some days before. */
export const day = (daysAgo = 0) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
