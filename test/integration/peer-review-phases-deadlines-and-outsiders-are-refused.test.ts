/**
 * What peer review refuses outside its time and its people: reviews before REVIEW and after CLOSED,
 * ratings before release, essays after the deadline when late essays are off, results for outsiders;
 * and what a tiny pool gets (fewer reviews than asked, said plainly to the teacher).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import {
  assignmentsOf,
  OPS,
  ok,
  openExchange,
  pass,
  reviewOf,
  runJob,
  twoSchools,
  type TwoSchools,
} from '../support/peer-feedback.js';

const ESSAY = 'Small schools should share teachers, because every student deserves a physics class.';

describe('peer review refusals', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function submitAll(w: TwoSchools, exchangeId: string) {
    for (const s of [...w.studentsA, ...w.studentsB]) {
      await ok(server.gql(OPS.submitEssay, { e: exchangeId, body: ESSAY }, { token: s.token }));
    }
  }

  it('has no reviews before REVIEW, refuses ratings before release and reviews once closed', async () => {
    const w = await twoSchools(server, 2);
    const id = await openExchange(server, w, { reviewsPerSubmission: 1 });
    await submitAll(w, id);
    expect(await assignmentsOf(server, id, w.studentsA[0]!)).toEqual([]);

    await pass(server, id, 'submissionDueAt');
    await runJob(server);
    const [mine] = await assignmentsOf(server, id, w.studentsA[0]!);
    await ok(server.gql(OPS.submit, { input: reviewOf(mine!) }, { token: w.studentsA[0]!.token }));
    // The author of the reviewed essay may not rate it before feedback is released.
    const rows: { student_id: string }[] = await server.db.query(
      'SELECT s.student_id FROM peer_review r JOIN submission s ON s.id = r.submission_id WHERE r.id = $1',
      [mine!.id],
    );
    const reviewed = w.studentsB.find((s) => s.user.id === rows[0]!.student_id)!;
    const early = await server.gql(
      OPS.rate,
      { input: { reviewId: mine!.id, helpfulness: 4 } },
      { token: reviewed.token },
    );
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors![0]!.message).toBe('Feedback has not been released yet.');
    // Teachers get no "my feedback"; students get no results.
    const teacherView = await ok(
      server.gql<{ exchange: { myFeedback: unknown } }>(OPS.exchange, { id }, { token: w.a.token }),
    );
    expect(teacherView.exchange.myFeedback).toBeNull();

    await pass(server, id, 'feedbackReleaseAt');
    await runJob(server);
    await ok(server.gql(OPS.advance, { e: id }, { token: w.a.token }));
    const [other] = await assignmentsOf(server, id, w.studentsA[1]!);
    const closed = await server.gql(OPS.submit, { input: reviewOf(other!) }, { token: w.studentsA[1]!.token });
    expect(errorCode(closed)).toBe('FORBIDDEN');
    expect(closed.errors![0]!.message).toBe('This exchange is closed: reviews can no longer change.');
    const lateRating = await server.gql(
      OPS.rate,
      { input: { reviewId: mine!.id, helpfulness: 4 } },
      { token: reviewed.token },
    );
    expect(lateRating.errors![0]!.message).toBe('This exchange is closed: ratings and flags are final.');
  });

  it('refuses an essay after the deadline when late essays are off', async () => {
    const w = await twoSchools(server, 1);
    const id = await openExchange(server, w, { acceptLateEssays: false });
    await pass(server, id, 'submissionDueAt');
    const late = await server.gql(OPS.submitEssay, { e: id, body: ESSAY }, { token: w.studentsA[0]!.token });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors![0]!.message).toMatch(
      /^The essay deadline passed \(.+ UTC\): your essay can no longer change\.$/,
    );
    const saved: { count: number }[] = await server.db.query(
      'SELECT count(*)::int AS count FROM submission WHERE exchange_id = $1',
      [id],
    );
    expect(saved[0]!.count).toBe(0);
  });

  it('after the deadline, before reviews begin, takes a late essay but no longer changes a submitted one', async () => {
    const w = await twoSchools(server, 1);
    const id = await openExchange(server, w);
    await ok(server.gql(OPS.submitEssay, { e: id, body: ESSAY }, { token: w.studentsA[0]!.token }));
    await pass(server, id, 'submissionDueAt');
    const changed = await server.gql(
      OPS.submitEssay,
      { e: id, body: 'Second thoughts.' },
      { token: w.studentsA[0]!.token },
    );
    expect(changed.errors![0]!.message).toBe('The essay deadline passed: your submitted essay can no longer change.');
    const late = await ok(
      server.gql<{ submitEssay: { status: string } }>(
        OPS.submitEssay,
        { e: id, body: ESSAY },
        { token: w.studentsB[0]!.token },
      ),
    );
    expect(late.submitEssay.status).toBe('SUBMITTED');
    const kept: { submitted_body: string }[] = await server.db.query(
      'SELECT submitted_body FROM submission WHERE exchange_id = $1 AND student_id = $2',
      [id, w.studentsA[0]!.user.id],
    );
    expect(kept[0]!.submitted_body).toBe(ESSAY);
  });

  it('gives a tiny pool what it can and tells the teacher what is missing', async () => {
    // One student per school and k = 3: each essay can have only one reviewer.
    const w = await twoSchools(server, 1);
    const id = await openExchange(server, w, { reviewsPerSubmission: 3 });
    await submitAll(w, id);
    await pass(server, id, 'submissionDueAt');
    await runJob(server);
    expect(await assignmentsOf(server, id, w.studentsA[0]!)).toHaveLength(1);
    expect(await assignmentsOf(server, id, w.studentsB[0]!)).toHaveLength(1);
    const { exchangeResults } = await ok(
      server.gql<{ exchangeResults: { allocationNotes: string[] } }>(OPS.results, { e: id }, { token: w.a.token }),
    );
    expect(exchangeResults.allocationNotes).toHaveLength(2);
    expect(exchangeResults.allocationNotes[0]).toMatch(/review/);
  });

  it('shows results to nobody outside the exchange', async () => {
    const w = await twoSchools(server, 1);
    const id = await openExchange(server, w);
    const bystander = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[0] });
    const elsewhere = await createNetwork(server.db, 1);
    const stranger = await createPerson(server.db, elsewhere, 'TEACHER');
    for (const p of [bystander, stranger]) {
      const token = await signIn(server, p.login);
      expect(errorCode(await server.gql(OPS.results, { e: id }, { token }))).toBe('NOT_FOUND');
      const csv = await fetch(`${server.url}/api/exchanges/${id}/results.csv`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(csv.status).toBe(404);
      expect(errorCode(await server.gql(OPS.assignments, { e: id }, { token }))).toBe('NOT_FOUND');
    }
  });
});
