/**
 * Teachers score a calibration round blind: until the facilitator reveals the round, no query,
 * field or mutation answer carries another teacher's scores (checked on the exact text the server
 * sends), not even to the facilitator or a coordinator; only how many have finished. After the
 * reveal everyone in the group sees every score. Students, teachers outside the group and another
 * network's coordinator are told the round does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup, createNetwork, type TestNetwork } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { signedIn, type Signed } from '../support/mentoring-api.js';
import { ok, Q, rawGql, type RoundView } from '../support/calibration-api.js';

/** Points nobody else uses, so a teacher's scores are recognisable in any answer. */
const CRITERIA = [
  {
    id: 'argue',
    title: 'Argument',
    weight: 1,
    levels: [
      { points: 61, label: 'Emerging', descriptor: 'A position, hard to find.' },
      { points: 73, label: 'Solid', descriptor: 'A clear position.' },
      { points: 89, label: 'Compelling', descriptor: 'A clear position that anticipates objections.' },
    ],
  },
  {
    id: 'cite',
    title: 'Evidence',
    weight: 1,
    levels: [
      { points: 62, label: 'Thin', descriptor: 'Little evidence.' },
      { points: 74, label: 'Some', descriptor: 'Relevant evidence.' },
      { points: 90, label: 'Rich', descriptor: 'Relevant, cited evidence.' },
    ],
  },
];
const ESSAYS = [
  'Rural schools should share teachers, because a good physics teacher can reach three villages by video.',
  'Sharing teachers sounds fair, but students need someone in the room who knows them and their families.',
  'Schools should share some teachers. The ferry schedule makes it hard, so the plan must start online first.',
];
const scoresOf = (argue: number, cite: number) => [
  { criterionId: 'argue', points: argue },
  { criterionId: 'cite', points: cite },
];
/** What each teacher's scores look like in JSON: `"criterionId":"argue","points":61`. */
const ADA = [/"criterionId":"argue","points":61/, /"criterionId":"cite","points":62/];
const BEN = [/"criterionId":"argue","points":89/, /"criterionId":"cite","points":90/];
const carries = (raw: string, pattern: RegExp[]) => pattern.some((p) => p.test(raw));

describe('calibration scores stay blind until the reveal', () => {
  let server: TestServer;
  let net: TestNetwork;
  let fay: Signed,
    ada: Signed,
    ben: Signed,
    stranger: Signed,
    student: Signed,
    coordinator: Signed,
    coordinatorB: Signed;
  let groupId: string, rubricId: string, roundId: string, essayIds: string[];
  const call = <T = Record<string, unknown>>(who: Signed, query: string, variables: Record<string, unknown>) =>
    rawGql<T>(server, who.token, query, variables);

  beforeAll(async () => {
    server = await startServer();
    net = await createNetwork(server.db, 2);
    fay = await signedIn(server, net, 'TEACHER', { school: net.schools[0], name: 'Fay Facilitator' });
    ada = await signedIn(server, net, 'TEACHER', { school: net.schools[0], name: 'Ada Rater' });
    ben = await signedIn(server, net, 'TEACHER', { school: net.schools[1], name: 'Ben Rater' });
    stranger = await signedIn(server, net, 'TEACHER', { school: net.schools[1], name: 'Sol Elsewhere' });
    student = await signedIn(server, net, 'STUDENT', { school: net.schools[0] });
    coordinator = await signedIn(server, net, 'COORDINATOR');
    coordinatorB = await signedIn(server, await createNetwork(server.db, 1), 'COORDINATOR');
    const group = await createGroup(server.db, net, { name: 'Language Arts', subject: 'English Language Arts' });
    groupId = group.id;
    await addToGroup(server.db, group, fay, { role: 'FACILITATOR' });
    for (const p of [ada, ben]) await addToGroup(server.db, group, p);
    const rubric = ok(
      await call<{ createRubric: { id: string } }>(
        fay,
        `mutation($i: CreateRubricInput!) { createRubric(input: $i) { id } }`,
        { i: { networkId: net.network.id, title: 'Blind rubric', criteria: CRITERIA } },
      ),
    );
    rubricId = rubric.createRubric.id;
    ok(
      await call(fay, `mutation($r: ID!, $g: ID) { shareRubric(rubricId: $r, groupId: $g) { id } }`, {
        r: rubricId,
        g: groupId,
      }),
    );
    const created = ok(
      await call<{ createCalibrationRound: RoundView }>(fay, Q.create, {
        i: { groupId, rubricId, title: 'Blind round', essays: ESSAYS },
      }),
    ).createCalibrationRound;
    roundId = created.id;
    essayIds = created.essays.map((e) => e.id);
    for (const id of essayIds) {
      const a = await call(ada, Q.score, { i: { essayId: id, levels: scoresOf(61, 62) } });
      expect(a.errors).toBeUndefined();
      const b = await call(ben, Q.score, { i: { essayId: id, levels: scoresOf(89, 90) } });
      expect(b.errors).toBeUndefined();
      // Each answer carries the teacher's own scores only.
      expect([carries(a.raw, ADA), carries(a.raw, BEN)]).toEqual([true, false]);
      expect([carries(b.raw, BEN), carries(b.raw, ADA)]).toEqual([true, false]);
    }
  });
  afterAll(() => server?.close());

  it('shows nobody another teacher’s scores before the reveal, by any query, only how many finished', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const readers: [Signed, RegExp[]][] = [
      [ada, BEN],
      [ben, ADA],
      [fay, [...ADA, ...BEN]],
      [coordinator, [...ADA, ...BEN]],
    ];
    for (const [who, others] of readers) {
      const answers = [
        await call<{ calibrationRound: RoundView }>(who, Q.round, { id: roundId }),
        await call<{ calibrationRounds: RoundView[] }>(who, Q.rounds, { g: groupId }),
        await call(who, Q.anchors, { r: rubricId }),
      ];
      if (who === coordinator) answers.push(await call(who, Q.health, { n: net.network.id, from, to }));
      for (const res of answers) {
        // Anchor papers: only adults who may read the rubric (the coordinator may not read Fay's).
        if (res !== answers[2] || who !== coordinator) expect(res.errors).toBeUndefined();
        expect(carries(res.raw, others)).toBe(false);
      }
      const round = (answers[0].data as { calibrationRound: RoundView }).calibrationRound;
      expect(round).toMatchObject({ status: 'SCORING', finishedRaterCount: 2, agreement: null });
      expect(round.essays.flatMap((e) => e.scores)).toEqual([]);
      expect(round.iHaveFinished).toBe(who === ada || who === ben);
    }
    const health = await call<{ networkHealth: { calibration: unknown[] } }>(coordinator, Q.health, {
      n: net.network.id,
      from,
      to,
    });
    expect(ok(health).networkHealth.calibration).toEqual([]);
  });

  it('tells a student, a teacher outside the group and another network’s coordinator nothing', async () => {
    const expectations: [Signed, string, Record<string, unknown>, string][] = [
      [student, Q.round, { id: roundId }, 'NOT_FOUND'],
      [student, Q.rounds, { g: groupId }, 'NOT_FOUND'],
      [student, Q.score, { i: { essayId: essayIds[0], levels: scoresOf(73, 74) } }, 'NOT_FOUND'],
      [stranger, Q.round, { id: roundId }, 'NOT_FOUND'],
      [stranger, Q.score, { i: { essayId: essayIds[0], levels: scoresOf(73, 74) } }, 'NOT_FOUND'],
      [stranger, Q.reveal, { id: roundId }, 'NOT_FOUND'],
      // The group itself is open to every teacher of the network: its rounds are not.
      [stranger, Q.rounds, { g: groupId }, 'FORBIDDEN'],
      [coordinatorB, Q.round, { id: roundId }, 'NOT_FOUND'],
      [coordinatorB, Q.rounds, { g: groupId }, 'NOT_FOUND'],
      [coordinatorB, Q.reveal, { id: roundId }, 'NOT_FOUND'],
      [coordinatorB, Q.candidates, { g: groupId }, 'NOT_FOUND'],
      [coordinatorB, Q.anchors, { r: rubricId }, 'NOT_FOUND'],
      [coordinatorB, Q.comment, { i: { essayId: essayIds[0], criterionId: 'argue', body: 'Hello' } }, 'NOT_FOUND'],
      [
        coordinatorB,
        Q.agree,
        { i: { essayId: essayIds[0], criterionId: 'argue', points: 73, rationale: 'A clear position throughout.' } },
        'NOT_FOUND',
      ],
    ];
    const got: string[] = [];
    for (const [who, query, variables, code] of expectations) {
      const res = await call(who, query, variables);
      expect(carries(res.raw, [...ADA, ...BEN])).toBe(false);
      expect(res.raw).not.toContain(ESSAYS[0]);
      got.push(`${errorCode(res)} (${code})`);
    }
    expect(got).toEqual(expectations.map(([, , , code]) => `${code} (${code})`));
    // Ben may not reveal; the failed attempt changed nothing.
    const early = await call(ben, Q.reveal, { id: roundId });
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors![0].message).toBe('Only a facilitator of the group can reveal the scores.');
    expect(carries(early.raw, ADA)).toBe(false);
  });

  it('shows every score to the group once the facilitator reveals, and closes scoring', async () => {
    const revealed = await call<{ revealCalibrationRound: RoundView }>(fay, Q.reveal, { id: roundId });
    const round = ok(revealed).revealCalibrationRound;
    expect(round.status).toBe('REVEALED');
    expect([carries(revealed.raw, ADA), carries(revealed.raw, BEN)]).toEqual([true, true]);
    const seen = await call<{ calibrationRound: RoundView }>(ada, Q.round, { id: roundId });
    expect(carries(seen.raw, BEN)).toBe(true);
    const view = ok(seen).calibrationRound;
    expect(view.essays.map((e) => e.scores.map((s) => s.rater.id).sort())).toEqual(
      essayIds.map(() => [ada.user.id, ben.user.id].sort()),
    );
    // Every cell: 61 vs 89 (and 62 vs 90) are the lowest and highest levels: no pair agrees.
    expect(view.agreement!.overall).toMatchObject({ exact: 0, adjacent: 0 });
    const late = await call(ada, Q.score, { i: { essayId: essayIds[0], levels: scoresOf(73, 74) } });
    expect(late.errors?.[0]).toMatchObject({
      message: 'The scores were revealed: scoring is closed.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
