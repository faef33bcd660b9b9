/**
 * The whole peer-feedback journey through the API across two schools: essays, allocation, a late
 * essay, reviews, reassignment of a review nobody started, release, ratings, a flag and its
 * resolution, results and the gradebook CSV — and, all along, no response to a student or to the
 * other school's teacher carries a name, username, email or school from across the boundary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IsNull } from 'typeorm';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { PeerReview } from '../../server/src/feedback/peer-review.entity.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';
import {
  assignmentsOf,
  OPS,
  ok,
  openExchange,
  pass,
  reviewOf,
  runJob,
  twoSchools,
  type Assignment,
  type Signed,
  type TwoSchools,
} from '../support/peer-feedback.js';

interface Received {
  id: string;
  reviewerLabel: string;
  score: number | null;
  flagOpen: boolean;
  helpfulness: number | null;
}
interface Results {
  classes: {
    label: string;
    isMine: boolean;
    students: number;
    submitted: number;
    late: number;
    reviewsAssigned: number;
    reviewsSubmitted: number;
  }[];
  schools: { label: string; isMine: boolean; students: number; submitted: number }[];
  criteria: { criterionId: string; levels: { points: number; count: number }[]; averagePoints: number | null }[];
  helpfulness: {
    label: string;
    isMine: boolean;
    reviewsSubmitted: number;
    ratings: number;
    averageHelpfulness: number | null;
  }[];
  flags: { id: string; status: string; reviewerLabel: string; authorLabel: string }[];
  students: {
    student: { displayName: string };
    pseudonym: string;
    late: boolean;
    received: { id: string; hidden: boolean }[];
  }[];
  allocationNotes: string[];
}

describe('peer feedback across two schools', () => {
  let server: TestServer;
  let w: TwoSchools;
  let exchangeId: string;
  /** Every raw response body seen by a student or teacher, with who saw it. */
  const seen: { who: Signed; side: 'A' | 'B'; body: string }[] = [];

  beforeAll(async () => {
    server = await startServer();
    w = await twoSchools(server, 4);
    exchangeId = await openExchange(server, w);
  });
  afterAll(() => server.close());

  const sideOf = (s: Signed): 'A' | 'B' => (w.studentsA.includes(s) || s === w.a ? 'A' : 'B');
  /** Runs an operation as `who`, keeping the raw JSON for the privacy scan. */
  async function as<T>(who: Signed, query: string, variables: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await server.gql<T>(query, variables, { token: who.token });
    seen.push({ who, side: sideOf(who), body: JSON.stringify({ data: res.data, errors: res.errors }) });
    return res;
  }
  const everyone = () => [...w.studentsA, ...w.studentsB];

  it('allocates cross-school reviews when essays close, with no self-review and no duplicate pair', async () => {
    // Three students on each side submit in time; a4 will be late and b4 never submits.
    const [a1, a2, a3, a4] = w.studentsA;
    const onTime = [a1!, a2!, a3!, ...w.studentsB.slice(0, 3)];
    for (const s of onTime) {
      await ok(
        as(s, OPS.submitEssay, {
          e: exchangeId,
          body: `My essay, by someone who argues well. ${s.user.id.slice(0, 4)}`,
        }),
      );
    }

    const early = await as(w.studentsB[0]!, OPS.start, { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(early)).toBe('NOT_FOUND');

    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    expect(await phase()).toBe('REVIEW');

    const rows = await server.db.getRepository(PeerReview).findBy({ exchangeId });
    expect(rows).toHaveLength(6 * 2);
    const essays = await Promise.all(
      everyone().map((s) =>
        as<{ exchange: { mySubmission: { pseudonym: string } | null } }>(s, OPS.exchange, { id: exchangeId }),
      ),
    );
    const pseudonymOf = new Map(
      everyone().map((s, i) => [s.user.id, essays[i]!.data!.exchange.mySubmission?.pseudonym]),
    );
    const pairs = new Set<string>();
    for (const s of everyone()) {
      const mine = await assignmentsOf(server, exchangeId, s);
      for (const a of mine) {
        expect(a.authorPseudonym).not.toBe(pseudonymOf.get(s.user.id));
        const author = everyone().find((x) => pseudonymOf.get(x.user.id) === a.authorPseudonym)!;
        expect(sideOf(author)).not.toBe(sideOf(s));
        expect(pairs.has(`${a.authorPseudonym}/${s.user.id}`)).toBe(false);
        pairs.add(`${a.authorPseudonym}/${s.user.id}`);
      }
    }
    expect(pairs.size).toBe(12);
    // a4 and b4 wrote nothing in time: nothing to review.
    expect(await assignmentsOf(server, exchangeId, a4!)).toEqual([]);
    expect(await assignmentsOf(server, exchangeId, w.studentsB[3]!)).toEqual([]);
  });

  it('gives a late essay reviewers as reviewers start', async () => {
    const a4 = w.studentsA[3]!;
    const late = await ok(
      as<{ submitEssay: { pseudonym: string; status: string } }>(a4, OPS.submitEssay, {
        e: exchangeId,
        body: 'A late essay that still makes a claim and backs it.',
      }),
    );
    expect(late.submitEssay.status).toBe('SUBMITTED');
    expect(await server.db.getRepository(PeerReview).countBy({ exchangeId, submissionId: (await essayId(a4))! })).toBe(
      0,
    );
    // Once in, the essay cannot change under its reviewers.
    const again = await as(a4, OPS.submitEssay, { e: exchangeId, body: 'Changed.' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');

    for (const reviewer of w.studentsB.slice(0, 2)) {
      const [first] = await assignmentsOf(server, exchangeId, reviewer);
      await ok(as(reviewer, OPS.start, { id: first!.id }));
      const after = await assignmentsOf(server, exchangeId, reviewer);
      expect(after.map((a) => a.authorPseudonym)).toContain(late.submitEssay.pseudonym);
    }
    expect(await server.db.getRepository(PeerReview).countBy({ exchangeId, submissionId: (await essayId(a4))! })).toBe(
      2,
    );
  });

  it('refuses reviews that are empty, out of range, unkind or not the reviewer’s own', async () => {
    const b1 = w.studentsB[0]!;
    const [mine] = await assignmentsOf(server, exchangeId, b1);
    const empty = await as(b1, OPS.submit, {
      input: { reviewId: mine!.id, levels: [], comments: [], strength: '', nextStep: '' },
    });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const fields = empty.errors![0]!.extensions!.fieldErrors!;
    expect(fields['levels.claim']).toBe('Choose a level for Claim.');
    expect(fields['comments.evidence']).toMatch(/^Your comment on Evidence is empty/);
    expect(fields.strength).toMatch(/^Your strength is empty/);
    // Each sentence has a message id, so a Spanish reader sees it in Spanish (docs/i18n.md).
    expect(empty.errors![0]!.extensions).toMatchObject({
      messageId: 'review.fixMany',
      messageParams: { min: 4, count: expect.any(Number) },
      fieldMessageIds: {
        'levels.claim': 'review.chooseLevel',
        'comments.evidence': 'review.commentEmpty',
        strength: 'review.commentEmpty',
      },
    });

    const outOfRange = await as(b1, OPS.submit, {
      input: {
        ...reviewOf(mine!),
        levels: [
          { criterionId: 'claim', points: 7 },
          { criterionId: 'evidence', points: 2 },
        ],
      },
    });
    expect(outOfRange.errors![0]!.message).toBe(
      'Choose one of the levels for Claim: Beginning (1), Developing (2), Strong (3).',
    );

    const unkind = await as(b1, OPS.submit, {
      input: { ...reviewOf(mine!), nextStep: 'Honestly this essay is stupid and boring.' },
    });
    expect(unkind.errors![0]!.message).toBe(
      'Your next step uses words that are not kind ("stupid"): say it another way.',
    );
    expect(unkind.errors![0]!.extensions).toMatchObject({
      messageId: 'review.commentUnkind',
      fieldMessageIds: { nextStep: 'review.commentUnkind' },
    });

    const huge = await as(b1, OPS.submit, { input: { ...reviewOf(mine!), strength: 'word '.repeat(1000) } });
    expect(huge.errors![0]!.message).toMatch(/too long/);

    // A review addressed to someone else, and a review of b1's own essay, are not b1's to touch.
    const [othersReview] = await assignmentsOf(server, exchangeId, w.studentsB[1]!);
    expect(errorCode(await as(b1, OPS.submit, { input: reviewOf(othersReview!) }))).toBe('NOT_FOUND');
    const ofOwnEssay = await server.db
      .getRepository(PeerReview)
      .findOneByOrFail({ submissionId: (await essayId(b1))! });
    expect(errorCode(await as(b1, OPS.start, { id: ofOwnEssay.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as(b1, OPS.submit, { input: reviewOf(ofOwnEssay) }))).toBe('NOT_FOUND');

    // Nothing of the refused attempts was kept.
    const still = await server.db.getRepository(PeerReview).findOneByOrFail({ id: mine!.id });
    expect(still.status).not.toBe('SUBMITTED');
    expect(still.nextStep).toBe('');
  });

  it('keeps drafts, sends reviews, and reassigns a review nobody started by the due date', async () => {
    const [a1, a2] = w.studentsA;
    // Everyone reviews everything, except a2, who never opens their last review.
    let skipped: Assignment | undefined;
    for (const s of everyone()) {
      const list = await assignmentsOf(server, exchangeId, s);
      for (const a of list) {
        if (s === a2 && a === list[list.length - 1]) {
          skipped = a;
          continue;
        }
        const draft = await ok(
          as<{ saveReviewDraft: Assignment }>(s, OPS.draft, { input: { ...reviewOf(a), nextStep: '' } }),
        );
        expect(draft.saveReviewDraft.status).toBe('STARTED');
        const sent = await ok(
          as<{ submitReview: Assignment }>(s, OPS.submit, { input: reviewOf(a, s === a1 ? 1 : 3, 4) }),
        );
        expect(sent.submitReview.status).toBe('SUBMITTED');
      }
    }
    expect(skipped?.status).toBe('ASSIGNED');
    for (const s of everyone().filter((x) => x !== a2)) {
      const statuses = (await assignmentsOf(server, exchangeId, s)).map((a) => a.status);
      expect(statuses.every((st) => st === 'SUBMITTED')).toBe(true);
    }
    expect(
      errorCode(await as(a2!, OPS.submit, { input: reviewOf((await assignmentsOf(server, exchangeId, a1!))[0]!) })),
    ).toBe('NOT_FOUND');
    const sentTwice = await as(a1!, OPS.submit, {
      input: reviewOf((await assignmentsOf(server, exchangeId, a1!))[0]!),
    });
    expect(sentTwice.errors![0]!.message).toBe('You already sent this review: it can no longer change.');

    await pass(server, exchangeId, 'reviewDueAt');
    await runJob(server);
    const moved = await server.db.getRepository(PeerReview).findOneByOrFail({ id: skipped!.id });
    expect(moved.status).toBe('REASSIGNED');
    expect((await assignmentsOf(server, exchangeId, a2!)).map((a) => a.id)).not.toContain(skipped!.id);
    const taker = await server.db
      .getRepository(PeerReview)
      .findOneByOrFail({ submissionId: moved.submissionId, status: 'ASSIGNED' });
    expect(taker.reviewerId).not.toBe(a2!.user.id);
    const takerStudent = everyone().find((s) => s.user.id === taker.reviewerId)!;
    await ok(as(takerStudent, OPS.submit, { input: reviewOf({ id: taker.id }) }));
    // Nothing more to move: the job leaves everything as it is the next time.
    const snapshot = async () =>
      (await server.db.getRepository(PeerReview).find({ where: { exchangeId }, order: { id: 'ASC' } })).map(
        (r) => `${r.id}:${r.status}`,
      );
    const settled = await snapshot();
    await runJob(server);
    expect(await snapshot()).toEqual(settled);
  });

  it('releases feedback: authors read their reviews by pseudonym, rate and flag them', async () => {
    const b1 = w.studentsB[0]!;
    const before = await ok(as<{ exchange: { myFeedback: Received[] | null } }>(b1, OPS.exchange, { id: exchangeId }));
    expect(before.exchange.myFeedback).toBeNull();
    await pass(server, exchangeId, 'feedbackReleaseAt');
    await runJob(server);
    expect(await phase()).toBe('FEEDBACK');

    const fb = await ok(
      as<{ exchange: { phase: string; myFeedback: Received[] } }>(b1, OPS.exchange, { id: exchangeId }),
    );
    expect(fb.exchange.phase).toBe('FEEDBACK');
    expect(fb.exchange.myFeedback).toHaveLength(2);
    for (const r of fb.exchange.myFeedback) expect(r.reviewerLabel).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+( \d+)?$/);
    // Both were written at the other school, so the flag below concerns both teachers.
    const byA = new Set(w.studentsA.map((s) => s.user.id));
    const rows = await server.db.getRepository(PeerReview).findBy({ submissionId: (await essayId(b1))! });
    const shown = fb.exchange.myFeedback.map((r) => rows.find((x) => x.id === r.id)!);
    expect(shown.map((r) => byA.has(r.reviewerId))).toEqual([true, true]);
    const [first, second] = fb.exchange.myFeedback;

    const bad = await as(b1, OPS.rate, { input: { reviewId: first!.id, helpfulness: 6 } });
    expect(bad.errors![0]!.message).toBe('Rate from 1 (not helpful) to 5 (very helpful).');
    const rated = await ok(
      as<{ rateReview: Received }>(b1, OPS.rate, {
        input: { reviewId: first!.id, helpfulness: 5, comment: 'Thanks!' },
      }),
    );
    expect(rated.rateReview.helpfulness).toBe(5);
    const flagged = await ok(
      as<{ flagReview: Received }>(b1, OPS.flag, {
        input: { reviewId: second!.id, reason: 'It makes fun of my town.' },
      }),
    );
    expect(flagged.flagReview.flagOpen).toBe(true);
    // Someone else's received review cannot be rated or flagged.
    expect(errorCode(await as(w.studentsB[1]!, OPS.rate, { input: { reviewId: first!.id, helpfulness: 1 } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await as(w.studentsA[0]!, OPS.flag, { input: { reviewId: first!.id, reason: 'x' } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('lets both teachers see the flag; hiding the review keeps it from its author and asks someone else', async () => {
    const b1 = w.studentsB[0]!;
    const resultsA = await ok(as<{ exchangeResults: Results }>(w.a, OPS.results, { e: exchangeId }));
    const resultsB = await ok(as<{ exchangeResults: Results }>(w.b, OPS.results, { e: exchangeId }));
    expect(resultsB.exchangeResults.flags).toHaveLength(1);
    expect(resultsA.exchangeResults.flags).toHaveLength(1);
    const flag = resultsB.exchangeResults.flags[0]!;
    expect(flag.authorLabel).toBe(b1.name);
    // The reviewer is teacher A's student: B sees a pseudonym, A the name.
    expect(flag.reviewerLabel).not.toMatch(/Alder/);
    expect(resultsA.exchangeResults.flags[0]!.reviewerLabel).toMatch(/^Alder Student/);

    expect(errorCode(await as(b1, OPS.resolve, { input: { flagId: flag.id, resolution: 'HIDE' } }))).toBe('FORBIDDEN');
    const before = await server.db.getRepository(PeerReview).countBy({ exchangeId, status: 'ASSIGNED' });
    const resolved = await ok(
      as<{ resolveFlag: { status: string; resolution: string } }>(w.b, OPS.resolve, {
        input: { flagId: flag.id, resolution: 'HIDE' },
      }),
    );
    expect(resolved.resolveFlag).toMatchObject({ status: 'RESOLVED', resolution: 'HIDE' });
    expect(await server.db.getRepository(PeerReview).countBy({ exchangeId, status: 'ASSIGNED' })).toBe(before + 1);
    const again = await as(w.a, OPS.resolve, { input: { flagId: flag.id, resolution: 'KEEP' } });
    expect(again.errors![0]!.message).toBe('This flag was already resolved.');

    const fb = await ok(as<{ exchange: { myFeedback: Received[] } }>(b1, OPS.exchange, { id: exchangeId }));
    expect(fb.exchange.myFeedback).toHaveLength(1);
    expect(fb.exchange.myFeedback.map((r) => r.id)).not.toContain(flag.id);
  });

  it('gives each teacher results: completion, distribution, helpfulness, own students by name only', async () => {
    const { exchangeResults: ra } = await ok(as<{ exchangeResults: Results }>(w.a, OPS.results, { e: exchangeId }));
    expect(ra.classes).toHaveLength(2);
    const mine = ra.classes.find((c) => c.isMine)!;
    expect(mine).toMatchObject({ students: 4, submitted: 4, late: 1 });
    const theirs = ra.classes.find((c) => !c.isMine)!;
    expect(theirs.label).toBe(`${w.b.name}'s class`);
    expect(theirs).toMatchObject({ students: 4, submitted: 3, late: 0 });
    expect(ra.schools.find((s) => !s.isMine)!.label).toBe(`Partner school (${w.b.name})`);
    const claim = ra.criteria.find((c) => c.criterionId === 'claim')!;
    const visible = await server.db
      .getRepository(PeerReview)
      .countBy({ exchangeId, status: 'SUBMITTED', hiddenAt: IsNull() });
    expect(visible).toBeGreaterThan(8);
    expect(claim.levels.reduce((s, l) => s + l.count, 0)).toBe(visible);
    expect(claim.levels.find((l) => l.points === 1)!.count).toBeGreaterThan(0);
    expect(ra.students.map((s) => s.student.displayName).sort()).toEqual(w.studentsA.map((s) => s.name).sort());
    expect(ra.students.find((s) => s.student.displayName === w.studentsA[3]!.name)!.late).toBe(true);
    const ownHelp = ra.helpfulness.filter((h) => h.isMine);
    expect(ownHelp.every((h) => h.label.startsWith('Alder Student'))).toBe(true);
    expect(ra.helpfulness.filter((h) => !h.isMine).every((h) => !h.label.includes('Bramble'))).toBe(true);
    expect(errorCode(await as(w.studentsA[0]!, OPS.results, { e: exchangeId }))).toBe('FORBIDDEN');
  });

  it('exports a gradebook CSV of the teacher’s own students only', async () => {
    const csv = async (who: Signed) => {
      const res = await fetch(`${server.url}/api/exchanges/${exchangeId}/results.csv`, {
        headers: { authorization: `Bearer ${who.token}` },
      });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    const a = await csv(w.a);
    expect(a.status).toBe(200);
    expect(a.type).toMatch(/^text\/csv/);
    const lines = a.text.trim().split('\n');
    expect(lines[0]).toMatch(
      /^Student,Username,Pseudonym,Class,Essay,Submitted at,Late,Reviews received,Average score,Max score,Claim \(average points\),Evidence \(average points\)/,
    );
    expect(lines).toHaveLength(5);
    for (const s of w.studentsA) expect(a.text).toContain(s.name);
    for (const s of w.studentsB) expect(a.text).not.toContain(s.name);
    const b = await csv(w.b);
    for (const s of w.studentsA) expect(b.text).not.toContain(s.name);
    expect((await csv(w.studentsA[0]!)).status).toBe(403);
    expect((await fetch(`${server.url}/api/exchanges/${exchangeId}/results.csv`)).status).toBe(401);
  });

  it('never showed a student, or the other school’s teacher, a name, username, email or school from across the boundary', async () => {
    const secretsOf = (side: 'A' | 'B') => {
      const people = side === 'A' ? w.studentsA : w.studentsB;
      const school = w.net.schools[side === 'A' ? 0 : 1]!;
      return [...people.flatMap((p) => [p.name, p.login, p.user.id]), school.name];
    };
    expect(seen.length).toBeGreaterThan(40);
    for (const { who, side, body } of seen) {
      const other = side === 'A' ? 'B' : 'A';
      for (const secret of secretsOf(other)) {
        if (body.includes(secret)) throw new Error(`${who.name} saw "${secret}" in ${body.slice(0, 300)}`);
      }
    }
    // Once reviews are due, no essay can be submitted, not even a late one.
    const res = await as(w.studentsA[1]!, OPS.submitEssay, { e: exchangeId, body: 'Too late.' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/^The essay deadline passed/);
  });

  async function phase(): Promise<string> {
    return (await server.db.getRepository(Exchange).findOneByOrFail({ id: exchangeId })).phase;
  }

  async function essayId(s: Signed): Promise<string | undefined> {
    const rows: { id: string }[] = await server.db.query(
      'SELECT id FROM submission WHERE exchange_id = $1 AND student_id = $2',
      [exchangeId, s.user.id],
    );
    return rows[0]?.id;
  }
});
