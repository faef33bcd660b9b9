import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAccount, createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { ENDORSEMENT_OPS as E, reviewBy, reviewedExchange } from '../support/endorsements.js';
import { rawCall } from '../support/operation-sweep.js';
import { openExchange, twoSchools, type Signed, type TwoSchools } from '../support/peer-feedback.js';

const ESSAY = 'ESSAYMARK-quarry';

/**
 * Over HTTP: teacher A endorses a review written by teacher B's student; only B may approve it; then
 * the students of the network's next exchange read it as an example, with no name, school, class or
 * essay in any raw response. Students, another network's coordinator and outsiders are refused.
 */
describe('endorsed reviews become pseudonymous examples after the reviewer’s teacher approves', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function call(who: { token: string }, query: string, variables: Record<string, unknown>) {
    const res = await rawCall(server, { query, variables }, who.token);
    return { ...res, code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message };
  }
  function secrets(w: TwoSchools): string[] {
    const people = [...w.studentsA, ...w.studentsB, w.a, w.b];
    return [
      ...people.map((p) => p.user.displayName),
      ...people.flatMap((p) => (p.user.username ? [p.user.username] : [])),
      ...w.net.schools.map((s) => s.name),
      ESSAY,
    ];
  }

  it('waits for the writer’s teacher, then shows the review without names, schools or the essay', async () => {
    const w = await twoSchools(server);
    const { exchangeId, reviews } = await reviewedExchange(server, w, ESSAY);
    const next = await openExchange(server, w, { title: 'The next exchange' });
    const byB = reviewBy(reviews, w.studentsB, w.studentsA);
    const writer = w.studentsB.find((s) => s.user.id === byB.reviewerId)!;

    // A student may not endorse, even a review of their own essay.
    const author = w.studentsA.find((s) => s.user.id === byB.authorId)!;
    const bySelf = await call(author, E.endorse, { input: { reviewId: byB.id } });
    expect([bySelf.code, bySelf.message]).toEqual([
      'FORBIDDEN',
      "Only the teachers of the review's writer and of the essay's author can endorse this review.",
    ]);

    const endorsed = await call(w.a, E.endorse, { input: { reviewId: byB.id, note: 'One clear next step.' } });
    const id = (endorsed.data as { endorseReview: { id: string; status: string; reviewerLabel: string } }).endorseReview
      .id;
    expect(endorsed.raw).toContain('AWAITING_APPROVAL');
    // Teacher A never learns the other school's student's name.
    expect(endorsed.raw).not.toContain(writer.user.displayName);
    expect((await call(w.studentsA[1], E.examples, { e: next })).data).toEqual({ exampleReviews: [] });

    // Teacher B reads it in their list, names their student, and alone approves it.
    const listed = await call(w.b, E.list, { e: exchangeId });
    expect(listed.data).toEqual({
      reviewEndorsements: [
        expect.objectContaining({
          id,
          status: 'AWAITING_APPROVAL',
          note: 'One clear next step.',
          endorsedBy: w.a.user.displayName,
          reviewerLabel: writer.user.displayName,
          mayApprove: true,
        }),
      ],
    });
    expect(listed.raw).not.toContain(author.user.displayName);
    const byA = await call(w.a, E.approve, { id });
    expect([byA.code, byA.message]).toEqual([
      'FORBIDDEN',
      'Only the teacher of the student who wrote this review can approve it as an example.',
    ]);
    expect((await call(w.b, E.approve, { id })).data).toEqual({
      approveEndorsement: { id, status: 'APPROVED', mayApprove: true },
    });

    // Every student of the next exchange reads it; no raw response carries a name, school or the essay.
    const pseudonym = (
      await server.db.query<{ pseudonym: string }[]>(
        `SELECT pseudonym FROM submission WHERE exchange_id = $1 AND student_id = $2`,
        [exchangeId, writer.user.id],
      )
    )[0]!.pseudonym;
    for (const s of [...w.studentsA, ...w.studentsB]) {
      const shown = await call(s, E.examples, { e: next });
      expect(shown.data).toEqual({
        exampleReviews: [
          expect.objectContaining({ id, reviewerPseudonym: pseudonym, note: 'One clear next step.', sameRubric: true }),
        ],
      });
      const text = shown.raw.toLowerCase();
      expect(secrets(w).filter((x) => text.includes(x.toLowerCase()))).toEqual([]);
    }
    // Not in the exchange it was written in.
    expect((await call(w.studentsA[0], E.examples, { e: exchangeId })).data).toEqual({ exampleReviews: [] });

    // The endorser withdraws it: it is an example no more.
    expect((await call(w.a, E.withdraw, { id })).data).toEqual({ withdrawEndorsement: id });
    expect((await call(w.studentsB[0], E.examples, { e: next })).data).toEqual({ exampleReviews: [] });
  });

  it('tells another network’s coordinator and an outsider that nothing exists, as for ids nobody has', async () => {
    const w = await twoSchools(server, 2);
    const { exchangeId, reviews } = await reviewedExchange(server, w, ESSAY);
    const byB = reviewBy(reviews, w.studentsB, w.studentsA);
    const id = ((await call(w.a, E.endorse, { input: { reviewId: byB.id } })).data as { endorseReview: { id: string } })
      .endorseReview.id;
    const other = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, other, 'COORDINATOR');
    const account = await createAccount(server.db);
    const strangers: Signed[] = [
      { ...coordinator, name: 'coordinator of another network', token: await signIn(server, coordinator.login) },
      {
        user: account,
        membership: coordinator.membership,
        login: account.email!,
        name: 'outsider',
        token: await signIn(server, account.email!),
      },
    ];
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const who of strangers) {
      const answers = [
        await call(who, E.endorse, { input: { reviewId: byB.id } }),
        await call(who, E.endorse, { input: { reviewId: unknown } }),
        await call(who, E.approve, { id }),
        await call(who, E.approve, { id: unknown }),
        await call(who, E.withdraw, { id }),
        await call(who, E.list, { e: exchangeId }),
        await call(who, E.examples, { e: exchangeId }),
      ];
      expect({ who: who.name, answers: answers.map((a) => [a.code, a.message]) }).toEqual({
        who: who.name,
        answers: [
          ['NOT_FOUND', 'That review was not found.'],
          ['NOT_FOUND', 'That review was not found.'],
          ['NOT_FOUND', 'That endorsement was not found.'],
          ['NOT_FOUND', 'That endorsement was not found.'],
          ['NOT_FOUND', 'That endorsement was not found.'],
          ['NOT_FOUND', 'That exchange was not found.'],
          ['NOT_FOUND', 'That exchange was not found.'],
        ],
      });
    }
    // Nothing changed: still there, still waiting for teacher B.
    expect(await server.db.query(`SELECT approved_at FROM review_endorsement WHERE id = $1`, [id])).toEqual([
      { approved_at: null },
    ]);
  });
});
