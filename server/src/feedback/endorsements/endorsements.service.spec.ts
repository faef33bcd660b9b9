import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPerson } from '../../../../test/support/factories.js';
import { startServer, type TestServer } from '../../../../test/support/harness.js';
import { reviewBy, reviewedExchange } from '../../../../test/support/endorsements.js';
import { CRITERIA, ok, openExchange, twoSchools, type TwoSchools } from '../../../../test/support/peer-feedback.js';
import { refusal } from '../../../../test/support/refusal.js';
import { In } from 'typeorm';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { StudentDeletionService } from '../../privacy/student-deletion.service.js';
import { ExchangeClass } from '../exchange-class.entity.js';
import { EndorsementsService } from './endorsements.service.js';
import { EndorsementsToDo } from './endorsements.to-do.js';
import { ExampleReviewsService } from './example-reviews.service.js';
import { ReviewEndorsement } from './review-endorsement.entity.js';

const ESSAY = 'ESSAYMARK-lantern';
const ONLY_READERS =
  "FORBIDDEN: Only the teachers of the review's writer and of the essay's author can endorse this review.";
const ONLY_WRITERS_TEACHER =
  'FORBIDDEN: Only the teacher of the student who wrote this review can approve it as an example.';

/** Endorsed reviews against the real test database: who endorses and approves, and what students read. */
describe('endorsed reviews', () => {
  let server: TestServer;
  let endorsements: EndorsementsService;
  let examples: ExampleReviewsService;
  beforeAll(async () => {
    server = await startServer();
    endorsements = server.app.get(EndorsementsService);
    examples = server.app.get(ExampleReviewsService);
  });
  afterAll(() => server.close());

  /** Two schools, an exchange with every review sent, and a second exchange on the same rubric. */
  async function world() {
    const w = await twoSchools(server);
    const first = await reviewedExchange(server, w, ESSAY);
    const next = await openExchange(server, w, { title: 'The next exchange' });
    return { w, ...first, next };
  }
  /** Everything an example must never carry: names, usernames, schools, classes, the essay. */
  function secrets(w: TwoSchools): string[] {
    const people = [...w.studentsA, ...w.studentsB, w.a, w.b];
    return [
      ...people.map((p) => p.user.displayName),
      ...people.flatMap((p) => (p.user.username ? [p.user.username] : [])),
      ...w.net.schools.map((s) => s.name),
      ...w.net.schools.map((s) => s.locality),
      ESSAY,
    ];
  }

  it('lets only the teachers who read a sent, visible review endorse it', async () => {
    const { w, exchangeId, reviews } = await world();
    const byB = reviewBy(reviews, w.studentsB, w.studentsA);
    const student = w.studentsA[0].user.id;
    expect(await refusal(endorsements.endorse(student, { reviewId: byB.id }))).toBe(ONLY_READERS);
    // A teacher of the network outside the exchange is told it does not exist.
    const outsider = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[0] });
    expect(await refusal(endorsements.endorse(outsider.user.id, { reviewId: byB.id }))).toBe(
      'NOT_FOUND: That review was not found.',
    );
    // An invited teacher of the exchange who teaches neither student may not.
    const invited = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[1] });
    // (Invited before reviews began, as the owner may.)
    await server.db.getRepository(ExchangeClass).insert({
      exchangeId,
      status: 'INVITED',
      invitedTeacherId: invited.user.id,
      schoolId: w.net.schools[1].id,
      addedById: w.a.user.id,
    });
    expect(await refusal(endorsements.endorse(invited.user.id, { reviewId: byB.id }))).toBe(ONLY_READERS);

    // Not sent, or hidden from its author: not an example.
    const [unsent, hidden] = reviews.filter(
      (r) => r.id !== byB.id && w.studentsA.some((s) => s.user.id === r.authorId),
    );
    await server.db.query(`UPDATE peer_review SET status = 'STARTED', submitted_at = NULL WHERE id = $1`, [unsent!.id]);
    await server.db.query(`UPDATE peer_review SET hidden_at = now() WHERE id = $1`, [hidden!.id]);
    expect(await refusal(endorsements.endorse(w.a.user.id, { reviewId: unsent!.id }))).toBe(
      'BAD_USER_INPUT: Only a sent review can be endorsed: this one is not finished yet.',
    );
    expect(await refusal(endorsements.endorse(w.a.user.id, { reviewId: hidden!.id }))).toBe(
      'BAD_USER_INPUT: This review is hidden from its author, so it cannot be an example.',
    );

    // The essay's author's teacher endorses a review by the other school's student: it waits for approval.
    const made = await endorsements.endorse(w.a.user.id, { reviewId: byB.id, note: '  Names one thing to fix.  ' });
    expect(made).toMatchObject({
      reviewId: byB.id,
      status: 'AWAITING_APPROVAL',
      note: 'Names one thing to fix.',
      endorsedByMe: true,
      mayApprove: false,
      mayWithdraw: true,
    });
    // The reviewer is another school's student: teacher A sees a pseudonym, never the name.
    expect(made.reviewerLabel).not.toBe(w.studentsB.find((s) => s.user.id === byB.reviewerId)!.user.displayName);
    // Again by the same teacher: the note changes; by a colleague: a conflict.
    expect((await endorsements.endorse(w.a.user.id, { reviewId: byB.id, note: 'Kind and specific.' })).note).toBe(
      'Kind and specific.',
    );
    expect(await refusal(endorsements.endorse(w.b.user.id, { reviewId: byB.id }))).toBe(
      'CONFLICT: A colleague already endorsed this review: it is marked as endorsed.',
    );
    expect(await server.db.getRepository(ReviewEndorsement).countBy({ exchangeId })).toBe(1);
  });

  it("needs the writer's own teacher to approve, implies it when they endorse, and shows only approved examples", async () => {
    const { w, exchangeId, reviews, next } = await world();
    const byB = reviewBy(reviews, w.studentsB, w.studentsA);
    const byA = reviewBy(reviews, w.studentsA, w.studentsB);
    const pending = await endorsements.endorse(w.a.user.id, { reviewId: byB.id, note: 'Specific and kind.' });
    const student = w.studentsA[1].user.id;
    expect(await examples.examples(student, next)).toEqual([]);

    // Teacher B has it on their to-do list; teacher A (the endorser) cannot approve it.
    const ctx = (userId: string, membership: { id: string; role: string; networkId: string }) => ({
      userId,
      networkId: w.net.network.id,
      membership,
      now: new Date(),
    });
    const todo = server.app.get(EndorsementsToDo);
    const itemsOf = (p: TwoSchools['a']) =>
      todo.items(ctx(p.user.id, p.membership) as Parameters<EndorsementsToDo['items']>[0]);
    expect((await itemsOf(w.b)).map((i) => [i.kind, i.path])).toEqual([
      ['ENDORSEMENT_TO_APPROVE', `/exchanges/${exchangeId}`],
    ]);
    expect(await itemsOf(w.a)).toEqual([]);
    expect(await refusal(endorsements.approve(w.a.user.id, pending.id))).toBe(ONLY_WRITERS_TEACHER);
    expect(await refusal(endorsements.approve(w.studentsB[0].user.id, pending.id))).toBe(ONLY_WRITERS_TEACHER);
    const approved = await endorsements.approve(w.b.user.id, pending.id);
    expect(approved).toMatchObject({ status: 'APPROVED', mayApprove: true, endorsedBy: w.a.user.displayName });
    // Teacher B names their own student.
    expect(approved.reviewerLabel).toBe(w.studentsB.find((s) => s.user.id === byB.reviewerId)!.user.displayName);
    expect(await itemsOf(w.b)).toEqual([]);
    expect(
      await server.db.getRepository(AuditEvent).countBy({ action: 'review.example_approve', targetId: byB.id }),
    ).toBe(1);

    // Teacher B endorsing a review by A's student waits for A; endorsing their own student's, it is approved at once.
    expect((await endorsements.endorse(w.b.user.id, { reviewId: byA.id })).status).toBe('AWAITING_APPROVAL');
    const ownB = reviews.find((r) => r.id !== byB.id && w.studentsB.some((s) => s.user.id === r.reviewerId))!;
    expect((await endorsements.endorse(w.b.user.id, { reviewId: ownB.id })).status).toBe('APPROVED');

    // The next exchange's students read the two approved ones, newest first, not the one waiting.
    const shown = await examples.examples(student, next);
    expect(shown.map((e) => e.id)).toEqual([
      (await server.db.getRepository(ReviewEndorsement).findOneByOrFail({ reviewId: ownB.id })).id,
      pending.id,
    ]);
    expect(shown[1]).toMatchObject({
      exchangeTitle: 'Should towns keep their libraries?',
      sameRubric: true,
      note: 'Specific and kind.',
      comments: [
        { criterionTitle: 'Claim', comment: 'Your claim is clear in the first paragraph.' },
        { criterionTitle: 'Evidence', comment: 'Add a source for the second reason you give.' },
      ],
      nextStep: 'Answer the strongest counter-argument before you conclude.',
    });
    expect(shown[1]!.strength).toMatch(/^Strength \d+: /);
    // Signed by the reviewer's pseudonym in their exchange; no name, school, class or essay anywhere.
    const pseudonym = await server.db.query<{ pseudonym: string }[]>(
      `SELECT pseudonym FROM submission WHERE exchange_id = $1 AND student_id = $2`,
      [exchangeId, byB.reviewerId],
    );
    expect(shown[1]!.reviewerPseudonym).toBe(pseudonym[0]!.pseudonym);
    const payload = JSON.stringify(shown);
    for (const secret of secrets(w)) expect(payload).not.toContain(secret);
    // Never in the exchange they were written in; teachers of the next exchange read them too.
    expect(await examples.examples(student, exchangeId)).toEqual([]);
    expect((await examples.examples(w.a.user.id, next)).length).toBe(2);
    // Another network's student or an outsider gets "not found".
    const stranger = await createPerson(server.db, (await twoSchools(server, 1)).net, 'STUDENT');
    expect(await refusal(examples.examples(stranger.user.id, next))).toBe('NOT_FOUND: That exchange was not found.');

    // A review hidden later is no longer an example.
    await server.db.query(`UPDATE peer_review SET hidden_at = now() WHERE id = $1`, [ownB.id]);
    expect((await examples.examples(student, next)).map((e) => e.id)).toEqual([pending.id]);
  });

  it('offers the same rubric first, the network otherwise, at most three', async () => {
    const { w, reviews, next } = await world();
    for (const r of reviews.filter((x) => w.studentsA.some((s) => s.user.id === x.reviewerId)))
      await endorsements.endorse(w.a.user.id, { reviewId: r.id });
    expect((await examples.examples(w.studentsB[0].user.id, next)).length).toBe(3);
    const other = await ok(
      server.gql<{ createRubric: { id: string } }>(
        `mutation($input: CreateRubricInput!) { createRubric(input: $input) { id } }`,
        { input: { networkId: w.net.network.id, title: 'Narrative', criteria: CRITERIA } },
        { token: w.a.token },
      ),
    );
    const elsewhere = await openExchange(server, w, { title: 'Tell a story', rubricId: other.createRubric.id });
    const shown = await examples.examples(w.studentsB[0].user.id, elsewhere);
    expect(shown.length).toBe(3);
    expect(shown.every((e) => !e.sameRubric)).toBe(true);
  });

  it('is withdrawn by its endorser or declined by the writer’s teacher, and never by a student', async () => {
    const { w, reviews, next } = await world();
    const [first, second] = reviews.filter((r) => w.studentsB.some((s) => s.user.id === r.reviewerId));
    const one = await endorsements.endorse(w.a.user.id, { reviewId: first!.id });
    const two = await endorsements.endorse(w.a.user.id, { reviewId: second!.id });
    await endorsements.approve(w.b.user.id, one.id);
    expect((await examples.examples(w.studentsA[0].user.id, next)).map((e) => e.id)).toEqual([one.id]);
    expect(await refusal(endorsements.withdraw(w.studentsB[0].user.id, one.id))).toBe(
      "FORBIDDEN: Only the teacher who endorsed this review, or its writer's teacher, can withdraw it.",
    );
    const third = await createPerson(server.db, w.net, 'TEACHER');
    expect(await refusal(endorsements.withdraw(third.user.id, one.id))).toBe(
      'NOT_FOUND: That endorsement was not found.',
    );
    expect(await endorsements.withdraw(w.a.user.id, one.id)).toBe(one.id);
    expect(await examples.examples(w.studentsA[0].user.id, next)).toEqual([]);
    // The writer's teacher declines the other one.
    expect(await endorsements.withdraw(w.b.user.id, two.id)).toBe(two.id);
    expect(await server.db.getRepository(ReviewEndorsement).countBy({ id: two.id })).toBe(0);
    expect(await refusal(endorsements.approve(w.b.user.id, two.id))).toBe('NOT_FOUND: That endorsement was not found.');
  });

  it("goes with the student's data when a principal deletes it", async () => {
    const { w, reviews, next } = await world();
    const writer = w.studentsB[0]!;
    const theirs = reviews.find((r) => r.reviewerId === writer.user.id)!;
    const ofTheirEssay = reviews.find((r) => r.authorId === writer.user.id)!;
    const kept = reviews.find(
      (r) => w.studentsB.some((s) => s.user.id === r.reviewerId) && r.reviewerId !== writer.user.id,
    )!;
    for (const r of [theirs, ofTheirEssay, kept]) await endorsements.endorse(w.b.user.id, { reviewId: r.id });
    const principal = await createPerson(server.db, w.net, 'ADMINISTRATOR', { school: w.net.schools[1] });
    await server.app.get(StudentDeletionService).delete(principal.user.id, w.net.network.id, writer.user.id);
    const left = await server.db.getRepository(ReviewEndorsement).findBy({ reviewId: In(reviews.map((r) => r.id)) });
    expect(left.map((e) => e.reviewId)).toEqual([kept.id]);
    // The classmate's review is still an example.
    expect((await examples.examples(w.studentsA[0]!.user.id, next)).map((e) => e.id)).toEqual([left[0]!.id]);
  });
});
