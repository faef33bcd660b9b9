import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { seedHealthNetwork } from '../support/health-seed.js';
import { statementShapes, statementsDuring } from '../support/sql-statements.js';

const HEALTH = `query($networkId: ID!, $from: String!, $to: String!) {
  networkHealth(networkId: $networkId, from: $from, to: $to) {
    networkName from to
    members {
      members active percentActive
      byRole { role members active }
      bySchool { schoolId schoolName members active percentActive roles { role members active } }
    }
    groups { name members posts checkIns unitsEdited activity activeMembers quiet }
    quietGroups
    isolated { count members { name role schoolName reason } }
    units { total byStatus { status count } crossSchool crossSchoolUnits { title status schools } }
    exchanges {
      title phase classes studentsEnrolled essaysSubmitted submissionPercent
      reviewsAssigned reviewsCompleted reviewPercent
    }
    convenings {
      title season going maybe notGoing sessions seatsConfirmed seatsWaitlisted
      checkIns attendancePercent attendees turnoutPercent
    }
  }
}`;

type Health = Record<string, unknown> & {
  members: Record<string, unknown>;
  groups: unknown[];
  exchanges: unknown[];
};

describe('network health figures', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const seed = () => seedHealthNetwork(server.db);

  const ask = (token: string, networkId: string, from: Date, to: Date) =>
    server.gql<{ networkHealth: Health }>(
      HEALTH,
      { networkId, from: from.toISOString(), to: to.toISOString() },
      { token },
    );

  it('every-figure-equals-the-hand-count', async () => {
    const w = await seed();
    const token = await signIn(server, w.coord.login);
    const res = await ask(token, w.net.network.id, w.p.from, w.p.to);
    expect(res.errors).toBeUndefined();
    const h = res.data!.networkHealth;
    expect(h.networkName).toBe(w.net.network.name);
    expect(new Date(h.from as string).getTime()).toBe(w.p.from.getTime());

    expect(h.members).toEqual({
      members: 10,
      active: 7,
      percentActive: 70,
      byRole: [
        { role: 'COORDINATOR', members: 1, active: 1 },
        { role: 'ADMINISTRATOR', members: 1, active: 1 },
        { role: 'TEACHER', members: 4, active: 3 },
        { role: 'STUDENT', members: 4, active: 2 },
      ],
      bySchool: [
        {
          schoolId: w.s1.id,
          schoolName: w.s1.name,
          members: 5,
          active: 3,
          percentActive: 60,
          roles: [
            { role: 'ADMINISTRATOR', members: 1, active: 1 },
            { role: 'TEACHER', members: 2, active: 1 },
            { role: 'STUDENT', members: 2, active: 1 },
          ],
        },
        {
          schoolId: w.s2.id,
          schoolName: w.s2.name,
          members: 4,
          active: 3,
          percentActive: 75,
          roles: [
            { role: 'TEACHER', members: 2, active: 2 },
            { role: 'STUDENT', members: 2, active: 1 },
          ],
        },
        {
          schoolId: null,
          schoolName: null,
          members: 1,
          active: 1,
          percentActive: 100,
          roles: [{ role: 'COORDINATOR', members: 1, active: 1 }],
        },
      ],
    });

    expect(h.groups).toEqual([
      {
        name: 'Algebra',
        members: 3,
        posts: 2,
        checkIns: 1,
        unitsEdited: 2,
        activity: 5,
        activeMembers: 3,
        quiet: false,
      },
      {
        name: 'Chemistry',
        members: 1,
        posts: 1,
        checkIns: 0,
        unitsEdited: 0,
        activity: 1,
        activeMembers: 2,
        quiet: false,
      },
      {
        name: 'Biology',
        members: 1,
        posts: 0,
        checkIns: 0,
        unitsEdited: 0,
        activity: 0,
        activeMembers: 0,
        quiet: true,
      },
    ]);
    expect(h.quietGroups).toBe(1);

    expect(h.isolated).toEqual({
      count: 2,
      members: [
        { name: 'Abe Asleep', role: 'TEACHER', schoolName: w.s1.name, reason: 'INACTIVE_GROUPS' },
        { name: 'Bo Newcomer', role: 'TEACHER', schoolName: w.s2.name, reason: 'NO_GROUP' },
      ],
    });

    expect(h.units).toEqual({
      total: 3,
      byStatus: [
        { status: 'DRAFT', count: 1 },
        { status: 'IN_REVIEW', count: 1 },
        { status: 'PUBLISHED', count: 1 },
        { status: 'ARCHIVED', count: 0 },
      ],
      crossSchool: 1,
      crossSchoolUnits: [{ title: 'Linear equations', status: 'DRAFT', schools: [w.s1.name, w.s2.name] }],
    });

    expect(h.exchanges).toEqual([
      {
        title: 'Argument essays',
        phase: 'REVIEW',
        classes: 2,
        studentsEnrolled: 4,
        essaysSubmitted: 2,
        submissionPercent: 50,
        reviewsAssigned: 3,
        reviewsCompleted: 2,
        reviewPercent: 66.7,
      },
    ]);

    expect(h.convenings).toEqual([
      {
        title: 'Fall convening',
        season: 'FALL',
        going: 3,
        maybe: 1,
        notGoing: 1,
        sessions: 3,
        seatsConfirmed: 4,
        seatsWaitlisted: 1,
        checkIns: 3,
        attendancePercent: 75,
        attendees: 2,
        turnoutPercent: 66.7,
      },
    ]);

    // Students are counted, never named.
    const body = JSON.stringify(res.data);
    for (const s of w.students) expect(body).not.toContain(s.user.displayName);
  });

  it('a-period-before-anything-happened-counts-nothing-active', async () => {
    const w = await seed();
    const token = await signIn(server, w.coord.login);
    const DAY = 86400_000;
    const res = await ask(
      token,
      w.net.network.id,
      new Date(w.p.before.getTime() - 400 * DAY),
      new Date(w.p.before.getTime() - 300 * DAY),
    );
    expect(res.errors).toBeUndefined();
    const h = res.data!.networkHealth;
    expect(h.members).toMatchObject({ members: 0, active: 0, percentActive: null });
    expect(h.groups).toEqual([]);
    expect(h.exchanges).toEqual([]);
    expect(h.convenings).toEqual([]);
    expect(h.units).toMatchObject({ total: 0, crossSchool: 0 });
  });

  it('csv-export-holds-the-same-figures-as-a-long-table', async () => {
    const w = await seed();
    const token = await signIn(server, w.coord.login);
    const query = `from=${encodeURIComponent(w.p.from.toISOString())}&to=${encodeURIComponent(w.p.to.toISOString())}`;
    const res = await fetch(`${server.url}/api/networks/${w.net.network.id}/health.csv?${query}`, {
      headers: { cookie: `sb_session=${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${w.net.network.name.replace(/ /g, '-')}-health-${day(w.p.from)}-to-${day(w.p.to)}.csv"`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('section,item,measure,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        `report,${w.net.network.name},from,${w.p.from.toISOString()}`,
        'members,Network,members,10',
        'members,Network,active,7',
        'members,Network,percent active,70',
        'members by role,Teachers,active,3',
        `members by school,${w.s2.name},percent active,75`,
        `members by school and role,${w.s1.name}: Students,members,2`,
        'members by school,Network staff (no school),members,1',
        'groups,Algebra,check-ins,1',
        'groups,Algebra,units edited,2',
        'groups,Biology,quiet,yes',
        'isolated members,Network,count,2',
        `isolated members,Bo Newcomer (${w.s2.name}),in no group,`,
        'units by status,In review,units,1',
        'units,Network,cross-school units,1',
        `cross-school units,Linear equations,schools,${w.s1.name}; ${w.s2.name}`,
        'exchanges,Argument essays,students enrolled,4',
        'exchanges,Argument essays,percent reviews completed,66.7',
        `convenings,Fall convening (${w.p.inside.toISOString().slice(0, 10)}),check-ins,3`,
        `convenings,Fall convening (${w.p.inside.toISOString().slice(0, 10)}),percent of going who attended,66.7`,
      ]),
    );
    for (const s of w.students) expect(text).not.toContain(s.user.displayName);
  });

  it('revisions-made-and-mentoring-equal-the-hand-count-on-the-page-and-in-the-csv', async () => {
    const w = await seed();
    const db = server.db;
    const networkId = w.net.network.id;
    const [groupId] = (
      await db.query<{ id: string }[]>(`SELECT id FROM "group" WHERE network_id = $1 LIMIT 1`, [networkId])
    ).map((r) => r.id);
    // A cycle with revisions accepted: two inside the period, one before it; one only agreed (not made).
    const cycle = randomUUID();
    await db.query(
      `INSERT INTO lesson_study (id, network_id, group_id, title, theme, phase, plan_document_id, created_by_id)
       VALUES ($1, $2, $3, 'Counting cycle', 'Reasoning', 'REVISE', $4, $5)`,
      [cycle, networkId, groupId, randomUUID(), w.tA1.user.id],
    );
    const revision = (status: string, decidedAt: Date) =>
      db.query(
        `INSERT INTO plan_revision (lesson_study_id, round, section_id, text, status, proposed_by_id, decided_at)
         VALUES ($1, 1, 'flow', 'Wait longer', $2, $3, $4)`,
        [cycle, status, w.tA1.user.id, decidedAt],
      );
    await revision('ACCEPTED', w.p.inside);
    await revision('ACCEPTED', w.p.inside);
    await revision('ACCEPTED', w.p.before);
    await revision('AGREED', w.p.inside);
    // Mentoring: one pair active at the period's end with two meetings inside it and one after;
    // one pair that ended before the end (its meeting inside counts as a meeting, not an active pair met).
    const pair = (mentor: string, mentee: string, status: string, endedAt: Date | null) =>
      db
        .query<{ id: string }[]>(
          `INSERT INTO mentorship (network_id, mentor_id, mentee_id, status, goals, created_by_id, started_at, ended_at)
           VALUES ($1, $2, $3, $4, 'Questioning', $5, $6, $7) RETURNING id`,
          [networkId, mentor, mentee, status, w.coord.user.id, w.p.before, endedAt],
        )
        .then((r) => r[0]!.id);
    const active = await pair(w.tA1.user.id, w.tB4.user.id, 'ACTIVE', null);
    const ended = await pair(w.tA2.user.id, w.tB4.user.id, 'ENDED', w.p.inside);
    const meeting = (mentorshipId: string, on: Date) =>
      db.query(
        `INSERT INTO mentoring_meeting (mentorship_id, meeting_on, notes, logged_by_id) VALUES ($1, $2, 'Met', $3)`,
        [mentorshipId, on.toISOString().slice(0, 10), w.tA1.user.id],
      );
    await meeting(active, w.p.inside);
    await meeting(active, w.p.inside);
    await meeting(active, w.p.after);
    await meeting(ended, w.p.inside);

    const token = await signIn(server, w.coord.login);
    const res = await server.gql<{
      networkHealth: { revisionsMade: number };
      mentoringHealth: { activePairs: number; meetings: number; pairsMet: number };
    }>(
      `query($networkId: ID!, $from: String!, $to: String!) {
        networkHealth(networkId: $networkId, from: $from, to: $to) { revisionsMade }
        mentoringHealth(networkId: $networkId, from: $from, to: $to) { activePairs meetings pairsMet }
      }`,
      { networkId, from: w.p.from.toISOString(), to: w.p.to.toISOString() },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.networkHealth.revisionsMade).toBe(2);
    expect(res.data!.mentoringHealth).toEqual({ activePairs: 1, meetings: 3, pairsMet: 1 });

    const query = `from=${encodeURIComponent(w.p.from.toISOString())}&to=${encodeURIComponent(w.p.to.toISOString())}`;
    const csv = await fetch(`${server.url}/api/networks/${networkId}/health.csv?${query}`, {
      headers: { cookie: `sb_session=${token}` },
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines).toEqual(
      expect.arrayContaining([
        'lesson studies,Network,revisions made,2',
        'mentoring,Network,active pairs,1',
        'mentoring,Network,meetings logged,3',
        'mentoring,Network,active pairs that met,1',
      ]),
    );
  });

  it('the-report-costs-the-same-statements-for-a-busy-and-an-empty-network', async () => {
    const w = await seed();
    const busyToken = await signIn(server, w.coord.login);
    const empty = await createNetwork(server.db, 1);
    const lonely = await createPerson(server.db, empty, 'COORDINATOR');
    const emptyToken = await signIn(server, lonely.login);
    const busy = await statementsDuring(() => ask(busyToken, w.net.network.id, w.p.from, w.p.to));
    const quiet = await statementsDuring(() => ask(emptyToken, empty.network.id, w.p.from, w.p.to));
    expect(busy.result.errors).toBeUndefined();
    expect(quiet.result.errors).toBeUndefined();
    expect(statementShapes(busy.sql)).toEqual(statementShapes(quiet.sql));
    // Session, access, network, the six figures in one transaction, the isolation rule.
    expect(busy.sql.length).toBeLessThanOrEqual(15);
  });
});
