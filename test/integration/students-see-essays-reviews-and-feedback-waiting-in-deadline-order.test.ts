/**
 * A student's to-do on their home page: the essay to write, reviews waiting and feedback to read
 * and rate, in deadline order on their school's clock, with links into the app; a late essay is
 * welcomed ("Late essays are still welcome until …"); other schools' students only by pseudonym.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import {
  assignmentsOf,
  DAY,
  OPS,
  ok,
  openExchange,
  pass,
  reviewOf,
  runJob,
  twoSchools,
} from '../support/peer-feedback.js';
import { statementShapes, statementsDuring } from '../support/sql-statements.js';
import { MY_TO_DO, toDoOf } from '../support/to-do-api.js';

const ESSAY = 'Small schools should share teachers, because every student deserves a physics class.';

describe("a student's to-do", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('student sees essays and reviews waiting in deadline order', async () => {
    const w = await twoSchools(server, 3);
    const now = Date.now();
    // Reviews of this exchange are due in 4 days; the essay of the next one in 5.
    const reviewing = await openExchange(server, w, { title: 'Reviewing exchange' });
    const writing = await openExchange(server, w, {
      title: 'Writing exchange',
      submissionDueAt: new Date(now + 5 * DAY).toISOString(),
      reviewDueAt: new Date(now + 6 * DAY).toISOString(),
      feedbackReleaseAt: new Date(now + 7 * DAY).toISOString(),
    });
    const [a0, a1, a2] = w.studentsA;
    for (const s of [a0!, a1!, ...w.studentsB]) {
      await ok(server.gql(OPS.submitEssay, { e: reviewing, body: ESSAY }, { token: s.token }));
    }
    await pass(server, reviewing, 'submissionDueAt');
    await runJob(server);

    const mine = await assignmentsOf(server, reviewing, a0!);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const list = await toDoOf(server, w.net.network.id, a0!.token);
    expect(list.timeZone).toBe('America/Anchorage');
    expect(list.items.map((i) => i.kind)).toEqual([...mine.map(() => 'REVIEW_TO_WRITE'), 'ESSAY_TO_WRITE']);
    const reviews = list.items.filter((i) => i.kind === 'REVIEW_TO_WRITE');
    // Each review names the essay's pseudonym, never its writer, and links to the review page.
    for (const a of mine) {
      const item = reviews.find((i) => i.path === `/exchanges/${reviewing}/reviews/${a.id}`)!;
      expect(item.title).toBe(`Review ${a.authorPseudonym}’s essay for “Reviewing exchange”`);
      expect(item.when).toMatch(/^Due .* AKST$/);
    }
    const names = w.studentsB.map((s) => s.name);
    expect(JSON.stringify(list)).not.toMatch(new RegExp(names.join('|')));
    const essay = list.items.at(-1)!;
    expect(essay).toMatchObject({
      title: 'Write your essay for “Writing exchange”',
      actionLabel: 'Write your essay',
      path: `/exchanges/${writing}`,
    });
    expect(new Date(essay.dueAt!).getTime()).toBeGreaterThan(new Date(reviews.at(-1)!.dueAt!).getTime());

    // The student who missed the deadline is welcomed, not told they are late.
    const late = await toDoOf(server, w.net.network.id, a2!.token);
    const lateEssay = late.items.find((i) => i.id === `ESSAY_TO_WRITE:${reviewing}`)!;
    expect(lateEssay.title).toBe('Write your essay for “Reviewing exchange”');
    expect(lateEssay.when).toMatch(/^Late essays are still welcome until /);
    expect(late.items.map((i) => `${i.title} ${i.detail ?? ''} ${i.when ?? ''}`).join(' ')).not.toMatch(/is late/i);
    expect(late.items.some((i) => i.kind === 'REVIEW_TO_WRITE')).toBe(false);

    // Once the review is sent it leaves the list.
    await ok(server.gql(OPS.submit, { input: reviewOf(mine[0]!) }, { token: a0!.token }));
    const after = await toDoOf(server, w.net.network.id, a0!.token);
    expect(after.items.map((i) => i.id)).not.toContain(`REVIEW_TO_WRITE:${mine[0]!.id}`);
    expect(after.items).toHaveLength(list.items.length - 1);
  });

  it('asks the database the same statements however much waits on the person', async () => {
    const w = await twoSchools(server, 3);
    const quiet = await toDoOf(server, w.net.network.id, w.studentsA[0]!.token);
    expect(quiet.items).toEqual([]);
    const before = await statementsDuring(() => toDoOf(server, w.net.network.id, w.studentsA[0]!.token));
    for (const title of ['One', 'Two', 'Three']) await openExchange(server, w, { title });
    const busy = await statementsDuring(() => toDoOf(server, w.net.network.id, w.studentsA[0]!.token));
    expect(busy.result.items).toHaveLength(3);
    expect(statementShapes(busy.sql)).toEqual(statementShapes(before.sql));
    expect(busy.sql.length).toBeLessThanOrEqual(8);
  });

  it('student sees feedback to read and rate once it is released, until they rated it', async () => {
    const w = await twoSchools(server, 2);
    const id = await openExchange(server, w, { reviewsPerSubmission: 2 });
    for (const s of [...w.studentsA, ...w.studentsB]) {
      await ok(server.gql(OPS.submitEssay, { e: id, body: ESSAY }, { token: s.token }));
    }
    await pass(server, id, 'submissionDueAt');
    await runJob(server);
    for (const s of [...w.studentsA, ...w.studentsB]) {
      for (const a of await assignmentsOf(server, id, s)) {
        await ok(server.gql(OPS.submit, { input: reviewOf(a) }, { token: s.token }));
      }
    }
    const a0 = w.studentsA[0]!;
    expect((await toDoOf(server, w.net.network.id, a0.token)).items).toEqual([]);
    await pass(server, id, 'feedbackReleaseAt');
    await runJob(server);
    const released = await toDoOf(server, w.net.network.id, a0.token);
    expect(released.items).toHaveLength(1);
    expect(released.items[0]).toMatchObject({
      kind: 'FEEDBACK_TO_RATE',
      detail: '2 reviews are waiting for you to say how helpful they were.',
      actionLabel: 'Read and rate your feedback',
      path: `/exchanges/${id}`,
    });
    const view = await ok(
      server.gql<{ exchange: { myFeedback: { id: string }[] } }>(OPS.exchange, { id }, { token: a0.token }),
    );
    await ok(
      server.gql(
        OPS.rate,
        { input: { reviewId: view.exchange.myFeedback[0]!.id, helpfulness: 4 } },
        { token: a0.token },
      ),
    );
    expect((await toDoOf(server, w.net.network.id, a0.token)).items[0]!.detail).toBe(
      'One review is waiting for you to say how helpful it was.',
    );
    // Nothing of it reaches a teacher's list, nor a student of another network.
    expect((await toDoOf(server, w.net.network.id, w.a.token)).items).toEqual([]);
    const other = await twoSchools(server, 1);
    const refused = await server.gql(MY_TO_DO, { networkId: w.net.network.id }, { token: other.studentsA[0]!.token });
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(refused.data?.myToDo ?? null).toBeNull();
  });
});
