import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CollabCloseCode } from '@switchback/shared';
import { CollabClient } from '../support/collab-client.js';
import { stored } from '../support/collab-fixtures.js';
import { addToGroup, createGroup, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const FIELDS = `id phase round nextPhases closedAt planVersions { number note } lookForPoints { id text }`;
const CREATE = `mutation($i: CreateLessonStudyInput!) { createLessonStudy(input: $i) { ${FIELDS} planDocumentId } }`;
const ADVANCE = `mutation($id: ID!, $to: LessonStudyPhase) { advanceLessonStudy(id: $id, to: $to) { ${FIELDS} } }`;
const GET = `query($id: ID!) { lessonStudy(id: $id) { ${FIELDS} } }`;
const SHARE_RECORD = `mutation($input: ShareLessonStudyInput!) { shareLessonStudy(input: $input) { latestVersion } }`;
const NAME = `mutation($i: NameLessonStudyRoleInput!) { nameLessonStudyRole(input: $i) { id } }`;
const LOOK_FORS = `mutation($i: SetLookForsInput!) { setLessonStudyLookFors(input: $i) { ${FIELDS} } }`;
const VERSION = `query($id: ID!, $n: Int!) { lessonPlanVersion(lessonStudyId: $id, number: $n) { id text } }`;
const COMPARE = `query($id: ID!) { lessonPlanComparison(lessonStudyId: $id, from: 1) { id changed } }`;

interface Cycle {
  id: string;
  phase: string;
  round: number;
  nextPhases: string[];
  closedAt: string | null;
  planVersions: { number: number; note: string }[];
  lookForPoints: { id: string; text: string }[];
}

/**
 * Through the API: the facilitator moves a cycle through its phases in order, with clear refusals;
 * the plan written live during Plan is frozen as version 1 when the lesson is taught, and open
 * copies of the plan turn read-only at that moment; the cycle closes after sharing.
 */
describe('a lesson study runs its phases in order', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  const signed = async (p: TestPerson) => ({ ...p, token: await signIn(server, p.login) });

  it('plan-teach-debrief-revise-reteach-debrief-revise-share-close-freezing-version-1', async () => {
    const net = await createNetwork(server.db);
    const group = await createGroup(server.db, net);
    const facilitator = await signed(await createPerson(server.db, net, 'TEACHER', { school: net.schools[0] }));
    const observer = await signed(await createPerson(server.db, net, 'TEACHER', { school: net.schools[1] }));
    await addToGroup(server.db, group, facilitator);
    const call = async <T>(token: string, query: string, variables: Record<string, unknown>) =>
      server.gql<T>(query, variables, { token });
    const ok = async <T>(token: string, query: string, variables: Record<string, unknown>) => {
      const res = await call<T>(token, query, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };

    const bad = await call(facilitator.token, CREATE, { i: { groupId: group.id, title: '  ', theme: 'x' } });
    expect([errorCode(bad), bad.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'Give the lesson study a title.']);
    const { createLessonStudy: cycle } = await ok<{ createLessonStudy: Cycle & { planDocumentId: string } }>(
      facilitator.token,
      CREATE,
      { i: { groupId: group.id, title: 'The locked box', theme: 'Students explain their reasoning' } },
    );
    expect([cycle.phase, cycle.round, cycle.nextPhases, cycle.planVersions]).toEqual(['PLAN', 1, ['TEACH'], []]);

    const refused = async (to: string | null, code: string, message: string) => {
      const res = await call(facilitator.token, ADVANCE, { id: cycle.id, to });
      expect([errorCode(res), res.errors?.[0]?.message]).toEqual([code, message]);
    };
    await refused('SHARE', 'BAD_USER_INPUT', 'From Plan the lesson study can only move on to Teach & observe.');
    await refused(null, 'CONFLICT', 'Add at least one observer before teaching.');
    await ok(facilitator.token, NAME, { i: { lessonStudyId: cycle.id, userId: observer.user.id, role: 'OBSERVER' } });
    await refused(null, 'CONFLICT', 'Name the look-for points first: observers tag their notes with them.');
    const observerAdvances = await call(observer.token, ADVANCE, { id: cycle.id, to: null });
    expect([errorCode(observerAdvances), observerAdvances.errors?.[0]?.message]).toEqual([
      'FORBIDDEN',
      'Only the facilitator can do that.',
    ]);
    await ok(observer.token, LOOK_FORS, {
      i: { lessonStudyId: cycle.id, lookFors: [{ text: 'Who explains to whom' }] },
    });

    // The observer writes the plan live while planning.
    const writer = await CollabClient.open({
      url: server.url,
      token: observer.token,
      documentId: cycle.planDocumentId,
    });
    clients.push(writer);
    expect(writer.access).toBe('EDIT');
    const line = writer.insert('flow');
    await writer.waitFor(() => writer.pending.length === 0, 10_000, 'the plan line saved');

    const taught = (await ok<{ advanceLessonStudy: Cycle }>(facilitator.token, ADVANCE, { id: cycle.id, to: null }))
      .advanceLessonStudy;
    expect([taught.phase, taught.planVersions]).toEqual(['TEACH', [{ number: 1, note: 'The plan as first taught' }]]);
    // Open copies turn read-only at once, and the next write is refused.
    await writer.waitFor(() => writer.closed.length > 0, 10_000, 'the plan turning read-only');
    expect(writer.closed).toEqual([
      { documentId: cycle.planDocumentId, code: CollabCloseCode.ReadOnly, reason: expect.any(String) },
    ]);
    const late = writer.insert('flow');
    await writer.waitFor(() => writer.refusals.length > 0, 10_000, 'the refusal of a late write');
    expect((await stored(server.db, cycle.planDocumentId)).markers.has(late)).toBe(false);
    const v1 = await ok<{ lessonPlanVersion: { id: string; text: string }[] }>(observer.token, VERSION, {
      id: cycle.id,
      n: 1,
    });
    expect(v1.lessonPlanVersion.find((s) => s.id === 'flow')?.text).toContain(line);
    const compared = await ok<{ lessonPlanComparison: { id: string; changed: boolean }[] }>(observer.token, COMPARE, {
      id: cycle.id,
    });
    expect(compared.lessonPlanComparison.map((s) => s.changed)).toEqual([false, false, false, false]);
    const frozen = await call(observer.token, LOOK_FORS, { i: { lessonStudyId: cycle.id, lookFors: [] } });
    expect(frozen.errors?.[0]?.message).toBe('The look-for points are fixed once the lesson is taught.');

    const phases: [string | null, string, number][] = [
      [null, 'DEBRIEF', 1],
      [null, 'REVISE', 1],
      ['RETEACH', 'RETEACH', 2],
      [null, 'DEBRIEF', 2],
      [null, 'REVISE', 2],
    ];
    for (const [to, phase, round] of phases) {
      const { advanceLessonStudy: c } = await ok<{ advanceLessonStudy: Cycle }>(facilitator.token, ADVANCE, {
        id: cycle.id,
        to,
      });
      expect([c.phase, c.round]).toEqual([phase, round]);
    }
    await refused('RETEACH', 'BAD_USER_INPUT', 'From Revise the lesson study can only move on to Share.');
    const sharing = (await ok<{ advanceLessonStudy: Cycle }>(facilitator.token, ADVANCE, { id: cycle.id, to: 'SHARE' }))
      .advanceLessonStudy;
    // Share offers no next phase: the cycle closes only by sharing its record, never by a plain move.
    expect([sharing.phase, sharing.nextPhases, sharing.closedAt]).toEqual(['SHARE', [], null]);
    await refused(null, 'BAD_USER_INPUT', 'Share the record to close the lesson study.');
    await refused('CLOSED', 'BAD_USER_INPUT', 'Share the record to close the lesson study.');
    const shared = await ok<{ shareLessonStudy: { latestVersion: number } }>(facilitator.token, SHARE_RECORD, {
      input: { lessonStudyId: cycle.id, reflection: 'Students explained more when they held the box.' },
    });
    expect(shared.shareLessonStudy.latestVersion).toBe(1);
    const closed = (await ok<{ lessonStudy: Cycle }>(facilitator.token, GET, { id: cycle.id })).lessonStudy;
    expect([closed.phase, closed.nextPhases, typeof closed.closedAt]).toEqual(['CLOSED', [], 'string']);
    await refused(null, 'FORBIDDEN', 'This lesson study is closed.');
  });
});
