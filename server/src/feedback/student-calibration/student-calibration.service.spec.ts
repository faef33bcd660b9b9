import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ANCHORS, anchorPapers } from '../../../../test/support/anchor-papers.js';
import { startServer, type TestServer } from '../../../../test/support/harness.js';
import {
  OPS,
  assignmentsOf,
  ok,
  openExchange,
  reviewOf,
  twoSchools,
  type Signed,
  type TwoSchools,
} from '../../../../test/support/peer-feedback.js';
import { refusal } from '../../../../test/support/refusal.js';
import { seedDemoStudentCalibration } from '../../database/seed/demo-student-calibration.js';
import { Network } from '../../networks/network.entity.js';
import { Rubric } from '../rubric.entity.js';
import { ExchangeResultsService } from '../exchange-results.service.js';
import { Exchange } from '../exchange.entity.js';
import { ReviewAllocationService } from '../review-allocation.service.js';
import { ReviewsService } from '../reviews.service.js';
import { CALIBRATE_FIRST } from './calibration-progress.service.js';
import { ExchangeCalibrationService } from './exchange-calibration.service.js';
import { ExchangeCalibrationEssay } from './exchange-calibration-essay.entity.js';
import { StudentCalibrationAttempt } from './student-calibration-attempt.entity.js';
import { StudentCalibrationService } from './student-calibration.service.js';

/** The message a seed throws. */
const refusalOf = (call: Promise<unknown>) =>
  call.then(
    () => 'no error',
    (err: Error) => err.message,
  );

const levels = (claim: number, evidence: number) => [
  { criterionId: 'claim', points: claim },
  { criterionId: 'evidence', points: evidence },
];

/** Students' calibration against the real test database: order, second tries, accuracy, weights, privacy. */
describe("students' calibration in an exchange", () => {
  let server: TestServer;
  let teacher: ExchangeCalibrationService;
  let students: StudentCalibrationService;
  let reviews: ReviewsService;
  beforeAll(async () => {
    server = await startServer();
    teacher = server.app.get(ExchangeCalibrationService);
    students = server.app.get(StudentCalibrationService);
    reviews = server.app.get(ReviewsService);
  });
  afterAll(() => server.close());

  /** Two schools of three students, an exchange open for essays, and three anchor papers of its rubric. */
  async function world(extra: Record<string, unknown> = {}, perClass = 3) {
    const w = await twoSchools(server, perClass);
    const anchors = await anchorPapers(server.db, {
      rubricId: w.rubricId,
      groupId: w.groupId,
      facilitatorId: w.a.user.id,
    });
    const exchangeId = await openExchange(server, w, extra);
    return { w, anchors, exchangeId };
  }
  const everyone = (w: TwoSchools) => [...w.studentsA, ...w.studentsB];
  async function submitAll(w: TwoSchools, exchangeId: string) {
    for (const s of everyone(w))
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: `An essay that argues a point. ${s.user.id}` },
          { token: s.token },
        ),
      );
  }
  const advance = (w: TwoSchools, exchangeId: string) =>
    ok(server.gql(OPS.advance, { e: exchangeId }, { token: w.a.token }));
  const practise = (s: Signed, exchangeId: string, essayId: string, claim: number, evidence: number) =>
    students.practise(s.user.id, { exchangeId, essayId, levels: levels(claim, evidence) });

  it('is turned on by the owner alone, with 2–3 anchor papers of the rubric, before reviews are given out', async () => {
    const { w, anchors, exchangeId } = await world();
    const [s1] = w.studentsA;
    const on = (userId: string, ids: string[]) => teacher.calibrate(userId, { exchangeId, anchorEssayIds: ids });
    expect(await refusal(on(s1!.user.id, anchors.slice(0, 2)))).toBe(
      'FORBIDDEN: Only the teacher who created the exchange chooses its calibration.',
    );
    expect(await refusal(on(w.b.user.id, anchors.slice(0, 2)))).toBe(
      'FORBIDDEN: Only the teacher who created the exchange chooses its calibration.',
    );
    expect(await refusal(on(w.a.user.id, anchors.slice(0, 1)))).toBe(
      'BAD_USER_INPUT: Choose 2 or 3 example essays (or none to turn calibration off).',
    );
    const other = await anchorPapers(server.db, {
      rubricId: (await twoSchools(server, 1)).rubricId,
      groupId: w.groupId,
      facilitatorId: w.a.user.id,
    });
    expect(await refusal(on(w.a.user.id, [anchors[0]!, other[0]!]))).toBe(
      "BAD_USER_INPUT: Choose example essays from this rubric's anchor papers.",
    );
    await on(w.a.user.id, anchors.slice(0, 2));
    const preview = await students.forViewer(w.b.user.id, exchangeId);
    expect(preview.essays.map((e) => e.essayId)).toEqual(anchors.slice(0, 2));
    expect(preview.essays[0]!.comparison.map((c) => [c.agreed, c.yours])).toEqual([
      [3, null],
      [4, null],
    ]);
    await on(w.a.user.id, []);
    expect((await students.forViewer(s1!.user.id, exchangeId)).on).toBe(false);
    await on(w.a.user.id, anchors.slice(0, 2));
    await submitAll(w, exchangeId);
    await advance(w, exchangeId);
    expect(await refusal(on(w.a.user.id, anchors))).toBe(
      'FORBIDDEN: Calibration can only change before reviews are given out.',
    );
  });

  it('asks for the essay first, refuses reviews until every example is done, then lets the student review', async () => {
    const { w, anchors, exchangeId } = await world();
    await teacher.calibrate(w.a.user.id, { exchangeId, anchorEssayIds: anchors.slice(0, 2) });
    const s = w.studentsA[0]!;
    expect(await refusal(practise(s, exchangeId, anchors[0]!, 3, 4))).toBe(
      'FORBIDDEN: Send your essay first: then practise on the example essays.',
    );
    await submitAll(w, exchangeId);
    expect(await refusal(practise(s, exchangeId, anchors[2]!, 3, 4))).toBe(
      'NOT_FOUND: That example essay was not found.',
    );
    expect(
      await refusal(
        students.practise(s.user.id, { exchangeId, essayId: anchors[0]!, levels: levels(3, 4).slice(0, 1) }),
      ),
    ).toBe('BAD_USER_INPUT: Choose a level for Evidence.');
    expect(
      await refusal(students.practise(w.b.user.id, { exchangeId, essayId: anchors[0]!, levels: levels(3, 4) })),
    ).toBe('FORBIDDEN: Only students of the exchange practise on its example essays.');
    // Practice from SUBMISSION on: the first essay now, the second once reviews began.
    const first = await practise(s, exchangeId, anchors[0]!, 3, 4);
    expect([first.done, first.accuracy, first.secondTryOpen]).toEqual([true, 1, false]);
    await advance(w, exchangeId);
    const [assignment] = await assignmentsOf(server, exchangeId, s);
    expect(await refusal(reviews.start(s.user.id, assignment!.id))).toBe(`FORBIDDEN: ${CALIBRATE_FIRST}`);
    expect(await refusal(reviews.submit(s.user.id, reviewOf(assignment!)))).toBe(`FORBIDDEN: ${CALIBRATE_FIRST}`);
    expect((await students.forViewer(s.user.id, exchangeId)).finished).toBe(false);
    await practise(s, exchangeId, anchors[1]!, 1, 0);
    const done = await students.forViewer(s.user.id, exchangeId);
    expect([done.finished, done.accuracy]).toEqual([true, 1]);
    expect((await reviews.start(s.user.id, assignment!.id)).status).toBe('STARTED');
    expect((await reviews.submit(s.user.id, reviewOf(assignment!))).status).toBe('SUBMITTED');
    // With calibration off, nothing waits.
    const off = await world();
    await submitAll(off.w, off.exchangeId);
    await advance(off.w, off.exchangeId);
    const free = off.w.studentsB[0]!;
    const [theirs] = await assignmentsOf(server, off.exchangeId, free);
    expect((await reviews.start(free.user.id, theirs!.id)).status).toBe('STARTED');
  });

  it('gives one second try only on an essay the first try was far off on, and averages the last tries', async () => {
    const { w, anchors, exchangeId } = await world();
    await teacher.calibrate(w.a.user.id, { exchangeId, anchorEssayIds: anchors.slice(0, 2) });
    await submitAll(w, exchangeId);
    const s = w.studentsB[1]!;
    // Essay 1 (agreed Strong claim 3, Strong evidence 4): the lowest levels are two levels off.
    const far = await practise(s, exchangeId, anchors[0]!, 1, 0);
    expect([far.tries, far.done, far.secondTryOpen, far.accuracy]).toEqual([1, false, true, 0]);
    expect(far.comparison).toEqual([
      expect.objectContaining({
        criterionId: 'claim',
        yours: 1,
        yourLabel: 'Beginning',
        agreed: 3,
        agreedLabel: 'Strong',
        levelsAway: 2,
      }),
      expect.objectContaining({ criterionId: 'evidence', yours: 0, agreed: 4, levelsAway: 2 }),
    ]);
    expect(far.comparison[0]!.rationale).toMatch(/agreed 3 for claim/);
    const second = await practise(s, exchangeId, anchors[0]!, 3, 2);
    // 1 − (2·0 + 1·½) / 3 = 5/6
    expect([second.tries, second.done, second.secondTryOpen]).toEqual([2, true, false]);
    expect(second.accuracy).toBeCloseTo(5 / 6, 10);
    expect(await refusal(practise(s, exchangeId, anchors[0]!, 3, 4))).toBe(
      'CONFLICT: You have already scored this example essay.',
    );
    // Essay 2 (agreed 1, 0): one level off on evidence is close enough — no second try.
    const close = await practise(s, exchangeId, anchors[1]!, 1, 2);
    expect([close.done, close.secondTryOpen]).toEqual([true, false]);
    expect(close.accuracy).toBeCloseTo(5 / 6, 10);
    expect(await refusal(practise(s, exchangeId, anchors[1]!, 1, 0))).toBe(
      'CONFLICT: You have already scored this example essay.',
    );
    const mine = await students.forViewer(s.user.id, exchangeId);
    expect(mine.accuracy).toBeCloseTo(5 / 6, 10);
    expect(mine.essays.map((e) => e.tries)).toEqual([2, 1]);
  });

  it('weights the scores an essay received by its reviewers’ accuracy, marks outliers, and marks calibrated reviewers for the allocation', async () => {
    const { w, anchors, exchangeId } = await world({ reviewsPerSubmission: 4 }, 4);
    await teacher.calibrate(w.a.user.id, { exchangeId, anchorEssayIds: anchors.slice(0, 2) });
    await submitAll(w, exchangeId);
    // Known accuracies, as stored by practice: B1, B2, B4 exact; B3 half right.
    const [b1, b2, b3, b4] = w.studentsB;
    const stored = (s: Signed, accuracy: number) =>
      server.db.getRepository(StudentCalibrationAttempt).insert(
        anchors.slice(0, 2).map((essayId) => ({
          exchangeId,
          studentId: s.user.id,
          essayId,
          attempt: 1,
          levels: {},
          accuracy,
          farOff: false,
        })),
      );
    await stored(b1!, 1);
    await stored(b2!, 1);
    await stored(b3!, 0.5);
    await stored(b4!, 1);
    await advance(w, exchangeId);
    const exchange = await server.db.getRepository(Exchange).findOneByOrFail({ id: exchangeId });
    const state = await server.app.get(ReviewAllocationService).state(server.db.manager, exchange);
    expect(
      state.reviewers
        .filter((r) => r.calibrated)
        .map((r) => r.studentId)
        .sort(),
    ).toEqual([b1!.user.id, b2!.user.id, b4!.user.id].sort());
    // Every B student reviews every A essay (k = 4, cross-school): A1's essay gets 10, 10, 2 and 10.
    const a1 = w.studentsA[0]!;
    for (const [s, claim, evidence] of [
      [b1!, 3, 4],
      [b2!, 3, 4],
      [b3!, 1, 0],
      [b4!, 3, 4],
    ] as const) {
      const mine = await assignmentsOf(server, exchangeId, s);
      const target = mine.find((x) => x.essay.endsWith(a1.user.id))!;
      await reviews.submit(s.user.id, reviewOf(target, claim, evidence));
    }
    const results = await server.app.get(ExchangeResultsService).results(w.a.user.id, exchangeId);
    const essay = results.calibration!.essays.find((e) => e.label === a1.name)!;
    expect(essay.mean).toBeCloseTo(8, 10);
    // (10·1 + 10·1 + 2·½ + 10·1) / 3.5
    expect(essay.weightedMean).toBeCloseTo(31 / 3.5, 10);
    expect(essay.scores.map((x) => `${x.score}:${x.outlier}`).sort()).toEqual([
      '10:false',
      '10:false',
      '10:false',
      '2:true',
    ]);
    // Reviewers of the other school by pseudonym only.
    expect(essay.scores.map((x) => x.reviewerLabel).join(' ')).not.toMatch(/Bramble/);
    const accuracy = results.calibration!.reviewers.filter((r) => !r.isMine);
    expect(accuracy.map((r) => [r.accuracy, r.calibrated]).sort()).toEqual([
      [0.5, false],
      [1, true],
      [1, true],
      [1, true],
    ]);
    expect(accuracy.every((r) => !r.label.includes('Bramble'))).toBe(true);
  });

  it('shows students the example essays with no name or school anywhere in the payload', async () => {
    const { w, anchors, exchangeId } = await world();
    await teacher.calibrate(w.a.user.id, { exchangeId, anchorEssayIds: anchors });
    await submitAll(w, exchangeId);
    const s = w.studentsB[0]!;
    await practise(s, exchangeId, anchors[0]!, 3, 4);
    const payload = await students.forViewer(s.user.id, exchangeId);
    expect(payload.essays.map((e) => e.body)).toEqual(ANCHORS.map((a) => a.body));
    const json = JSON.stringify(payload);
    for (const secret of [w.a.name, w.a.user.displayName, ...w.net.schools.map((x) => x.name), 'Argument anchors'])
      expect(json).not.toContain(secret);
    expect(json).not.toMatch(/"(name|displayName|school\w*|author\w*|roundTitle)"/);
  });

  it('is turned on for the demo exchange with the first two anchor papers, and says what is missing', async () => {
    const w = await twoSchools(server, 1);
    const network = await server.db.getRepository(Network).findOneByOrFail({ id: w.net.network.id });
    expect(await refusalOf(seedDemoStudentCalibration(server.db.manager, network))).toMatch(
      /seed demo-feedback.ts first/,
    );
    await server.db.getRepository(Rubric).update({ id: w.rubricId }, { title: 'Argument peer-editing rubric' });
    const exchangeId = await openExchange(server, w);
    expect(await refusalOf(seedDemoStudentCalibration(server.db.manager, network))).toMatch(
      /AGREED calibration round\): seed demo-calibration.ts first/,
    );
    const anchors = await anchorPapers(server.db, {
      rubricId: w.rubricId,
      groupId: w.groupId,
      facilitatorId: w.a.user.id,
    });
    await seedDemoStudentCalibration(server.db.manager, network);
    const chosen = await server.db
      .getRepository(ExchangeCalibrationEssay)
      .find({ where: { exchangeId }, order: { position: 'ASC' } });
    expect(chosen.map((c) => c.essayId)).toEqual(anchors.slice(0, 2));
  });
});
