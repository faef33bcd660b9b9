import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  addToGroup,
  createClass,
  createGroup,
  createNetwork,
  createPerson,
  type TestNetwork,
  type TestPerson,
} from '../../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../../test/support/harness.js';
import { CRITERIA } from '../../../../test/support/peer-feedback.js';
import { refusal } from '../../../../test/support/refusal.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { School } from '../../networks/school.entity.js';
import { Exchange } from '../exchange.entity.js';
import { RubricsService } from '../rubrics.service.js';
import { Submission } from '../submission.entity.js';
import { AnchorPapersService } from './anchor-papers.service.js';
import { CalibrationHealthService } from './calibration-health.service.js';
import { CalibrationRoundsService } from './calibration-rounds.service.js';
import { CalibrationScoringService } from './calibration-scoring.service.js';
import { CalibrationToDo } from './calibration.to-do.js';

const ESSAYS = [
  'Rural schools should share teachers, because a good physics teacher can reach three villages by video.',
  'Sharing teachers sounds fair, but students need someone in the room who knows them and their families.',
  'Schools should share some teachers. The ferry schedule makes it hard, so the plan must start online first.',
  'A shared teacher could visit each school once a month and teach the rest of the time from a distance.',
];

/** Points per criterion, in CRITERIA order: claim (1,2,3), evidence (0,2,4). */
const pts = (claim: number, evidence: number) => [
  { criterionId: 'claim', points: claim },
  { criterionId: 'evidence', points: evidence },
];

/** The round's rules against the real test database: opening, blind scoring, reveal, agreeing. */
describe('teachers’ calibration rounds', () => {
  let server: TestServer;
  let rounds: CalibrationRoundsService;
  let scoring: CalibrationScoringService;
  let rubrics: RubricsService;
  beforeAll(async () => {
    server = await startServer();
    rounds = server.app.get(CalibrationRoundsService);
    scoring = server.app.get(CalibrationScoringService);
    rubrics = server.app.get(RubricsService);
  });
  afterAll(() => server.close());

  /** A group with a facilitator and two teachers (two schools), and a rubric shared with it. */
  async function team(net?: TestNetwork) {
    net ??= await createNetwork(server.db);
    const group = await createGroup(server.db, net, { subject: 'English Language Arts' });
    const facilitator = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] });
    const t2 = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] });
    const t3 = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] });
    await addToGroup(server.db, group, facilitator, { role: 'FACILITATOR' });
    for (const p of [t2, t3]) await addToGroup(server.db, group, p);
    const rubric = await rubrics.create(facilitator.user.id, {
      networkId: net.network.id,
      title: 'Argument',
      criteria: CRITERIA,
    });
    await rubrics.share(facilitator.user.id, rubric.id, group.id);
    const open = (essays = ESSAYS.slice(0, 3)) =>
      rounds.create(facilitator.user.id, {
        groupId: group.id,
        rubricId: rubric.id,
        title: 'Autumn round',
        essays,
        candidateIds: [],
      });
    return { net, group, facilitator, t2, t3, rubric, open };
  }

  it('opens a round only for a facilitator, with 3 to 6 clean essays on a rubric they can read', async () => {
    const { net, group, facilitator, t2, rubric, open } = await team();
    const f = facilitator.user.id;
    const input = {
      groupId: group.id,
      rubricId: rubric.id,
      title: 'Autumn round',
      essays: ESSAYS.slice(0, 3),
      candidateIds: [],
    };
    expect(await refusal(rounds.create(f, { ...input, essays: ESSAYS.slice(0, 2) }))).toBe(
      'BAD_USER_INPUT: A calibration round has 3 to 6 essays: paste them or choose offered ones.',
    );
    expect(await refusal(rounds.create(f, { ...input, essays: [...ESSAYS, ...ESSAYS.slice(0, 3)] }))).toMatch(
      /^BAD_USER_INPUT: A calibration round has 3 to 6/,
    );
    expect(await refusal(rounds.create(f, { ...input, essays: [...ESSAYS.slice(0, 2), 'Too short.'] }))).toBe(
      'BAD_USER_INPUT: Essay 3 is too short: an anchor essay has at least 40 characters.',
    );
    expect(await refusal(rounds.create(f, { ...input, title: '   ' }))).toBe('BAD_USER_INPUT: Give the round a title.');
    // The giveaway check knows every school, town and person of the network.
    await server.db.getRepository(School).save({
      networkId: net.network.id,
      name: 'Tok School',
      state: 'AK',
      locality: 'Tok',
      timeZone: 'America/Anchorage',
    });
    const named = await createPerson(server.db, net, 'STUDENT', { name: 'Maya Quillfeather' });
    expect(
      await refusal(rounds.create(f, { ...input, essays: [ESSAYS[0], `${ESSAYS[1]} We miss Tok School.`, ESSAYS[2]] })),
    ).toBe(
      'BAD_USER_INPUT: Essay 2 names a school (Tok School). Anchor essays never identify a writer or a school: edit it first.',
    );
    expect(
      await refusal(
        rounds.create(f, { ...input, essays: [ESSAYS[0], ESSAYS[1], `${ESSAYS[2]} By Maya Quillfeather.`] }),
      ),
    ).toBe(
      'BAD_USER_INPUT: Essay 3 names a person (Maya Quillfeather). Anchor essays never identify a writer or a school: edit it first.',
    );
    // A rubric the facilitator cannot read (another teacher's, not shared) is refused.
    const privateRubric = await rubrics.create(t2.user.id, {
      networkId: net.network.id,
      title: 'Mine',
      criteria: CRITERIA,
    });
    expect(await refusal(rounds.create(f, { ...input, rubricId: privateRubric.id }))).toBe(
      'BAD_USER_INPUT: Choose a rubric you can read: yours, or one shared with this group.',
    );
    // Only a facilitator; students and other networks are told the group does not exist.
    expect(await refusal(rounds.create(t2.user.id, input))).toBe(
      'FORBIDDEN: Only a facilitator of the group can open a calibration round.',
    );
    expect(await refusal(rounds.create(named.user.id, input))).toBe('NOT_FOUND: That group was not found.');
    const other = await createNetwork(server.db, 1);
    const coordinatorB = await createPerson(server.db, other, 'COORDINATOR');
    expect(await refusal(rounds.create(coordinatorB.user.id, input))).toBe('NOT_FOUND: That group was not found.');

    const round = await open();
    expect(round).toMatchObject({ status: 'SCORING', title: 'Autumn round', raterCount: 3, finishedRaterCount: 0 });
    expect(round.essays.map((e) => [e.position, e.body])).toEqual(ESSAYS.slice(0, 3).map((b, i) => [i + 1, b]));
    const audit = await server.db.getRepository(AuditEvent).findBy({ targetId: round.id });
    expect(audit.map((a) => a.action)).toEqual(['calibration.create']);
  });

  it('takes every criterion at one of its levels, keeps scores blind until the reveal, and reveals after two finish', async () => {
    const { net, facilitator, t2, t3, open } = await team();
    const round = await open();
    const [e1, e2, e3] = round.essays.map((e) => e.id);
    const f = facilitator.user.id;
    expect(await refusal(scoring.submit(f, { essayId: e1, levels: [pts(3, 4)[0]] }))).toBe(
      'BAD_USER_INPUT: Score every criterion: choose a level for “Evidence”.',
    );
    expect(await refusal(scoring.submit(f, { essayId: e1, levels: pts(3, 3) }))).toBe(
      'BAD_USER_INPUT: “Evidence” has the levels 0, 2, 4: choose one of them.',
    );
    expect(
      await refusal(scoring.submit(f, { essayId: e1, levels: [...pts(3, 4), { criterionId: 'style', points: 1 }] })),
    ).toBe('BAD_USER_INPUT: Choose a criterion of the rubric.');
    const student = await createPerson(server.db, net, 'STUDENT');
    expect(await refusal(scoring.submit(student.user.id, { essayId: e1, levels: pts(3, 4) }))).toBe(
      'NOT_FOUND: That calibration essay was not found.',
    );
    const outsiderTeacher = await createPerson(server.db, net, 'TEACHER');
    expect(await refusal(rounds.get(outsiderTeacher.user.id, round.id))).toBe(
      'NOT_FOUND: That calibration round was not found.',
    );

    const mine = await scoring.submit(f, { essayId: e1, levels: pts(3, 4) });
    expect(mine.myScores).toEqual(pts(3, 4));
    expect(mine.scores).toEqual([]);
    await scoring.submit(f, { essayId: e2, levels: pts(2, 2) });
    await scoring.submit(f, { essayId: e3, levels: pts(1, 0) });
    expect(await refusal(scoring.reveal(f, round.id))).toBe(
      'CONFLICT: At least two teachers must score every essay before the reveal: one has so far.',
    );
    for (const [id, l] of [
      [e1, pts(3, 2)],
      [e2, pts(2, 2)],
      [e3, pts(3, 0)],
    ] as const)
      await scoring.submit(t2.user.id, { essayId: id, levels: l });
    // t3 scores one essay: partial scores count in the figures later.
    await scoring.submit(t3.user.id, { essayId: e1, levels: pts(2, 2) });

    for (const who of [facilitator, t2, t3]) {
      const view = await rounds.get(who.user.id, round.id);
      expect(view.agreement).toBeNull();
      expect(view.essays.flatMap((e) => e.scores)).toEqual([]);
      expect(view.finishedRaterCount).toBe(2);
      // Only one's own scores.
      expect(view.essays[0].myScores).toEqual(who === facilitator ? pts(3, 4) : who === t2 ? pts(3, 2) : pts(2, 2));
    }
    // The to-do: whoever has not scored every essay, counts only.
    const toDo = (p: TestPerson) =>
      server.app
        .get(CalibrationToDo)
        .items({ userId: p.user.id, networkId: net.network.id, membership: p.membership, now: new Date() });
    expect(await toDo(t3)).toEqual([
      expect.objectContaining({
        kind: 'CALIBRATION_TO_SCORE',
        title: 'Score the calibration essays of “Autumn round”',
        detail: '1 of 3 essays scored.',
        path: `/calibration/${round.id}`,
      }),
    ]);
    expect(await toDo(facilitator)).toEqual([]);
    expect(await refusal(scoring.reveal(t2.user.id, round.id))).toBe(
      'FORBIDDEN: Only a facilitator of the group can reveal the scores.',
    );
    expect(await refusal(scoring.comment(t2.user.id, { essayId: e1, criterionId: 'claim', body: 'Why 3?' }))).toBe(
      'FORBIDDEN: The discussion opens when the facilitator reveals the scores.',
    );

    const revealed = await scoring.reveal(f, round.id);
    expect(revealed.status).toBe('REVEALED');
    expect(revealed.revealedAt).toBeInstanceOf(Date);
    expect((await toDo(facilitator)).map((i) => [i.kind, i.title])).toEqual([
      ['CALIBRATION_TO_AGREE', 'Agree the scores of “Autumn round”'],
    ]);
    expect(await toDo(t3)).toEqual([]);
    expect(await refusal(scoring.submit(t3.user.id, { essayId: e2, levels: pts(2, 2) }))).toBe(
      'FORBIDDEN: The scores were revealed: scoring is closed.',
    );
    const seen = await rounds.get(t2.user.id, round.id);
    expect(seen.essays[0].scores.map((s) => s.levels)).toHaveLength(3);
    const a = seen.agreement!;
    // Pairs: e1 claim (3,3,2) → 3 pairs, 1 exact, 3 adjacent; e1 evidence (4,2,2) → 1 exact, 3 adjacent;
    // e2: 1 pair each, exact; e3 claim (1,3): not adjacent; e3 evidence (0,0): exact. 10 pairs in all.
    expect(a.overall.exact).toBeCloseTo(5 / 10);
    expect(a.overall.adjacent).toBeCloseTo(9 / 10);
    expect(a.disputed[0]).toMatchObject({ essayId: e3, criterionId: 'claim', spread: 2, min: 1, max: 3, raters: 2 });
    expect(a.cells.find((c) => c.essayId === e1 && c.criterionId === 'evidence')!.counts).toEqual([
      { points: 0, label: 'Missing', count: 0 },
      { points: 2, label: 'Some', count: 2 },
      { points: 4, label: 'Strong', count: 1 },
    ]);

    const comment = await scoring.comment(t2.user.id, {
      essayId: e3,
      criterionId: 'claim',
      body: '  The claim is there, but late.  ',
    });
    expect(comment).toMatchObject({ body: 'The claim is there, but late.', author: { id: t2.user.id } });
    expect(await refusal(scoring.comment(t2.user.id, { essayId: e3, criterionId: 'tone', body: 'Hm' }))).toBe(
      'BAD_USER_INPUT: Choose a criterion of the rubric.',
    );
    const thread = (await rounds.get(f, round.id)).agreement!.disputed[0].comments;
    expect(thread.map((c) => c.body)).toEqual(['The claim is there, but late.']);
  });

  it('agrees cell by cell (facilitator only, a level and a rationale), then the round is AGREED and its essays anchor papers', async () => {
    const { net, facilitator, t2, rubric, open } = await team();
    const f = facilitator.user.id;
    const round = await open();
    const [e1] = round.essays.map((e) => e.id);
    const agree = (essayId: string, criterionId: string, points: number, who = f) =>
      scoring.agree(who, { essayId, criterionId, points, rationale: 'Clear claim, evidence cited twice.' });
    expect(await refusal(agree(e1, 'claim', 3))).toBe(
      'BAD_USER_INPUT: Reveal the scores first: the group agrees after seeing them.',
    );
    for (const who of [f, t2.user.id])
      for (const e of round.essays) await scoring.submit(who, { essayId: e.id, levels: pts(2, 2) });
    await scoring.reveal(f, round.id);
    expect(await refusal(agree(e1, 'claim', 3, t2.user.id))).toBe(
      'FORBIDDEN: Only a facilitator of the group can record the agreed scores.',
    );
    expect(await refusal(agree(e1, 'claim', 4))).toBe(
      'BAD_USER_INPUT: “Claim” has the levels 1, 2, 3: choose one of them.',
    );
    expect(await refusal(scoring.agree(f, { essayId: e1, criterionId: 'claim', points: 3, rationale: 'Fine.' }))).toBe(
      'BAD_USER_INPUT: Write a rationale of 10 to 600 characters: why this level, in a sentence or two.',
    );
    // Changing a cell while REVEALED replaces it.
    await agree(e1, 'claim', 2);
    let view = await agree(e1, 'claim', 3);
    expect(view.essays[0].agreed).toEqual([
      expect.objectContaining({
        criterionId: 'claim',
        points: 3,
        agreedBy: { id: f, displayName: facilitator.user.displayName },
      }),
    ]);
    const anchors = server.app.get(AnchorPapersService);
    const cells = round.essays.flatMap((e) => CRITERIA.map((c) => [e.id, c.id] as const));
    for (const [essayId, criterionId] of cells.slice(1)) {
      expect((await anchors.forRubric(rubric.rootId)).length).toBe(0);
      view = await agree(essayId, criterionId, criterionId === 'claim' ? 2 : 4);
    }
    expect(view.status).toBe('AGREED');
    expect(view.agreedAt).toBeInstanceOf(Date);
    expect(await refusal(agree(e1, 'claim', 1))).toBe('CONFLICT: This round is agreed: its scores are final.');
    const papers = await rounds.anchorPapers(t2.user.id, rubric.id);
    expect(papers.map((p) => [p.position, p.agreed.length])).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
    expect(papers[0].agreed.find((x) => x.criterionId === 'claim')!.points).toBe(3);
    const student = await createPerson(server.db, net, 'STUDENT');
    expect(await refusal(rounds.anchorPapers(student.user.id, rubric.id))).toMatch(
      /^FORBIDDEN: Rubrics are for teachers/,
    );
    const actions = (await server.db.getRepository(AuditEvent).findBy({ targetId: round.id })).map((a) => a.action);
    expect(actions.filter((a) => a === 'calibration.agree')).toHaveLength(cells.length + 1);
    expect(actions).toContain('calibration.reveal');
    // Network health: one revealed round of this rubric, with its overall figures.
    const history = await server.app.get(CalibrationHealthService).history(net.network.id, new Date(Date.now() + 1000));
    expect(history).toEqual([
      {
        rubricTitle: 'Argument',
        rounds: [expect.objectContaining({ roundTitle: 'Autumn round', exact: 1, raters: 2 })],
      },
    ]);
  });

  it("takes offered essays from the writer's own teacher only, once, and copies their text into a round", async () => {
    const { net, facilitator, t2, group, rubric } = await team();
    const student = await createPerson(server.db, net, 'STUDENT', { school: net.schools[1] });
    const cls = await createClass(server.db, net, t2 as TestPerson, [student]);
    const exchange = await server.db.getRepository(Exchange).save({
      networkId: net.network.id,
      ownerId: t2.user.id,
      title: 'Should rural schools share teachers?',
      prompt: 'Argue for or against.',
      rubricId: rubric.id,
      anonymity: 'DOUBLE_BLIND',
      submissionDueAt: new Date(),
      reviewDueAt: new Date(),
      feedbackReleaseAt: new Date(),
      pseudonymSeed: 7,
    } as Partial<Exchange>);
    const body = 'Teachers could be shared between islands if the schools agree on one timetable for the year.';
    const sub = await server.db.getRepository(Submission).save({
      exchangeId: exchange.id,
      studentId: student.user.id,
      classId: cls.id,
      schoolId: net.schools[1].id,
      pseudonym: 'Blue Heron',
      body,
      submittedBody: body,
      status: 'SUBMITTED',
      submittedAt: new Date(),
    });
    expect(await refusal(rounds.offer(facilitator.user.id, sub.id))).toBe(
      "FORBIDDEN: Only the writer's own teacher can offer an essay for calibration.",
    );
    expect(await refusal(rounds.offer(student.user.id, sub.id))).toBe('NOT_FOUND: That essay was not found.');
    const offered = await rounds.offer(t2.user.id, sub.id);
    expect(offered).toMatchObject({ body, exchangeTitle: 'Should rural schools share teachers?' });
    expect((await rounds.offer(t2.user.id, sub.id)).id).toBe(offered.id);
    expect(JSON.stringify(await rounds.candidates(facilitator.user.id, group.id))).not.toMatch(/Blue Heron|student/i);
    expect(await refusal(rounds.candidates(t2.user.id, group.id))).toBe(
      'FORBIDDEN: Only a facilitator of the group can choose calibration essays.',
    );
    const round = await rounds.create(facilitator.user.id, {
      groupId: group.id,
      rubricId: rubric.id,
      title: 'With an offered essay',
      essays: ESSAYS.slice(0, 2),
      candidateIds: [offered.id],
    });
    expect(round.essays.map((e) => e.body)).toEqual([...ESSAYS.slice(0, 2), body]);
  });
});
