/**
 * The whole calibration flow over the API: a teacher offers a student's exchange essay, the
 * facilitator opens a round with it and two pasted essays, two teachers score blind, the reveal
 * shows agreement figures (checked against values computed by hand below), the group discusses the
 * most disputed cell, the facilitator agrees every cell and the essays become the rubric's anchor
 * papers — with no name or school of the writer — and network health shows the round's agreement.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { signedIn } from '../support/mentoring-api.js';
import { OPS, openExchange, twoSchools, type TwoSchools } from '../support/peer-feedback.js';
import { ok, Q, type RoundView } from '../support/calibration-api.js';

const PASTED = [
  'Rural schools should share teachers, because a good physics teacher can reach three villages by video.',
  'Sharing teachers sounds fair, but students need someone in the room who knows them and their families.',
];
const OFFERED = 'Schools could share a teacher if the ferry ran daily, but it does not, so the plan needs video first.';
/** Points per criterion: claim has levels 1, 2, 3; evidence 0, 2, 4 (test/support/peer-feedback.ts). */
const levels = (claim: number, evidence: number) => [
  { criterionId: 'claim', points: claim },
  { criterionId: 'evidence', points: evidence },
];

describe('teachers agree scores and they become anchor papers', () => {
  let server: TestServer;
  let w: TwoSchools;
  let groupId: string;
  let submissionId: string;
  beforeAll(async () => {
    server = await startServer();
    w = await twoSchools(server, 1);
    const exchangeId = await openExchange(server, w);
    ok(await server.gql(OPS.submitEssay, { e: exchangeId, body: OFFERED }, { token: w.studentsA[0].token }));
    [{ id: submissionId }] = await server.db.query(`SELECT id FROM submission WHERE exchange_id = $1`, [exchangeId]);
    const group = await createGroup(server.db, w.net, { name: 'Language Arts Job-Alike' });
    groupId = group.id;
    await addToGroup(server.db, group, w.a, { role: 'FACILITATOR' });
    await addToGroup(server.db, group, w.b);
    ok(
      await server.gql(
        `mutation($r: ID!, $g: ID) { shareRubric(rubricId: $r, groupId: $g) { id } }`,
        { r: w.rubricId, g: groupId },
        { token: w.a.token },
      ),
    );
  });
  afterAll(() => server?.close());

  it('runs from an offered essay to agreed anchor papers, with the agreement computed by hand', async () => {
    const as = (who: { token: string }) => ({ token: who.token });
    // Only the writer's own teacher offers the essay; twice is the same candidate.
    const refused = await server.gql(Q.offer, { s: submissionId }, as(w.b));
    expect(refused.errors?.[0]?.message).toBe("Only the writer's own teacher can offer an essay for calibration.");
    const offer = ok(
      await server.gql<{ offerEssayForCalibration: { id: string } }>(Q.offer, { s: submissionId }, as(w.a)),
    ).offerEssayForCalibration;
    const again = ok(
      await server.gql<{ offerEssayForCalibration: { id: string } }>(Q.offer, { s: submissionId }, as(w.a)),
    );
    expect(again.offerEssayForCalibration.id).toBe(offer.id);
    const candidates = await server.gql<{ calibrationEssayCandidates: { id: string; body: string }[] }>(
      Q.candidates,
      { g: groupId },
      as(w.a),
    );
    expect(ok(candidates).calibrationEssayCandidates).toEqual([
      expect.objectContaining({ id: offer.id, body: OFFERED, exchangeTitle: 'Should rural schools share teachers?' }),
    ]);
    const writer = w.studentsA[0];
    const identities = [writer.name, writer.login, ...w.net.schools.map((s) => s.name)];
    for (const id of identities) expect(JSON.stringify(candidates)).not.toContain(id);

    const round = ok(
      await server.gql<{ createCalibrationRound: RoundView }>(
        Q.create,
        { i: { groupId, rubricId: w.rubricId, title: 'Autumn calibration', essays: PASTED, candidateIds: [offer.id] } },
        as(w.a),
      ),
    ).createCalibrationRound;
    const [e1, e2, e3] = round.essays.map((e) => e.id);
    expect(round.essays.map((e) => e.position)).toEqual([1, 2, 3]);

    const a = { [e1]: levels(3, 4), [e2]: levels(2, 2), [e3]: levels(1, 0) };
    const b = { [e1]: levels(3, 2), [e2]: levels(2, 2), [e3]: levels(3, 0) };
    for (const [who, scores] of [
      [w.a, a],
      [w.b, b],
    ] as const)
      for (const [essayId, l] of Object.entries(scores))
        ok(await server.gql(Q.score, { i: { essayId, levels: l } }, as(who)));

    const revealed = ok(
      await server.gql<{ revealCalibrationRound: RoundView }>(Q.reveal, { id: round.id }, as(w.a)),
    ).revealCalibrationRound;
    const agreement = revealed.agreement!;
    /*
     * By hand. Ranks (claim 1,2,3 → 0,1,2; evidence 0,2,4 → 0,1,2), one unit per essay × criterion:
     *   claim:    e1 (2,2)  e2 (1,1)  e3 (0,2)      evidence: e1 (2,1)  e2 (1,1)  e3 (0,0)
     * Exact pairs: 4 of 6; adjacent (ranks ≤ 1 apart): 5 of 6 (only claim e3, 0 vs 2, is not).
     * Krippendorff's alpha, ordinal, δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²:
     *   claim: n = (1, 2, 3), n = 6; D_o = (2·δ²(0,2))/6 = 2·16/6; D_e = 2·(2·2.25 + 3·16 + 6·6.25)/30 = 6
     *          α = 1 − (32/6)/6 = 1/9.
     *   evidence: n = (2, 3, 1); D_o = 2·δ²(1,2)/6 = 2·4/6; D_e = 2·(6·6.25 + 2·20.25 + 3·4)/30 = 6; α = 7/9.
     *   overall: n = (3, 5, 4), n = 12; disagreeing pairs claim e3 (0,2) and evidence e1 (2,1):
     *          D_o = (2·72.25 + 2·20.25)/12 = 185/12; D_e = 2·(15·16 + 12·72.25 + 20·20.25)/132 = 3024/132;
     *          α = 1 − (185/12)/(3024/132) = 989/3024.
     *   essay 1: units (2,2) and (2,1): n = (0, 1, 3); D_o = 2·4/4 = 2; D_e = 2·(3·4)/12 = 2; α = 0.
     */
    expect(agreement.overall.exact).toBeCloseTo(4 / 6, 10);
    expect(agreement.overall.adjacent).toBeCloseTo(5 / 6, 10);
    expect(agreement.overall.alpha).toBeCloseTo(989 / 3024, 10);
    const claim = agreement.byCriterion.find((c) => c.criterionId === 'claim')!;
    const evidence = agreement.byCriterion.find((c) => c.criterionId === 'evidence')!;
    expect([claim.alpha, claim.exact, claim.adjacent].map((x) => x!.toFixed(6))).toEqual(
      [1 / 9, 2 / 3, 2 / 3].map((x) => x.toFixed(6)),
    );
    expect([evidence.alpha, evidence.exact, evidence.adjacent].map((x) => x!.toFixed(6))).toEqual(
      [7 / 9, 2 / 3, 1].map((x) => x.toFixed(6)),
    );
    expect(agreement.byEssay.find((x) => x.essayId === e1)).toMatchObject({ alpha: 0, exact: 0.5, adjacent: 1 });
    expect(agreement.disputed.map((c) => [c.essayId, c.criterionId, c.spread])).toEqual([
      [e3, 'claim', 2],
      [e1, 'evidence', 1],
    ]);

    // The most disputed cell is discussed, then the facilitator agrees every cell.
    for (const [who, body] of [
      [w.b, 'The claim only arrives in the last line, so I read it as strong but late.'],
      [w.a, 'A claim the reader must hunt for is still Beginning on this rubric.'],
    ] as const)
      ok(await server.gql(Q.comment, { i: { essayId: e3, criterionId: 'claim', body } }, as(who)));
    const agreed: [string, string, number][] = [
      [e1, 'claim', 3],
      [e1, 'evidence', 4],
      [e2, 'claim', 2],
      [e2, 'evidence', 2],
      [e3, 'claim', 1],
      [e3, 'evidence', 0],
    ];
    let last: RoundView | null = null;
    for (const [essayId, criterionId, points] of agreed) {
      const res = await server.gql<{ agreeCalibrationScore: RoundView }>(
        Q.agree,
        { i: { essayId, criterionId, points, rationale: `Agreed after discussion: level ${points} fits best.` } },
        as(w.a),
      );
      last = ok(res).agreeCalibrationScore;
      expect(last.status).toBe(essayId === e3 && criterionId === 'evidence' ? 'AGREED' : 'REVEALED');
    }
    expect(last!.agreedAt).not.toBeNull();
    expect(last!.agreement!.disputed[0].comments.map((c) => c.body)).toHaveLength(2);
    const final = await server.gql(
      Q.agree,
      { i: { essayId: e1, criterionId: 'claim', points: 2, rationale: 'Changing my mind after all.' } },
      as(w.a),
    );
    expect(errorCode(final)).toBe('CONFLICT');

    const anchors = await server.gql<{
      anchorPapers: {
        position: number;
        body: string;
        roundTitle: string;
        agreed: { criterionId: string; points: number }[];
      }[];
    }>(Q.anchors, { r: w.rubricId }, as(w.b));
    expect(
      ok(anchors).anchorPapers.map((p) => [p.position, p.body, p.roundTitle, p.agreed.map((x) => x.points).sort()]),
    ).toEqual([
      [1, PASTED[0], 'Autumn calibration', [3, 4]],
      [2, PASTED[1], 'Autumn calibration', [2, 2]],
      [3, OFFERED, 'Autumn calibration', [0, 1]],
    ]);
    for (const id of identities) expect(JSON.stringify(anchors)).not.toContain(id);

    const coordinator = await signedIn(server, w.net, 'COORDINATOR');
    const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const health = await server.gql<{
      networkHealth: {
        calibration: { rubricTitle: string; rounds: { alpha: number; exact: number; raters: number }[] }[];
      };
    }>(Q.health, { n: w.net.network.id, from, to }, as(coordinator));
    const [history] = ok(health).networkHealth.calibration;
    expect(history.rubricTitle).toBe('Argument');
    expect(history.rounds).toEqual([
      expect.objectContaining({
        roundTitle: 'Autumn calibration',
        groupName: 'Language Arts Job-Alike',
        raters: 2,
        alpha: expect.closeTo(989 / 3024, 10),
        exact: expect.closeTo(4 / 6, 10),
      }),
    ]);
  });
});
