/**
 * "Send grades to the LMS" against a simulated LMS on port 0: for an exchange placed in an LMS course,
 * Switchback makes (once) the gradebook columns through Assignment and Grade Services and posts each of
 * the teacher's own students' essay score and review completion — the figures of the exchange's
 * results — as application/vnd.ims.lis.v1.score+json with a bearer token the LMS issued for the score
 * scope. Students with no LMS id are skipped with the reason; the other school's teacher sends none of
 * them; a refusing LMS is reported per student.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LtiGradeSetting } from '../../server/src/integrations/lti/services/lti-grade-setting.entity.js';
import type { LtiPlatform } from '../../server/src/integrations/lti/lti-platform.entity.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { bindLmsUser, linkAssignment, linkCourse, registerPlatform } from '../support/lti-links.js';
import { ROLES, SCOPES, SCORE_TYPE, startPlatform, type SimulatedPlatform } from '../support/lms-services-platform.js';
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

const SEND = `mutation($e: ID!, $i: SendGradesToLmsInput!) { sendGradesToLms(exchangeId: $e, input: $i) {
  id sendScore sendCompletion courseTitles
  sent { studentId name score scoreMaximum reviewsWritten reviewsAssigned reason }
  skipped { studentId name reason } failed { studentId name reason } } }`;
const STATUS = `query($e: ID!) { lmsExchangeLink(exchangeId: $e) {
  exchangeId sendScore sendCompletion courses { title hasGrades } lastSend { id sent { name } } } }`;

interface Entry {
  studentId: string;
  name: string;
  score: number | null;
  scoreMaximum: number | null;
  reviewsWritten: number | null;
  reviewsAssigned: number | null;
  reason: string | null;
}
interface Send {
  id: string;
  sendScore: boolean;
  sendCompletion: boolean;
  courseTitles: string[];
  sent: Entry[];
  skipped: Entry[];
  failed: Entry[];
}
interface Result {
  student: { id: string; displayName: string };
  averageScore: number | null;
  reviewsAssigned: number;
  reviewsSubmitted: number;
}

describe('a teacher sends exchange grades to the LMS through AGS', () => {
  let server: TestServer;
  let platform: SimulatedPlatform;
  let row: LtiPlatform;
  let w: TwoSchools;
  let exchangeId: string;
  let results: Result[];
  let maxScore: number;

  beforeAll(async () => {
    server = await startServer();
    platform = await startPlatform({ toolJwksUrl: `${server.url}/.well-known/jwks.json` });
    w = await twoSchools(server, 3);
    exchangeId = await openExchange(server, w);
    // Everyone writes; then every reviewer of school B and two of school A review what they were given.
    for (const s of [...w.studentsA, ...w.studentsB]) {
      await ok(server.gql(OPS.submitEssay, { e: exchangeId, body: `An essay with a claim ${s.user.id}.` }, s));
    }
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    for (const [i, s] of [...w.studentsB, ...w.studentsA.slice(0, 2)].entries()) {
      const mine = await assignmentsOf(server, exchangeId, s);
      for (const [j, a] of mine.entries()) {
        if (s === w.studentsA[1] && j > 0) break; // a2 writes one of their two reviews
        await ok(server.gql(OPS.start, { id: a.id }, s));
        await ok(server.gql(OPS.submit, { input: reviewOf(a, 1 + ((i + j) % 3), 2) }, s));
      }
    }
    const res = await ok(
      server.gql<{ exchangeResults: { maxScore: number; students: Result[] } }>(OPS.results, { e: exchangeId }, w.a),
    );
    results = res.exchangeResults.students;
    maxScore = res.exchangeResults.maxScore;

    platform.courses.set('eng-9', {
      title: 'English 9',
      members: w.studentsA.slice(0, 2).map((s, i) => ({ user_id: `sub-a${i + 1}`, roles: [ROLES.learner] })),
    });
    row = await registerPlatform(server.db, w.net, platform);
    const course = await linkCourse(server.db, row, platform, 'eng-9', { classId: w.classA.id });
    await linkAssignment(server.db, course, { resourceLinkId: 'rl-essay', exchangeId });
    // a1 and a2 launched from the LMS before (bound to their LMS ids); a3 joined with the class code.
    await bindLmsUser(server.db, row, 'sub-a1', w.studentsA[0].user.id);
    await bindLmsUser(server.db, row, 'sub-a2', w.studentsA[1].user.id);
  }, 90_000);
  afterAll(async () => {
    await server?.close();
    await platform?.close();
  });

  const send = async (input: { sendScore: boolean; sendCompletion: boolean }, who = w.a) => {
    const res = await server.gql<{ sendGradesToLms: Send }>(SEND, { e: exchangeId, i: input }, who);
    expect(res.errors).toBeUndefined();
    return res.data!.sendGradesToLms;
  };
  const resultOf = (i: number) => results.find((r) => r.student.id === w.studentsA[i].user.id)!;

  it("posts each bound student's essay score and review completion to columns it makes once", async () => {
    const sent = await send({ sendScore: true, sendCompletion: true });
    expect(sent.courseTitles).toEqual(['English 9']);
    expect(sent.sent.map((e) => e.studentId).sort()).toEqual([w.studentsA[0].user.id, w.studentsA[1].user.id].sort());
    expect(sent.skipped).toEqual([
      {
        studentId: w.studentsA[2].user.id,
        name: w.studentsA[2].name,
        reason: 'Joined with the class code, not from the LMS: sync the roster from the LMS first.',
      },
    ]);
    expect(sent.failed).toEqual([]);

    // Two columns, bound to the resource link and tagged so they are found again.
    expect(platform.lineItems).toEqual([
      expect.objectContaining({
        label: 'Should rural schools share teachers?: essay score',
        scoreMaximum: maxScore,
        resourceLinkId: 'rl-essay',
        resourceId: exchangeId,
        tag: 'switchback-essay-score',
      }),
      expect.objectContaining({
        label: 'Should rural schools share teachers?: reviews written',
        scoreMaximum: 2,
        resourceLinkId: 'rl-essay',
        tag: 'switchback-review-completion',
      }),
    ]);
    const [scoreColumn, completionColumn] = platform.lineItems;

    // The platform received score bodies of the right type, with tokens it issued for the score scope.
    expect(platform.scores).toHaveLength(4);
    for (const s of platform.scores) {
      expect(s.contentType).toBe(SCORE_TYPE);
      expect(s.scopes).toContain(SCOPES.score);
      expect(new Date(String(s.body.timestamp)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
    for (const [i, sub] of ['sub-a1', 'sub-a2'].entries()) {
      const r = resultOf(i);
      const score = platform.scores.find((s) => s.lineItemId === scoreColumn.id && s.body.userId === sub)!;
      expect(score.body).toEqual({
        userId: sub,
        scoreGiven: Math.round(r.averageScore! * 100) / 100,
        scoreMaximum: maxScore,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        timestamp: expect.any(String),
      });
      const completion = platform.scores.find((s) => s.lineItemId === completionColumn.id && s.body.userId === sub)!;
      expect(completion.body).toMatchObject({
        userId: sub,
        scoreGiven: r.reviewsSubmitted,
        scoreMaximum: r.reviewsAssigned,
        activityProgress: r.reviewsSubmitted >= r.reviewsAssigned ? 'Completed' : 'InProgress',
        gradingProgress: 'FullyGraded',
      });
    }
    // a2 wrote one review of two: completion says so.
    expect(resultOf(1)).toMatchObject({ reviewsAssigned: 2, reviewsSubmitted: 1 });
    const a2 = sent.sent.find((e) => e.studentId === w.studentsA[1].user.id)!;
    expect(a2).toMatchObject({ name: w.studentsA[1].name, reviewsWritten: 1, reviewsAssigned: 2 });

    // Every token was asked with a fresh assertion signed by the tool key.
    expect(platform.tokenRequests.every((t) => t.granted && t.claims!.aud === platform.tokenUrl)).toBe(true);
    const jtis = platform.tokenRequests.map((t) => t.claims!.jti);
    expect(new Set(jtis).size).toBe(jtis.length);
  });

  it('sends again to the same columns, remembering what the teacher chose', async () => {
    const again = await send({ sendScore: true, sendCompletion: false });
    expect(again.sent).toHaveLength(2);
    expect(again.sent.every((e) => e.reviewsWritten === null && e.score !== null)).toBe(true);
    expect(platform.lineItems).toHaveLength(2);
    expect(platform.scores).toHaveLength(6);
    expect(await server.db.getRepository(LtiGradeSetting).findOneByOrFail({ exchangeId })).toMatchObject({
      sendScore: true,
      sendCompletion: false,
    });
    const status = await ok(
      server.gql<{
        lmsExchangeLink: { sendScore: boolean; sendCompletion: boolean; lastSend: { id: string } };
      }>(STATUS, { e: exchangeId }, w.a),
    );
    expect(status.lmsExchangeLink).toMatchObject({ sendScore: true, sendCompletion: false });
    expect(status.lmsExchangeLink.lastSend.id).toBe(again.id);
  });

  it("never sends the other school's students, and names none of them to its teacher", async () => {
    const theirs = await send({ sendScore: true, sendCompletion: true }, w.b);
    expect(theirs.sent).toEqual([]);
    expect(theirs.skipped.map((e) => e.studentId).sort()).toEqual(w.studentsB.map((s) => s.user.id).sort());
    expect(new Set(theirs.skipped.map((e) => e.reason))).toEqual(
      new Set(['Not in the class of the LMS course this exchange is in.']),
    );
    expect(JSON.stringify(theirs)).not.toMatch(/Alder/);
    expect(platform.scores).toHaveLength(6);
    // Student and outsiders: the exchange's teachers only.
    expect(
      errorCode(
        await server.gql(SEND, { e: exchangeId, i: { sendScore: true, sendCompletion: false } }, w.studentsA[0]),
      ),
    ).toBe('FORBIDDEN');
  });

  it('reports a student the LMS refuses, and refuses to send nothing', async () => {
    platform.courses.get('eng-9')!.members[1].status = 'Deleted';
    const partly = await send({ sendScore: true, sendCompletion: false });
    expect(partly.sent.map((e) => e.studentId)).toEqual([w.studentsA[0].user.id]);
    expect(partly.failed).toEqual([
      {
        studentId: w.studentsA[1].user.id,
        name: w.studentsA[1].name,
        reason: 'The LMS did not take the grade (is the student still in the course?).',
      },
    ]);
    const nothing = await server.gql(SEND, { e: exchangeId, i: { sendScore: false, sendCompletion: false } }, w.a);
    expect(errorCode(nothing)).toBe('BAD_USER_INPUT');
    expect(nothing.errors![0].message).toBe('Choose what to send: the essay score, review completion, or both.');
  });
});
