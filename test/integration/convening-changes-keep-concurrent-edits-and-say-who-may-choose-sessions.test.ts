import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Convening } from '../../server/src/convenings/convening.entity.js';
import { startServer, type TestServer } from '../support/harness.js';
import {
  conveningWorld,
  ok,
  publishedConvening,
  Q,
  type ConveningResult,
  type SessionResult,
} from '../support/convenings-api.js';

const CAN_CHOOSE = `query($id: ID!) { convening(id: $id) { id viewerCanChooseSessions myRegistration { status } } }`;

describe('changes to convenings and sessions start from the row under the lock; the agenda says who may choose sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('two coordinators changing different fields at the same moment keep both changes', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const token = w.coordinator.token;
    for (let i = 1; i <= 4; i++) {
      const [byTitle, byVenue, bySessionTitle, byRoom] = await Promise.all([
        server.gql(Q.update, { input: { id: convening.id, title: `Fall Convening ${i}` } }, { token }),
        server.gql(Q.update, { input: { id: convening.id, venue: `Gym ${i}` } }, { token }),
        server.gql(Q.updateSession, { input: { id: session.id, title: `Math job-alike ${i}` } }, { token }),
        server.gql(Q.updateSession, { input: { id: session.id, room: `Room ${i}` } }, { token }),
      ]);
      for (const res of [byTitle, byVenue, bySessionTitle, byRoom]) ok(res);
      const { convening: now } = ok(
        await server.gql<{ convening: ConveningResult & { venue: string; sessions: SessionResult[] } }>(
          Q.get,
          { id: convening.id },
          { token },
        ),
      );
      expect({ title: now.title, venue: now.venue }).toEqual({ title: `Fall Convening ${i}`, venue: `Gym ${i}` });
      expect(now.sessions.map((s) => ({ title: s.title, room: s.room }))).toEqual([
        { title: `Math job-alike ${i}`, room: `Room ${i}` },
      ]);
    }
  });

  it('a member may choose sessions once registered as going or maybe, until the convening is over', async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w);
    const [ada] = w.teachers;
    const canChoose = async () =>
      ok(
        await server.gql<{ convening: { viewerCanChooseSessions: boolean } }>(
          CAN_CHOOSE,
          { id: convening.id },
          { token: ada.token },
        ),
      ).convening.viewerCanChooseSessions;

    expect(await canChoose()).toBe(false);
    for (const [status, expected] of [
      ['GOING', true],
      ['NOT_GOING', false],
      ['MAYBE', true],
    ] as const) {
      ok(await server.gql(Q.register, { c: convening.id, s: status }, { token: ada.token }));
      expect(await canChoose()).toBe(expected);
    }
    // The same rule refuses the choice itself when the field says no.
    ok(await server.gql(Q.register, { c: convening.id, s: 'NOT_GOING' }, { token: ada.token }));
    const refused = await server.gql(Q.choose, { c: convening.id, ids: [] }, { token: ada.token });
    expect(refused.errors?.[0].message).toBe('Register as going or maybe before choosing sessions.');

    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));
    await server.db.getRepository(Convening).update(convening.id, {
      startsAt: new Date(Date.now() - 3 * 3_600_000),
      endsAt: new Date(Date.now() - 3_600_000),
      registrationDeadline: new Date(Date.now() - 4 * 3_600_000),
    });
    expect(await canChoose()).toBe(false);
    const over = await server.gql(Q.choose, { c: convening.id, ids: [] }, { token: ada.token });
    expect(over.errors?.[0].message).toBe('This convening is over.');
  });
});
