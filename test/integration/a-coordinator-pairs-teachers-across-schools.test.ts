/**
 * A coordinator pairs a newer teacher with an experienced job-alike in another school: suggested
 * mentors come ranked by subject, grade band and time zone; both are notified; the pair's to-do asks
 * for a meeting when it has been a while; network health counts active pairs and meetings.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNetwork, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';
import { toDoOf } from '../support/to-do-api.js';
import {
  CREATE_PAIR,
  END_PAIR,
  HEALTH,
  LOG_MEETING,
  MATCHES,
  PAIRS,
  day,
  signedIn,
  type PairResult,
  type Signed,
} from '../support/mentoring-api.js';

interface Match {
  member: { user: { id: string; displayName: string }; school: { name: string } };
  sharedSubjects: string[];
  sharedGradeBands: string[];
  hoursApart: number | null;
  reasons: string[];
}

function ok<T>(res: GqlResult<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('a coordinator pairs teachers across schools', () => {
  let server: TestServer;
  let net: TestNetwork;
  let coordinator: Signed, newer: Signed, nearMath: Signed, farMath: Signed, science: Signed, sameSchool: Signed;

  beforeAll(async () => {
    server = await startServer();
    // Schools in Anchorage, Los Angeles and Denver (factories.ts).
    net = await createNetwork(server.db, 3);
    coordinator = await signedIn(server, net, 'COORDINATOR');
    newer = await signedIn(server, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Mathematics'],
      grades: ['7'],
      name: 'Nia Newer',
    });
    farMath = await signedIn(server, net, 'TEACHER', {
      school: net.schools[2],
      subjects: ['mathematics'],
      grades: ['8'],
      name: 'Far Math',
    });
    nearMath = await signedIn(server, net, 'TEACHER', {
      school: net.schools[1],
      subjects: ['Mathematics'],
      grades: ['6', '7'],
      name: 'Near Math',
    });
    science = await signedIn(server, net, 'TEACHER', { school: net.schools[1], subjects: ['Science'], grades: ['7'] });
    sameSchool = await signedIn(server, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Mathematics'],
      grades: ['7'],
    });
    await signedIn(server, net, 'ADMINISTRATOR', { school: net.schools[1] });
  });
  afterAll(async () => {
    await server.close();
  });

  const matches = async (token: string) =>
    server.gql<{ mentorMatches: Match[] }>(MATCHES, { n: net.network.id, m: newer.user.id }, { token });

  it('suggests job-alikes in other schools, closest first, and says why', async () => {
    const list = ok(await matches(coordinator.token)).mentorMatches;
    expect(list.map((m) => m.member.user.displayName)).toEqual(['Near Math', 'Far Math', science.user.displayName]);
    expect(list.map((m) => m.member.user.id)).not.toContain(sameSchool.user.id);
    expect(list[0]).toMatchObject({
      sharedSubjects: ['Mathematics'],
      sharedGradeBands: ['6-8'],
      hoursApart: 1,
      reasons: ['Both teach Mathematics', 'Both teach grades 6-8', '1 hour apart'],
    });
    expect(list[1]!.hoursApart).toBe(2);
    expect(list[1]!.member.user.id).toBe(farMath.user.id);
    const asTeacher = await matches(newer.token);
    expect(errorCode(asTeacher)).toBe('FORBIDDEN');
  });

  it('pairs them, tells both, and refuses the same pair twice', async () => {
    const input = {
      networkId: net.network.id,
      mentorId: nearMath.user.id,
      menteeId: newer.user.id,
      goals: 'Number talks',
    };
    const pair = ok(
      await server.gql<{ createMentorship: PairResult }>(CREATE_PAIR, { input }, { token: coordinator.token }),
    ).createMentorship;
    expect(pair).toMatchObject({
      status: 'ACTIVE',
      mentor: { user: { id: nearMath.user.id } },
      mentee: { user: { id: newer.user.id } },
    });
    const NOTES = `{ notifications { nodes { kind text link } } }`;
    type Notes = { notifications: { nodes: { kind: string; text: string; link: string | null }[] } };
    const link = `/go/mentorship/${pair.id}`;
    const mentee = ok(await server.gql<Notes>(NOTES, {}, { token: newer.token }));
    expect(mentee.notifications.nodes).toContainEqual({
      kind: 'MENTORSHIP',
      text: `Near Math (${net.schools[1]!.name}) is now your mentor.`,
      link,
    });
    const mentor = ok(await server.gql<Notes>(NOTES, {}, { token: nearMath.token }));
    expect(mentor.notifications.nodes).toContainEqual({
      kind: 'MENTORSHIP',
      text: `You are now mentoring Nia Newer (${net.schools[0]!.name}).`,
      link,
    });
    // Clicking the notification opens the pair's own page, for each of the two.
    for (const who of [newer, nearMath]) {
      const clicked = await fetch(`${server.url}${link}`, {
        redirect: 'manual',
        headers: { authorization: `Bearer ${who.token}`, 'x-forwarded-for': server.ip },
      });
      expect([clicked.status, clicked.headers.get('location')]).toEqual([
        302,
        `/n/${net.network.slug}/mentoring/${pair.id}`,
      ]);
    }
    const again = await server.gql(CREATE_PAIR, { input }, { token: coordinator.token });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toBe('These two teachers are already a mentoring pair.');
    // The busy mentor now ranks after an equally close one with no mentee (Far Math is farther: stays second).
    const list = ok(await matches(coordinator.token)).mentorMatches;
    expect(list[0]!.reasons).toContain('Already mentors 1');
  });

  it('asks the pair to meet when it has been three weeks, and shows next steps as they come due', async () => {
    const [pair] = ok(
      await server.gql<{ mentorships: PairResult[] }>(PAIRS, { n: net.network.id }, { token: newer.token }),
    ).mentorships;
    expect((await toDoOf(server, net.network.id, newer.token)).items.map((i) => i.kind)).not.toContain(
      'MENTORING_MEETING',
    );
    await server.db.query(`UPDATE mentorship SET started_at = now() - interval '60 days' WHERE id = $1`, [pair!.id]);
    ok(
      await server.gql(
        LOG_MEETING,
        {
          input: {
            mentorshipId: pair!.id,
            meetingOn: day(25),
            notes: 'Planned a number talk',
            nextSteps: 'Film one',
            nextStepsDueOn: day(-3),
          },
        },
        { token: nearMath.token },
      ),
    );
    const items = (await toDoOf(server, net.network.id, newer.token)).items;
    expect(items.find((i) => i.kind === 'MENTORING_MEETING')).toMatchObject({
      title: 'Log your meeting with Near Math',
      detail: 'Last one 3 weeks ago.',
      path: `/mentoring/${pair!.id}`,
    });
    expect(items.find((i) => i.kind === 'MENTORING_NEXT_STEPS')).toMatchObject({ title: 'Next steps with Near Math' });
    const coordinatorItems = (await toDoOf(server, net.network.id, coordinator.token)).items;
    expect(coordinatorItems.map((i) => i.kind)).not.toContain('MENTORING_PAIRS_QUIET');
    await server.db.query(`UPDATE mentoring_meeting SET meeting_on = meeting_on - 30 WHERE mentorship_id = $1`, [
      pair!.id,
    ]);
    expect((await toDoOf(server, net.network.id, coordinator.token)).items).toContainEqual(
      expect.objectContaining({ kind: 'MENTORING_PAIRS_QUIET', title: 'A mentoring pair has not met for six weeks' }),
    );
    // A bad day is explained, not crashed on.
    const bad = await server.gql(
      LOG_MEETING,
      { input: { mentorshipId: pair!.id, meetingOn: '2026-02-30', notes: 'x' } },
      { token: newer.token },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toBe('Choose the day you met.');
    const future = await server.gql(
      LOG_MEETING,
      { input: { mentorshipId: pair!.id, meetingOn: day(-5), notes: 'x' } },
      { token: newer.token },
    );
    expect(future.errors![0]!.message).toBe('Log a meeting once it has happened (not a future day).');
  });

  it('counts active pairs and meetings in network health, and ends a pair', async () => {
    const period = { n: net.network.id, from: day(120), to: day(-1) };
    const before = ok(
      await server.gql<{ mentoringHealth: Record<string, number> }>(HEALTH, period, { token: coordinator.token }),
    );
    expect(before.mentoringHealth).toEqual({ activePairs: 1, meetings: 1, pairsMet: 1 });
    expect(errorCode(await server.gql(HEALTH, period, { token: newer.token }))).toBe('FORBIDDEN');
    const [pair] = ok(
      await server.gql<{ mentorships: PairResult[] }>(PAIRS, { n: net.network.id }, { token: coordinator.token }),
    ).mentorships;
    const ended = await server.gql<{ endMentorship: PairResult }>(END_PAIR, { id: pair!.id }, { token: newer.token });
    expect(errorCode(ended)).toBe('FORBIDDEN');
    expect(
      ok(await server.gql<{ endMentorship: PairResult }>(END_PAIR, { id: pair!.id }, { token: coordinator.token }))
        .endMentorship.status,
    ).toBe('ENDED');
    const after = ok(
      await server.gql<{ mentoringHealth: Record<string, number> }>(HEALTH, period, { token: coordinator.token }),
    );
    expect(after.mentoringHealth).toEqual({ activePairs: 0, meetings: 1, pairsMet: 0 });
  });
});
