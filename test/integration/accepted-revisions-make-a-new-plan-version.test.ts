import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startServer, type TestServer } from '../support/harness.js';
import {
  ACCEPT,
  ADVANCE_CYCLE,
  DEBRIEF,
  PLAN_COMPARISON,
  PLAN_VERSION,
  agreedRevision,
  cycleInDebrief,
  debriefToRevisions,
  outsiders,
} from '../support/debrief-api.js';
import { createPerson, signIn } from '../support/factories.js';
import { ok, refused } from '../support/units-api.js';

const HEALTH = `query($networkId: ID!, $from: String!, $to: String!) { networkHealth(networkId: $networkId, from: $from, to: $to) {
  revisionsMade } }`;

type Sections = { id: string; text: string }[];

/**
 * Agreed revisions become suggestions on the plan; accepting them in Revise writes them into the
 * plan document and saves version 2. Version 1 stays as it was, readable and comparable.
 */
describe('accepted revisions make a new plan version', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('writes the agreed revisions into version 2 and leaves version 1 unchanged', async () => {
    const c = await cycleInDebrief(server);
    await debriefToRevisions(server, c);
    const version = async (n: number) =>
      ok(await server.gql<{ lessonPlanVersion: Sections }>(PLAN_VERSION, { id: c.id, n }, { token: c.observer.token }))
        .lessonPlanVersion;
    const before = await version(1);

    await agreedRevision(server, c, c.friend, { sectionId: 'flow', text: 'Launch in five minutes, then the box.' });
    await agreedRevision(server, c, c.observer, {
      sectionId: 'evaluation',
      text: 'Every group explains how it tested a guess.',
      replacesSection: true,
    });
    await agreedRevision(server, c, c.teacher, { sectionId: 'goals', text: 'Drop the second task.' }, false);
    const accept = (token: string) => server.gql<{ acceptPlanRevisions: number }>(ACCEPT, { id: c.id }, { token });

    // Accepted in Revise, by the facilitator or the teaching teacher only.
    expect(refused(await accept(c.teacher.token), 'FORBIDDEN').message).toBe(
      'Agreed revisions are accepted into the plan in the Revise phase.',
    );
    ok(await server.gql(ADVANCE_CYCLE, { id: c.id, to: 'REVISE' }, { token: c.facilitator.token }));
    expect(refused(await accept(c.observer.token), 'FORBIDDEN').message).toBe(
      'Only the facilitator or the teaching teacher accepts revisions into the plan.',
    );
    for (const token of Object.values(await outsiders(server, c.net))) refused(await accept(token), 'NOT_FOUND');

    expect(ok(await accept(c.teacher.token)).acceptPlanRevisions).toBe(2);

    // Version 1 is exactly as it was; version 2 holds the agreed changes, not the declined one.
    expect(await version(1)).toEqual(before);
    const v2 = await version(2);
    const text = (list: Sections, id: string) => list.find((s) => s.id === id)!.text;
    expect(text(v2, 'flow')).toContain('Launch in five minutes, then the box.');
    expect(text(v2, 'flow').startsWith(text(before, 'flow'))).toBe(true);
    expect(text(v2, 'evaluation')).toBe('Every group explains how it tested a guess.');
    expect(text(v2, 'goals')).toBe(text(before, 'goals'));
    expect(text(v2, 'goals')).not.toContain('Drop the second task');

    // Compared section by section, word by word.
    const diff = ok(
      await server.gql<{
        lessonPlanComparison: { id: string; changed: boolean; changes: { kind: string; text: string }[] }[];
      }>(PLAN_COMPARISON, { id: c.id, from: 1, to: 2 }, { token: c.friend.token }),
    ).lessonPlanComparison;
    expect(diff.find((s) => s.id === 'goals')!.changed).toBe(false);
    const flow = diff.find((s) => s.id === 'flow')!;
    expect(flow.changed).toBe(true);
    expect(
      flow.changes
        .filter((x) => x.kind === 'ADDED')
        .map((x) => x.text)
        .join(''),
    ).toContain('Launch in five minutes');

    // The revisions record which version they went into; nothing is left to accept twice.
    const revisions = ok(
      await server.gql<{ debrief: { revisions: { status: string; versionNumber: number | null }[] } }>(
        DEBRIEF,
        { id: c.id },
        { token: c.facilitator.token },
      ),
    ).debrief.revisions;
    expect(revisions.map((r) => [r.status, r.versionNumber])).toEqual([
      ['ACCEPTED', 2],
      ['ACCEPTED', 2],
      ['DECLINED', null],
    ]);
    expect(refused(await accept(c.facilitator.token), 'BAD_USER_INPUT').message).toMatch(/no agreed revisions/);

    // Network health counts the revisions made (accepted) in the period.
    const coordinator = await signIn(server, (await createPerson(server.db, c.net, 'COORDINATOR')).login);
    const day = 24 * 3600 * 1000;
    const health = (from: number, to: number) =>
      server.gql<{ networkHealth: { revisionsMade: number } }>(
        HEALTH,
        { networkId: c.net.network.id, from: new Date(from).toISOString(), to: new Date(to).toISOString() },
        { token: coordinator },
      );
    expect(ok(await health(Date.now() - day, Date.now() + day)).networkHealth.revisionsMade).toBe(2);
    expect(ok(await health(Date.now() - 3 * day, Date.now() - 2 * day)).networkHealth.revisionsMade).toBe(0);
  });
});
