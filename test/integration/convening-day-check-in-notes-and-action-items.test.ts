import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SESSION_NOTES_FIELD } from '@switchback/shared';
import { Goal } from '../../server/src/groups/goal.entity.js';
import { Post } from '../../server/src/groups/post.entity.js';
import { CollabClient } from '../support/collab-client.js';
import { createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import {
  conveningWorld,
  ok,
  publishedConvening,
  Q,
  type ConveningWorld,
  type SessionResult,
} from '../support/convenings-api.js';

type Attendee = { checkInAttendee: { user: { id: string }; status: string; checkedInAt: string | null } };

describe('on the day: check-in, live session notes and action items that become goals or posts', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  /** Ada facilitates the math session; Ben has a seat; Cy (other school) is registered without one. */
  async function day(): Promise<{ w: ConveningWorld; conveningId: string; session: SessionResult }> {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const [, ben, cy] = w.teachers;
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ben.token }));
    ok(await server.gql(Q.choose, { c: convening.id, ids: [session.id] }, { token: ben.token }));
    ok(await server.gql(Q.register, { c: convening.id, s: 'MAYBE' }, { token: cy.token }));
    return { w, conveningId: convening.id, session };
  }

  it("only the session's facilitator or a coordinator checks people in; walk-ins need a coordinator", async () => {
    const { w, session } = await day();
    const [ada, ben, cy] = w.teachers;
    const checkIn = (token: string, userId: string, present?: boolean) =>
      server.gql<Attendee>(Q.checkIn, { s: session.id, u: userId, p: present }, { token });

    const byMember = await checkIn(ben.token, ben.user.id);
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    expect(byMember.errors?.[0].message).toBe(
      "Only the session's facilitator or a network coordinator can check people in.",
    );
    expect(errorCode(await checkIn(w.outsider.token, ben.user.id))).toBe('NOT_FOUND');
    expect(errorCode(await checkIn(w.student.token, ben.user.id))).toBe('NOT_FOUND');

    const checked = ok(await checkIn(ada.token, ben.user.id)).checkInAttendee;
    expect(checked).toMatchObject({ user: { id: ben.user.id }, status: 'CONFIRMED', checkedInAt: expect.any(String) });

    // The facilitator cannot add a walk-in; a coordinator can (a registered member gets a confirmed seat).
    const walkIn = await checkIn(ada.token, cy.user.id);
    expect(errorCode(walkIn)).toBe('BAD_USER_INPUT');
    expect(walkIn.errors?.[0].message).toContain('a coordinator can add them');
    expect(ok(await checkIn(w.coordinator.token, cy.user.id)).checkInAttendee.status).toBe('CONFIRMED');
    const stranger = await createPerson(server.db, w.net, 'TEACHER');
    expect(errorCode(await checkIn(w.coordinator.token, stranger.user.id))).toBe('BAD_USER_INPUT');
    expect(errorCode(await checkIn(w.coordinator.token, w.student.user.id))).toBe('NOT_FOUND');

    // Undoing a check-in keeps the seat.
    expect(ok(await checkIn(ada.token, ben.user.id, false)).checkInAttendee.checkedInAt).toBeNull();

    const list = async (token: string) =>
      ok(await server.gql<{ conveningSession: SessionResult }>(Q.session, { id: session.id }, { token }))
        .conveningSession.attendees;
    const attendees = await list(ada.token);
    expect(attendees?.map((a) => [a.user.displayName, a.status, !!a.checkedInAt, a.schoolName])).toEqual([
      ['Ben Teacher', 'CONFIRMED', false, w.net.schools[0].name],
      ['Cy Teacher', 'CONFIRMED', true, w.net.schools[1].name],
    ]);
    expect(await list(ben.token)).toBeNull();
  });

  it('session notes: EDIT for facilitator, coordinators and attendees, VIEW for other adults, nothing for students and outsiders', async () => {
    const { w, session } = await day();
    const [ada, ben, cy] = w.teachers;
    const join = async (token: string) => {
      const c = new CollabClient({ url: server.url, token, documentId: session.notesDocumentId });
      clients.push(c);
      const outcome = await c.start();
      return { c, outcome };
    };
    const notesAccess = async (token: string) =>
      ok(await server.gql<{ conveningSession: SessionResult }>(Q.session, { id: session.id }, { token }))
        .conveningSession.notesAccess;

    const facilitator = await join(ada.token);
    expect(facilitator.c.access).toBe('EDIT');
    const attendee = await join(ben.token);
    expect(attendee.c.access).toBe('EDIT');
    const other = await join(cy.token);
    expect(other.c.access).toBe('VIEW');
    expect(await notesAccess(cy.token)).toBe('VIEW');
    expect((await join(w.coordinator.token)).c.access).toBe('EDIT');
    for (const token of [w.student.token, w.outsider.token]) {
      const { outcome } = await join(token);
      expect(outcome).toMatchObject({ joined: { ok: false } });
    }

    // Both write; each sees the other's line; the viewer receives them.
    await facilitator.c.waitFor(() => facilitator.c.synced, 5_000, 'sync');
    await attendee.c.waitFor(() => attendee.c.synced, 5_000, 'sync');
    const a = facilitator.c.insert(SESSION_NOTES_FIELD, { at: 'end' });
    const b = attendee.c.insert(SESSION_NOTES_FIELD, { at: 'end' });
    for (const c of [facilitator.c, attendee.c, other.c]) {
      await c.waitFor(
        () => c.markers(SESSION_NOTES_FIELD).has(a) && c.markers(SESSION_NOTES_FIELD).has(b),
        5_000,
        'both lines',
      );
    }

    // Once checked in (even from a waitlist) a member edits.
    ok(await server.gql(Q.checkIn, { s: session.id, u: cy.user.id }, { token: w.coordinator.token }));
    expect(await notesAccess(cy.token)).toBe('EDIT');
  });

  it('an action item becomes a real goal or post of the group, made by the caller, recorded once', async () => {
    const { w, session } = await day();
    const [ada, ben, cy] = w.teachers;
    const promote = (token: string, text: string, target: string) =>
      server.gql<{ promoteActionItem: { goalId: string | null; postId: string | null; text: string } }>(
        Q.promote,
        { s: session.id, t: text, target },
        { token },
      );

    const goal = ok(
      await promote(ben.token, '- [ ] Every 9th grader writes one counter-claim by March', 'GOAL'),
    ).promoteActionItem;
    expect(goal.text).toBe('Every 9th grader writes one counter-claim by March');
    const saved = await server.db.getRepository(Goal).findOneByOrFail({ id: goal.goalId! });
    expect(saved).toMatchObject({ groupId: w.group.id, createdById: ben.user.id, statement: goal.text });

    const post = ok(await promote(ada.token, 'Share our fractions warm-ups', 'POST')).promoteActionItem;
    const savedPost = await server.db.getRepository(Post).findOneByOrFail({ id: post.postId! });
    expect(savedPost).toMatchObject({ groupId: w.group.id, authorId: ada.user.id });
    expect(savedPost.body).toContain('Share our fractions warm-ups');

    const again = await promote(ben.token, 'Every 9th grader writes one counter-claim by March', 'GOAL');
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorCode(await promote(cy.token, 'Something', 'GOAL'))).toBe('FORBIDDEN');
    expect(errorCode(await promote(w.outsider.token, 'Something', 'GOAL'))).toBe('NOT_FOUND');
    expect(errorCode(await promote(w.student.token, 'Something', 'GOAL'))).toBe('NOT_FOUND');
    expect((await promote(ben.token, '   ', 'GOAL')).errors?.[0].extensions?.fieldErrors).toHaveProperty('text');
    // The group's own rules apply: a coordinator who is not a member of the group cannot post in it.
    const outsiderOfGroup = await promote(w.coordinator.token, 'Coordinator idea', 'POST');
    expect(errorCode(outsiderOfGroup)).toBe('FORBIDDEN');
    expect(outsiderOfGroup.errors?.[0].message).toBe('Join the group to take part.');

    // Two people promoting the same line at once make one goal.
    const line = 'Visit each other’s classrooms before spring';
    const both = await Promise.all([promote(ben.token, line, 'GOAL'), promote(ada.token, line, 'GOAL')]);
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(both.map((r) => errorCode(r)).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await server.db.getRepository(Goal).countBy({ groupId: w.group.id, statement: line })).toBe(1);

    const { conveningSession } = ok(
      await server.gql<{ conveningSession: SessionResult }>(Q.session, { id: session.id }, { token: cy.token }),
    );
    expect(conveningSession.actionItemsDone.map((i) => [i.target, i.text])).toEqual([
      ['GOAL', 'Every 9th grader writes one counter-claim by March'],
      ['POST', 'Share our fractions warm-ups'],
      ['GOAL', line],
    ]);
  });

  it('sessions without a group cannot promote action items', async () => {
    const w = await conveningWorld(server);
    const { session } = await publishedConvening(server, w, { kind: 'PLENARY', groupId: null, title: 'Plenary' });
    const token = await signIn(server, w.coordinator.login);
    const res = await server.gql(Q.promote, { s: session.id, t: 'Do it', target: 'GOAL' }, { token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('This session has no group');
  });
});
