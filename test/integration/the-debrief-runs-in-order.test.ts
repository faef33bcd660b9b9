import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startServer, type TestServer } from '../support/harness.js';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import {
  ADD_ENTRY,
  ADVANCE_DEBRIEF,
  DEBRIEF,
  DECIDE,
  PROPOSE,
  cycleInDebrief,
  outsiders,
} from '../support/debrief-api.js';
import { ok, refused } from '../support/units-api.js';

interface DebriefView {
  currentStep: string;
  steps: {
    step: string;
    current: boolean;
    viewerCanWrite: boolean;
    entries: { body: string; lookForId: string | null }[];
  }[];
  revisions: { id: string; status: string }[];
}

/**
 * The debrief protocol: the teaching teacher reflects first, observers share evidence by look-for
 * point, critical friends, (no knowledgeable other here: skipped), agreed revisions. Each step is
 * written only by its role, only while it is open; only the facilitator moves it on.
 */
describe('the debrief runs in order', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('refuses out-of-order and wrong-role writing with a sentence a teacher understands', async () => {
    const c = await cycleInDebrief(server);
    const [lookFor] = c.lookFors;
    const write = (token: string, step: string, body: string, lookForId?: string) =>
      server.gql(ADD_ENTRY, { input: { lessonStudyId: c.id, step, body, lookForId } }, { token });
    const advance = (token: string) => server.gql(ADVANCE_DEBRIEF, { id: c.id }, { token });
    const view = async (token: string) =>
      ok(await server.gql<{ debrief: DebriefView }>(DEBRIEF, { id: c.id }, { token })).debrief;

    // Observers wait for the teaching teacher.
    const early = refused(
      await write(c.observer.token, 'EVIDENCE', 'Group 3 tested two keys', lookFor.id),
      'FORBIDDEN',
    );
    expect(early.message).toBe('The teaching teacher reflects first.');
    expect(
      refused(await write(c.observer.token, 'TEACHER_REFLECTION', 'I think it went well'), 'FORBIDDEN').message,
    ).toBe('Only the teaching teacher writes the reflection.');
    // Nor can the facilitator skip the reflection, and only the facilitator moves the debrief on.
    expect(refused(await advance(c.facilitator.token), 'BAD_USER_INPUT').message).toBe(
      'The teaching teacher reflects first.',
    );
    ok(await write(c.teacher.token, 'TEACHER_REFLECTION', 'The launch took longer than planned.'));
    expect(refused(await advance(c.teacher.token), 'FORBIDDEN').message).toMatch(/Only the facilitator/);
    expect((await view(c.teacher.token)).steps.map((s) => s.step)).toEqual([
      'TEACHER_REFLECTION',
      'EVIDENCE',
      'CRITICAL_FRIENDS',
      'REVISIONS',
    ]);
    ok(await advance(c.facilitator.token));

    // Evidence: observers only, each tagged with one of the plan's look-for points.
    expect(refused(await write(c.teacher.token, 'TEACHER_REFLECTION', 'One more thing'), 'FORBIDDEN').message).toMatch(
      /^That step is over/,
    );
    const untagged = refused(await write(c.observer.token, 'EVIDENCE', 'Group 3 tested two keys'), 'BAD_USER_INPUT');
    expect(untagged.extensions!.fieldErrors).toHaveProperty('lookForId');
    refused(await write(c.friend.token, 'EVIDENCE', 'Group 1 argued', lookFor.id), 'FORBIDDEN');
    expect(refused(await write(c.friend.token, 'CRITICAL_FRIENDS', 'Too long a launch'), 'FORBIDDEN').message).toBe(
      'The observers share their evidence first.',
    );
    ok(await write(c.observer.token, 'EVIDENCE', 'Group 3 tested two keys before asking', lookFor.id));
    expect((await view(c.observer.token)).steps[1]).toMatchObject({
      current: true,
      viewerCanWrite: true,
      entries: [{ body: 'Group 3 tested two keys before asking', lookForId: lookFor.id }],
    });
    expect((await advance(c.facilitator.token)).data).toEqual({ advanceDebrief: { currentStep: 'CRITICAL_FRIENDS' } });

    // Critical friends, then (no knowledgeable other) straight to revisions.
    refused(await write(c.observer.token, 'CRITICAL_FRIENDS', 'Nice'), 'FORBIDDEN');
    refused(
      await server.gql(
        PROPOSE,
        { input: { lessonStudyId: c.id, sectionId: 'flow', text: 'Shorter launch', replacesSection: false } },
        { token: c.friend.token },
      ),
      'FORBIDDEN',
    );
    ok(await write(c.friend.token, 'CRITICAL_FRIENDS', 'The launch left ten minutes for the task.'));
    expect((await advance(c.facilitator.token)).data).toEqual({ advanceDebrief: { currentStep: 'REVISIONS' } });
    expect(refused(await advance(c.facilitator.token), 'BAD_USER_INPUT').message).toMatch(/last step/);

    // Anyone in the cycle proposes; only the facilitator agrees.
    const proposed = ok(
      await server.gql<{ proposePlanRevision: { id: string; status: string } }>(
        PROPOSE,
        { input: { lessonStudyId: c.id, sectionId: 'flow', text: 'Launch in five minutes.', replacesSection: false } },
        { token: c.friend.token },
      ),
    ).proposePlanRevision;
    expect(proposed.status).toBe('PROPOSED');
    refused(await server.gql(DECIDE, { id: proposed.id, agree: true }, { token: c.teacher.token }), 'FORBIDDEN');
    ok(await server.gql(DECIDE, { id: proposed.id, agree: true }, { token: c.facilitator.token }));
    expect((await view(c.teacher.token)).revisions).toMatchObject([
      { id: proposed.id, status: 'AGREED', sectionId: 'flow' },
    ]);
  });

  it('hides the debrief from outsiders, students and other networks, and keeps it for the participants', async () => {
    const c = await cycleInDebrief(server);
    const { student, otherCoordinator, stranger } = await outsiders(server, c.net);
    for (const token of [student, otherCoordinator, stranger]) {
      refused(await server.gql(DEBRIEF, { id: c.id }, { token }), 'NOT_FOUND');
      refused(
        await server.gql(
          ADD_ENTRY,
          { input: { lessonStudyId: c.id, step: 'TEACHER_REFLECTION', body: 'x' } },
          { token },
        ),
        'NOT_FOUND',
      );
      refused(await server.gql(ADVANCE_DEBRIEF, { id: c.id }, { token }), 'NOT_FOUND');
    }
    // A member of the group who takes no part sees the cycle, not its debrief.
    expect(refused(await server.gql(DEBRIEF, { id: c.id }, { token: c.bystander.token }), 'FORBIDDEN').message).toBe(
      'Only the people in this lesson study take part in its debrief.',
    );
    // An id nobody has answers the same as a hidden one.
    refused(
      await server.gql(DEBRIEF, { id: '00000000-0000-4000-8000-000000000000' }, { token: stranger }),
      'NOT_FOUND',
    );
    expect(
      ok(await server.gql<{ debrief: DebriefView }>(DEBRIEF, { id: c.id }, { token: c.friend.token })).debrief
        .currentStep,
    ).toBe('TEACHER_REFLECTION');
  });

  it('gives the knowledgeable other invited from another network the final comment, after the critical friends', async () => {
    const c = await cycleInDebrief(server);
    const coordinator = await createPerson(server.db, c.net, 'COORDINATOR');
    const elsewhere = await createNetwork(server.db, 1);
    const expert = await createPerson(server.db, elsewhere, 'TEACHER');
    const expertColleague = await signIn(server, (await createPerson(server.db, elsewhere, 'COORDINATOR')).login);
    ok(
      await server.gql(
        `mutation($i: InviteKnowledgeableOtherInput!) { inviteKnowledgeableOther(input: $i) { id } }`,
        { i: { lessonStudyId: c.id, email: expert.login } },
        { token: await signIn(server, coordinator.login) },
      ),
    );
    const ko = await signIn(server, expert.login);
    const write = (token: string, step: string, body: string, lookForId?: string) =>
      server.gql(ADD_ENTRY, { input: { lessonStudyId: c.id, step, body, lookForId } }, { token });
    const advance = (token: string) =>
      server.gql<{ advanceDebrief: { currentStep: string } }>(ADVANCE_DEBRIEF, { id: c.id }, { token });

    ok(await write(c.teacher.token, 'TEACHER_REFLECTION', 'It went too fast.'));
    ok(await advance(c.facilitator.token));
    ok(await write(c.observer.token, 'EVIDENCE', 'Group 2 never opened the box.', c.lookFors[1].id));
    ok(await advance(c.facilitator.token));
    // The knowledgeable other waits for the critical friends, then has the last word.
    expect(refused(await write(ko, 'KNOWLEDGEABLE_OTHER', 'Research says…'), 'FORBIDDEN').message).toBe(
      'The critical friends speak first.',
    );
    ok(await write(c.friend.token, 'CRITICAL_FRIENDS', 'The task needs a second box.'));
    expect(ok(await advance(c.facilitator.token)).advanceDebrief.currentStep).toBe('KNOWLEDGEABLE_OTHER');
    expect(refused(await write(c.friend.token, 'KNOWLEDGEABLE_OTHER', 'Me too'), 'FORBIDDEN').message).toBe(
      'Only the knowledgeable other writes the final comment.',
    );
    ok(await write(ko, 'KNOWLEDGEABLE_OTHER', 'Wait time matters more than the box.'));
    refused(await advance(ko), 'FORBIDDEN');
    // Invited to this cycle only: a colleague of theirs sees nothing of it.
    refused(await server.gql(DEBRIEF, { id: c.id }, { token: expertColleague }), 'NOT_FOUND');
    const seen = ok(await server.gql<{ debrief: DebriefView }>(DEBRIEF, { id: c.id }, { token: ko })).debrief;
    expect(seen.steps.find((s) => s.step === 'KNOWLEDGEABLE_OTHER')!.entries.map((e) => e.body)).toEqual([
      'Wait time matters more than the box.',
    ]);
    expect(ok(await advance(c.facilitator.token)).advanceDebrief.currentStep).toBe('REVISIONS');
  });
});
