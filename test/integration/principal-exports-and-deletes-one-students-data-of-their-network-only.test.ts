/**
 * A district asks for one student's data: their principal (or a network coordinator) downloads a
 * zip of everything Switchback holds about them in this network (never another network's), then
 * deletes it. Reviews the student wrote stay readable to the student who received them, with no
 * name and no link to the account; the deletion is in the audit log by id only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { User } from '../../server/src/auth/user.entity.js';
import { PeerReview } from '../../server/src/feedback/peer-review.entity.js';
import { ReviewFlag } from '../../server/src/feedback/review-flag.entity.js';
import { Submission } from '../../server/src/feedback/submission.entity.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { Notification } from '../../server/src/notifications/notification.entity.js';
import { createClass, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
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
  type Signed,
  type TwoSchools,
} from '../support/peer-feedback.js';
import { unzip } from '../support/unzip.js';

const SUMMARY_FIELDS = `studentId displayName username classes essays reviewsReceived reviewsKeptAnonymous
  reviewsDeleted flags notifications accountDeleted`;
const SUMMARY = `query($n: ID!, $s: ID!) { studentDataSummary(networkId: $n, studentId: $s) { ${SUMMARY_FIELDS} } }`;
const DELETE = `mutation($n: ID!, $s: ID!) { deleteStudentData(networkId: $n, studentId: $s) { ${SUMMARY_FIELDS} } }`;

interface Summary {
  displayName: string;
  essays: number;
  reviewsReceived: number;
  reviewsKeptAnonymous: number;
  reviewsDeleted: number;
  accountDeleted: boolean;
}
interface Received {
  id: string;
  reviewerLabel: string;
  strength: string;
}

describe("a student's data: export and deletion", () => {
  let server: TestServer;
  let w: TwoSchools;
  let exchangeId: string;
  let principal: Signed;
  let otherPrincipal: Signed;
  let coordinator: Signed;
  /** a1's review strengths, one per essay they reviewed. */
  const strengths = new Map<string, string>();
  let otherNet: Awaited<ReturnType<typeof createNetwork>>;
  let otherCoordinator: Signed;

  const sign = async (p: TestPerson): Promise<Signed> => ({
    ...p,
    name: p.user.displayName,
    token: await signIn(server, p.login),
  });
  const download = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const exportPath = (studentId: string, networkId = w.net.network.id) =>
    `/api/networks/${networkId}/students/${studentId}/export.zip`;

  beforeAll(async () => {
    server = await startServer();
    w = await twoSchools(server, 2);
    principal = await sign(await createPerson(server.db, w.net, 'ADMINISTRATOR', { school: w.net.schools[0] }));
    otherPrincipal = await sign(await createPerson(server.db, w.net, 'ADMINISTRATOR', { school: w.net.schools[1] }));
    coordinator = await sign(await createPerson(server.db, w.net, 'COORDINATOR'));

    // a2 also belongs to another network, which holds a class and a notification about them.
    otherNet = await createNetwork(server.db, 1);
    otherCoordinator = await sign(await createPerson(server.db, otherNet, 'COORDINATOR'));
    const [, a2] = w.studentsA;
    await server.db.getRepository(Membership).save({
      userId: a2!.user.id,
      networkId: otherNet.network.id,
      schoolId: otherNet.schools[0]!.id,
      role: 'STUDENT',
    });
    const otherTeacher = await createPerson(server.db, otherNet, 'TEACHER', { school: otherNet.schools[0] });
    await createClass(server.db, otherNet, otherTeacher, [{ ...a2!, membership: a2!.membership }]);
    await server.db.getRepository(Notification).save({
      userId: a2!.user.id,
      networkId: otherNet.network.id,
      kind: 'MENTION',
      text: 'OTHER-NETWORK-SECRET mentioned you',
    });

    // The exchange runs to feedback: everyone writes an essay and submits their reviews.
    exchangeId = await openExchange(server, w);
    for (const s of [...w.studentsA, ...w.studentsB]) {
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: `Essay text of ${s.user.username}.`, anyway: true },
          { token: s.token },
        ),
      );
    }
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    for (const [i, s] of [...w.studentsA, ...w.studentsB].entries()) {
      for (const a of await assignmentsOf(server, exchangeId, s)) {
        // A marker that is neither the reviewer's name nor their username.
        const review = { ...reviewOf(a), strength: `Strength of writer ${i} for ${a.authorPseudonym}.` };
        await ok(server.gql(OPS.start, { id: a.id }, { token: s.token }));
        await ok(server.gql(OPS.submit, { input: review }, { token: s.token }));
        if (s === w.studentsA[0]) strengths.set(a.authorPseudonym, review.strength);
      }
    }
    await pass(server, exchangeId, 'reviewDueAt');
    await pass(server, exchangeId, 'feedbackReleaseAt');
    await runJob(server);
    expect(strengths.size).toBe(2);

    // b1 flags the review a1 wrote them; b1's teacher keeps it (a moderation decision, audited).
    const b1 = w.studentsB[0]!;
    const fb = await ok(
      server.gql<{ exchange: { mySubmission: { pseudonym: string }; myFeedback: Received[] } }>(
        OPS.exchange,
        { id: exchangeId },
        { token: b1.token },
      ),
    );
    const fromA1 = fb.exchange.myFeedback.find(
      (r) => r.strength === strengths.get(fb.exchange.mySubmission.pseudonym),
    )!;
    await ok(server.gql(OPS.flag, { input: { reviewId: fromA1.id, reason: 'It is too short.' } }, { token: b1.token }));
    const flag = await server.db.getRepository(ReviewFlag).findOneByOrFail({ reviewId: fromA1.id });
    await ok(server.gql(OPS.resolve, { input: { flagId: flag.id, resolution: 'KEEP' } }, { token: w.b.token }));
    const moderation = await server.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ networkId: w.net.network.id, action: 'review.flag_resolve' });
    expect(moderation).toMatchObject({ actorId: w.b.user.id, targetId: fromA1.id });
    expect(moderation.data).toMatchObject({ resolution: 'KEEP', flags: 1 });
  });
  afterAll(() => server.close());

  it('exports a zip of JSON and readable files, with nothing from another network', async () => {
    const a2 = w.studentsA[1]!;
    const res = await download(exportPath(a2.user.id), principal.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="student-[0-9a-f-]+-\d{4}-\d\d-\d\d\.zip"$/,
    );
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    const names = [...files.keys()];
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'data.json']));
    expect(names.filter((n) => n.startsWith('essays/'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('reviews-received/'))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith('reviews-written/'))).toHaveLength(2);

    const data = JSON.parse(files.get('data.json')!.toString('utf8')) as Record<string, unknown> & {
      account: Record<string, unknown>;
      enrollments: { className: string }[];
      essays: { submittedText: string }[];
      reviewsWritten: { strength: string }[];
      reviewsReceived: { strength: string; reviewer: string }[];
      notifications: unknown[];
      signInHistory: unknown;
    };
    expect(data.account).toMatchObject({ id: a2.user.id, username: a2.user.username, displayName: a2.name });
    expect(data.account).not.toHaveProperty('passwordHash');
    expect(data.enrollments).toHaveLength(1);
    expect(data.essays[0]!.submittedText).toBe(`Essay text of ${a2.user.username}.`);
    expect(data.reviewsWritten.map((r) => r.strength)).toEqual([
      expect.stringContaining('Strength of writer 1 for'),
      expect.stringContaining('Strength of writer 1 for'),
    ]);
    // Received reviews name no reviewer.
    expect(data.reviewsReceived.map((r) => r.reviewer)).toEqual(['Reviewer 1', 'Reviewer 2']);
    const essayFile = [...files].find(([n]) => n.startsWith('essays/'))![1].toString('utf8');
    expect(essayFile).toContain(`Essay text of ${a2.user.username}.`);

    // Nothing of the other network: its id, its class, its notification, or sign-ins (account-wide).
    const everything = [...files.values()].map((b) => b.toString('utf8')).join('\n');
    expect(everything).not.toContain(otherNet.network.id);
    expect(everything).not.toContain('OTHER-NETWORK-SECRET');
    expect(everything).not.toContain(otherNet.schools[0]!.name);
    expect(data.notifications).toEqual([]);
    expect(typeof data.signInHistory).toBe('string');
    expect(everything).not.toMatch(/\$argon2/);

    // A student of this network only gets their sign-in history.
    const a1 = w.studentsA[0]!;
    const own = unzip(Buffer.from(await (await download(exportPath(a1.user.id), coordinator.token)).arrayBuffer()));
    const ownData = JSON.parse(own.get('data.json')!.toString('utf8')) as { signInHistory: { address: string }[] };
    expect(ownData.signInHistory.length).toBeGreaterThan(0);

    const audit = await server.db
      .getRepository(AuditEvent)
      .findBy({ networkId: w.net.network.id, action: 'student.export', targetId: a2.user.id });
    expect(audit.map((a) => a.actorId)).toEqual([principal.user.id]);
  });

  it("refuses everyone but the student's principal and the network's coordinators", async () => {
    const a1 = w.studentsA[0]!;
    const outsider = await sign(await createPerson(server.db, otherNet, 'TEACHER', { school: otherNet.schools[0] }));
    const cases: [string, string | undefined, number][] = [
      ['anonymous', undefined, 401],
      ['teacher of the class', w.a.token, 403],
      ['the student', a1.token, 403],
      ["another school's principal", otherPrincipal.token, 404],
      ["another network's coordinator", otherCoordinator.token, 404],
      ['outsider', outsider.token, 404],
    ];
    for (const [who, token, status] of cases) {
      const res = await download(exportPath(a1.user.id), token);
      expect({ who, status: res.status }).toEqual({ who, status });
      const body = await res.text();
      expect(body).not.toContain(a1.user.username!);
      const gql = await server.gql(DELETE, { n: w.net.network.id, s: a1.user.id }, { token });
      expect({ who, code: errorCode(gql) }).toEqual({
        who,
        code: { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' }[status],
      });
    }
    // The other network's coordinator cannot reach a2 through their own network either: a2 is a
    // student there, but the ids of this network's data are not.
    expect((await download(exportPath(w.studentsA[1]!.user.id, 'not-a-uuid'), principal.token)).status).toBe(404);
    expect((await download(exportPath(w.b.user.id), principal.token)).status).toBe(404);
    expect(await server.db.getRepository(User).existsBy({ id: a1.user.id })).toBe(true);
  });

  it('deletes the data in one transaction: essays go, the reviews they wrote stay anonymous, the audit log records it', async () => {
    const a1 = w.studentsA[0]!;
    const essay = await server.db.getRepository(Submission).findOneByOrFail({ exchangeId, studentId: a1.user.id });
    const written = await server.db.getRepository(PeerReview).findBy({ exchangeId, reviewerId: a1.user.id });
    expect(written).toHaveLength(2);
    // A review of the essay that was taken away from its writer goes with the essay too.
    await server.db
      .getRepository(PeerReview)
      .save({ exchangeId, submissionId: essay.id, reviewerId: randomUUID(), status: 'REASSIGNED' });

    const summary = await ok(
      server.gql<{ studentDataSummary: Summary }>(
        SUMMARY,
        { n: w.net.network.id, s: a1.user.id },
        { token: principal.token },
      ),
    );
    expect(summary.studentDataSummary).toMatchObject({
      displayName: a1.name,
      essays: 1,
      reviewsReceived: 2,
      reviewsKeptAnonymous: 2,
      reviewsDeleted: 0,
      accountDeleted: true,
    });
    const deleted = await ok(
      server.gql<{ deleteStudentData: Summary }>(
        DELETE,
        { n: w.net.network.id, s: a1.user.id },
        { token: principal.token },
      ),
    );
    expect(deleted.deleteStudentData).toMatchObject({ essays: 1, reviewsKeptAnonymous: 2, accountDeleted: true });

    // The account and the essay are gone; the reviews of the essay too.
    expect(await server.db.getRepository(User).existsBy({ id: a1.user.id })).toBe(false);
    expect(await server.db.getRepository(Submission).existsBy({ id: essay.id })).toBe(false);
    expect(await server.db.getRepository(PeerReview).countBy({ submissionId: essay.id })).toBe(0);
    expect(await server.db.getRepository(PeerReview).countBy({ reviewerId: a1.user.id })).toBe(0);
    const kept = await server.db.getRepository(PeerReview).findBy({ id: written[0]!.id });
    expect(kept).toHaveLength(1);
    expect(kept[0]!.reviewerId).not.toBe(a1.user.id);
    expect(await server.db.getRepository(User).existsBy({ id: kept[0]!.reviewerId })).toBe(false);
    expect(errorCode(await server.gql('{ me { id } }', {}, { token: a1.token }))).toBeUndefined();
    expect((await server.gql<{ me: unknown }>('{ me { id } }', {}, { token: a1.token })).data?.me).toBeNull();
    await expect(signIn(server, a1.login)).rejects.toThrow(/do not match/);

    // Each student who received a1's review still reads it, with no name on it.
    const raw: string[] = [];
    for (const b of w.studentsB) {
      const res = await server.gql<{ exchange: { mySubmission: { pseudonym: string }; myFeedback: Received[] } }>(
        OPS.exchange,
        { id: exchangeId },
        { token: b.token },
      );
      raw.push(JSON.stringify(res));
      const mine = res.data!.exchange;
      const fromA1 = mine.myFeedback.find((r) => r.strength === strengths.get(mine.mySubmission.pseudonym));
      expect(fromA1?.reviewerLabel).toMatch(/^Reviewer \d$/);
    }
    for (const teacher of [w.b, w.a]) {
      raw.push(JSON.stringify(await server.gql(OPS.results, { e: exchangeId }, { token: teacher.token })));
      raw.push(JSON.stringify(await server.gql(OPS.exchange, { id: exchangeId }, { token: teacher.token })));
    }
    raw.push(JSON.stringify(await server.gql(OPS.exchange, { id: exchangeId }, { token: w.studentsA[1]!.token })));
    for (const body of raw) {
      expect(body).not.toContain(a1.name);
      expect(body).not.toContain(a1.user.username!);
    }
    // The flag on a1's kept review stays for the teachers, naming no one.
    const results = await server.gql<{ exchangeResults: { flags: { reviewerLabel: string }[] } }>(
      OPS.results,
      { e: exchangeId },
      { token: w.b.token },
    );
    expect(results.data!.exchangeResults.flags).toHaveLength(1);
    expect(results.data!.exchangeResults.flags[0]!.reviewerLabel).toBe('A student');
    const csv = await (await download(`/api/exchanges/${exchangeId}/results.csv`, w.a.token)).text();
    expect(csv).not.toContain(a1.name);

    const event = await server.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ networkId: w.net.network.id, action: 'student.delete' });
    expect(event).toMatchObject({ actorId: principal.user.id, targetType: 'User', targetId: a1.user.id });
    expect(JSON.stringify(event)).not.toContain(a1.name);
    expect(JSON.stringify(event)).not.toContain(a1.user.username!);

    // Deleting again: nothing is left to find.
    expect(
      errorCode(await server.gql(DELETE, { n: w.net.network.id, s: a1.user.id }, { token: principal.token })),
    ).toBe('NOT_FOUND');
  });

  it('a student who belongs to another network keeps that network: only this one is deleted', async () => {
    const a2 = w.studentsA[1]!;
    const deleted = await ok(
      server.gql<{ deleteStudentData: Summary }>(
        DELETE,
        { n: w.net.network.id, s: a2.user.id },
        { token: coordinator.token },
      ),
    );
    expect(deleted.deleteStudentData.accountDeleted).toBe(false);
    expect(
      await server.db.getRepository(Membership).existsBy({ userId: a2.user.id, networkId: w.net.network.id }),
    ).toBe(false);
    expect(
      await server.db.getRepository(Membership).existsBy({ userId: a2.user.id, networkId: otherNet.network.id }),
    ).toBe(true);
    expect(
      await server.db.getRepository(Notification).countBy({ userId: a2.user.id, networkId: otherNet.network.id }),
    ).toBe(1);
    expect(await server.db.getRepository(Submission).countBy({ studentId: a2.user.id })).toBe(0);
    await expect(signIn(server, a2.login)).resolves.toEqual(expect.any(String));
  });
});
