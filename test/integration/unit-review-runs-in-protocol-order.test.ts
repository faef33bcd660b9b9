import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Notification } from '../../server/src/notifications/notification.entity.js';
import { createGroup, createNetwork, createPerson } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import {
  ADD_COMMENT,
  ADVANCE_REVIEW,
  COMMENTS,
  CURRENT_REVIEW,
  PUBLISH,
  START_REVIEW,
  UNIT,
  createUnit,
  groupWithAuthors,
  ok,
  refused,
  teacher,
} from '../support/units-api.js';

/**
 * A critical-friend review round: the authors name friends from outside the group, feedback comes
 * in protocol order (clarifying, warm, cool), then the authors reflect and close it.
 */
describe('unit review runs in protocol order', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('review-runs-in-protocol-order-with-friends-from-another-group-and-school', async () => {
    const net = await createNetwork(server.db, 3);
    const { group, authors } = await groupWithAuthors(server, net, 1);
    const [ana] = authors;
    const otherGroup = await createGroup(server.db, net, { subject: 'Science' });
    const friend = await teacher(server, net, [otherGroup], net.schools[2]);
    const student = await createPerson(server.db, net, 'STUDENT');
    const stranger = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    const unit = await createUnit(server, ana.token, { groupId: group.id, title: 'Rates of snowmelt' });

    // Friends must be adults of the network from outside the group.
    for (const friendIds of [[student.user.id], [stranger.user.id], [ana.person.user.id], []]) {
      const res = refused(
        await server.gql(START_REVIEW, { input: { unitId: unit.id, friendIds } }, { token: ana.token }),
        'BAD_USER_INPUT',
      );
      expect(res.extensions!.fieldErrors).toHaveProperty('friendIds');
    }
    // The friend cannot see the draft before being named.
    refused(await server.gql(UNIT, { id: unit.id }, { token: friend.token }), 'NOT_FOUND');

    const review = ok(
      await server.gql<{ startUnitReview: { id: string; stage: string; friends: { id: string }[] } }>(
        START_REVIEW,
        { input: { unitId: unit.id, friendIds: [friend.person.user.id] } },
        { token: ana.token },
      ),
    ).startUnitReview;
    expect(review).toMatchObject({ stage: 'CLARIFYING', friends: [{ id: friend.person.user.id }] });
    const note = await server.db
      .getRepository(Notification)
      .findOneBy({ userId: friend.person.user.id, kind: 'UNIT_REVIEW' });
    expect(note?.text).toContain('Rates of snowmelt');
    expect(note?.unitId).toBe(unit.id);
    refused(await server.gql(PUBLISH, { unitId: unit.id }, { token: ana.token }), 'FORBIDDEN');
    refused(
      await server.gql(
        START_REVIEW,
        { input: { unitId: unit.id, friendIds: [friend.person.user.id] } },
        { token: ana.token },
      ),
      'FORBIDDEN',
    );

    const asFriend = ok(
      await server.gql<{ unit: { viewerAccess: string; viewerCanComment: boolean; currentReview: { stage: string } } }>(
        CURRENT_REVIEW,
        { id: unit.id },
        { token: friend.token },
      ),
    ).unit;
    expect(asFriend).toMatchObject({
      viewerAccess: 'VIEW',
      viewerCanComment: true,
      currentReview: { stage: 'CLARIFYING' },
    });

    const comment = (kind: string) =>
      server.gql<{ addUnitComment: { reviewId: string } }>(
        ADD_COMMENT,
        { input: { unitId: unit.id, sectionId: 'goals', kind, body: `${kind} from a friend` } },
        { token: friend.token },
      );
    const advance = async (reflection?: string) =>
      ok(
        await server.gql<{ advanceUnitReview: { stage: string; reflection: string; closedAt: string | null } }>(
          ADVANCE_REVIEW,
          { unitId: unit.id, reflection },
          { token: ana.token },
        ),
      ).advanceUnitReview;

    // Clarifying questions first: warm feedback waits.
    refused(await comment('WARM'), 'FORBIDDEN');
    refused(await comment('SUGGESTION'), 'FORBIDDEN');
    expect(ok(await comment('CLARIFYING')).addUnitComment.reviewId).toBe(review.id);
    // Only the authors move the protocol on.
    refused(await server.gql(ADVANCE_REVIEW, { unitId: unit.id }, { token: friend.token }), 'FORBIDDEN');
    expect((await advance()).stage).toBe('WARM');
    refused(await comment('CLARIFYING'), 'FORBIDDEN');
    ok(await comment('WARM'));
    expect((await advance()).stage).toBe('COOL');
    refused(await comment('WARM'), 'FORBIDDEN');
    ok(await comment('COOL'));
    expect((await advance()).stage).toBe('REFLECTION');
    refused(await comment('COOL'), 'FORBIDDEN');
    const quiet = ok(
      await server.gql<{ unit: { viewerCanComment: boolean } }>(
        CURRENT_REVIEW,
        { id: unit.id },
        { token: friend.token },
      ),
    );
    expect(quiet.unit.viewerCanComment).toBe(false);
    // The friend read every comment of the round.
    const seen = ok(
      await server.gql<{ unit: { comments: { kind: string }[] } }>(COMMENTS, { id: unit.id }, { token: friend.token }),
    );
    expect(seen.unit.comments.map((c) => c.kind)).toEqual(['CLARIFYING', 'WARM', 'COOL']);

    // Closing needs the authors' reflection.
    const noReflection = refused(
      await server.gql(ADVANCE_REVIEW, { unitId: unit.id }, { token: ana.token }),
      'BAD_USER_INPUT',
    );
    expect(noReflection.extensions!.fieldErrors).toHaveProperty('reflection');
    const closed = await advance('We will add a worked example before the task.');
    expect(closed).toMatchObject({ stage: 'CLOSED', reflection: 'We will add a worked example before the task.' });
    expect(closed.closedAt).not.toBeNull();
    const back = ok(
      await server.gql<{ unit: { status: string; currentReview: null } }>(
        CURRENT_REVIEW,
        { id: unit.id },
        { token: ana.token },
      ),
    );
    expect(back.unit).toMatchObject({ status: 'DRAFT', currentReview: null });
    // The round is over: the friend no longer sees the draft.
    refused(await server.gql(UNIT, { id: unit.id }, { token: friend.token }), 'NOT_FOUND');
  });
});
