/**
 * A student's calibration over HTTP: the owner turns it on with two anchor papers, a student scores
 * them (a second try where they were far off) before they may review, then reviews; the teacher sees
 * their accuracy. People outside the exchange learn nothing: NOT_FOUND, as for an id nobody has; a
 * student of the exchange asking for the teacher's mutation is FORBIDDEN.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { anchorPapers } from '../support/anchor-papers.js';
import { createClass, createNetwork, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';
import { toDoOf } from '../support/to-do-api.js';
import {
  assignmentsOf,
  OPS,
  ok,
  openExchange,
  reviewOf,
  twoSchools,
  type TwoSchools,
} from '../support/peer-feedback.js';

const CALIBRATE = `mutation($input: CalibrateForExchangeInput!) {
  calibrateForExchange(input: $input) { id calibration { on anchorCount anchorEssayIds } } }`;
const EXCHANGE = `query($id: ID!) { exchange(id: $id) { id calibration { on anchorCount anchorEssayIds }
  availableAnchorPapers { essayId label body agreed { criterionId points rationale } } } }`;
const ESSAY = `essayId position body tries secondTryOpen done accuracy
  comparison { criterionId title yours yourLabel agreed agreedLabel rationale levelsAway }`;
const CALIBRATION = `query($e: ID!) { studentCalibration(exchangeId: $e) { exchangeId on canPractise finished accuracy
  essays { ${ESSAY} } } }`;
const PRACTISE = `mutation($input: CalibrationPracticeInput!) { submitCalibrationPractice(input: $input) { ${ESSAY} } }`;
const RESULTS = `query($e: ID!) { exchangeResults(exchangeId: $e) { calibration { anchorCount
  reviewers { label isMine essaysScored accuracy calibrated }
  essays { label isMine mean weightedMean scores { reviewerLabel score accuracy outlier } } } } }`;

interface Essay {
  essayId: string;
  tries: number;
  secondTryOpen: boolean;
  done: boolean;
  accuracy: number | null;
  comparison: { criterionId: string; yours: number | null; agreed: number; rationale: string }[];
}
interface Calibration {
  on: boolean;
  canPractise: boolean;
  finished: boolean;
  accuracy: number | null;
  essays: Essay[];
}

describe('a student calibrates before reviewing', () => {
  let server: TestServer;
  let w: TwoSchools;
  let exchangeId: string;
  let anchors: string[];
  beforeAll(async () => {
    server = await startServer();
    w = await twoSchools(server, 2);
    anchors = await anchorPapers(server.db, { rubricId: w.rubricId, groupId: w.groupId, facilitatorId: w.a.user.id });
    exchangeId = await openExchange(server, w);
  });
  afterAll(() => server.close());

  const as = <T>(token: string, query: string, variables: Record<string, unknown>): Promise<GqlResult<T>> =>
    server.gql<T>(query, variables, { token });
  const practise = (token: string, essayId: string, claim: number, evidence: number) =>
    as<{ submitCalibrationPractice: Essay }>(token, PRACTISE, {
      input: {
        exchangeId,
        essayId,
        levels: [
          { criterionId: 'claim', points: claim },
          { criterionId: 'evidence', points: evidence },
        ],
      },
    });

  it('is turned on by the owner with two anchor papers of the rubric; students see only that it is on', async () => {
    const offered = await ok(
      as<{ exchange: { availableAnchorPapers: { essayId: string }[] } }>(w.a.token, EXCHANGE, { id: exchangeId }),
    );
    expect(offered.exchange.availableAnchorPapers.map((p) => p.essayId).sort()).toEqual([...anchors].sort());
    const student = w.studentsA[0]!;
    const refused = await as(student.token, CALIBRATE, { input: { exchangeId, anchorEssayIds: anchors.slice(0, 2) } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const on = await ok(
      as<{ calibrateForExchange: { calibration: { on: boolean; anchorEssayIds: string[] } } }>(w.a.token, CALIBRATE, {
        input: { exchangeId, anchorEssayIds: anchors.slice(0, 2) },
      }),
    );
    expect(on.calibrateForExchange.calibration).toEqual({
      on: true,
      anchorCount: 2,
      anchorEssayIds: anchors.slice(0, 2),
    });
    const seen = await ok(
      as<{ exchange: { calibration: unknown; availableAnchorPapers: unknown[] } }>(student.token, EXCHANGE, {
        id: exchangeId,
      }),
    );
    expect(seen.exchange).toMatchObject({
      calibration: { on: true, anchorCount: 2, anchorEssayIds: null },
      availableAnchorPapers: [],
    });
  });

  it('lets a student practise once their essay is in, with a second try where they were far off, and then review', async () => {
    const s = w.studentsB[0]!;
    const before = await ok(as<{ studentCalibration: Calibration }>(s.token, CALIBRATION, { e: exchangeId }));
    expect([before.studentCalibration.on, before.studentCalibration.canPractise]).toEqual([true, false]);
    expect(before.studentCalibration.essays.every((e) => e.comparison.length === 0)).toBe(true);
    for (const x of [...w.studentsA, ...w.studentsB])
      await ok(as(x.token, OPS.submitEssay, { e: exchangeId, body: `An essay arguing a clear point. ${x.user.id}` }));
    await ok(as(w.a.token, OPS.advance, { e: exchangeId }));
    const [review] = await assignmentsOf(server, exchangeId, s);
    const early = await as(s.token, OPS.start, { id: review!.id });
    expect(early.errors?.[0]?.message).toBe('Score the example essays first: they show what each level looks like.');
    // The to-do says so, once for the exchange, and leads to the exchange's page.
    const practiseItems = async () =>
      (await toDoOf(server, w.net.network.id, s.token)).items.filter((i) => i.kind === 'CALIBRATION_TO_PRACTISE');
    expect((await practiseItems()).map((i) => [i.detail?.startsWith('0 of 2 done'), i.path])).toEqual([
      [true, `/exchanges/${exchangeId}`],
    ]);

    const far = (await ok(practise(s.token, anchors[0]!, 1, 0))).submitCalibrationPractice;
    expect([far.done, far.secondTryOpen]).toEqual([false, true]);
    expect(far.comparison.map((c) => [c.yours, c.agreed])).toEqual([
      [1, 3],
      [0, 4],
    ]);
    expect(far.comparison[0]!.rationale).not.toBe('');
    const again = (await ok(practise(s.token, anchors[0]!, 3, 4))).submitCalibrationPractice;
    expect([again.tries, again.done, again.accuracy]).toEqual([2, true, 1]);
    expect(errorCode(await practise(s.token, anchors[0]!, 3, 4))).toBe('CONFLICT');
    await ok(practise(s.token, anchors[1]!, 1, 0));
    const after = await ok(as<{ studentCalibration: Calibration }>(s.token, CALIBRATION, { e: exchangeId }));
    expect([after.studentCalibration.finished, after.studentCalibration.accuracy]).toEqual([true, 1]);
    expect(await practiseItems()).toEqual([]);

    await ok(as(s.token, OPS.start, { id: review!.id }));
    await ok(as(s.token, OPS.submit, { input: reviewOf(review!) }));
    // Teacher B sees their own student by name with an accuracy of 1.
    const results = await ok(
      as<{
        exchangeResults: { calibration: { reviewers: { label: string; isMine: boolean; accuracy: number | null }[] } };
      }>(w.b.token, RESULTS, { e: exchangeId }),
    );
    expect(results.exchangeResults.calibration.reviewers).toContainEqual(
      expect.objectContaining({ label: s.name, isMine: true, accuracy: 1 }),
    );
    // Teacher A sees the same reviewer only by pseudonym.
    const theirs = await ok(
      as<{ exchangeResults: { calibration: { reviewers: { label: string }[] } } }>(w.a.token, RESULTS, {
        e: exchangeId,
      }),
    );
    expect(JSON.stringify(theirs)).not.toContain(s.name);
  });

  it('is NOT_FOUND for a student of another class, a teacher outside the exchange and another network’s coordinator', async () => {
    const otherTeacher = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[0] });
    const otherStudent = await createPerson(server.db, w.net, 'STUDENT', { school: w.net.schools[0] });
    await createClass(server.db, w.net, otherTeacher, [otherStudent]);
    const elsewhere = await createNetwork(server.db, 1);
    const coordinator = await createPerson(server.db, elsewhere, 'COORDINATOR');
    for (const person of [otherStudent, otherTeacher, coordinator]) {
      const token = await signIn(server, person.login);
      expect(errorCode(await as(token, CALIBRATION, { e: exchangeId }))).toBe('NOT_FOUND');
      expect(errorCode(await practise(token, anchors[0]!, 3, 4))).toBe('NOT_FOUND');
      const turn = await as(token, CALIBRATE, { input: { exchangeId, anchorEssayIds: [] } });
      expect(errorCode(turn)).toBe('NOT_FOUND');
      const read = await as(token, EXCHANGE, { id: exchangeId });
      expect(errorCode(read)).toBe('NOT_FOUND');
    }
  });
});
