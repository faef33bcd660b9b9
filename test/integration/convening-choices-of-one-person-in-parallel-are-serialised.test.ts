import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SessionSeat } from '../../server/src/convenings/session-seat.entity.js';
import { startServer, type TestServer } from '../support/harness.js';
import { at, conveningWorld, ok, publishedConvening, Q, type SessionResult } from '../support/convenings-api.js';

describe('one person choosing sessions twice at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('both choices complete, one after the other, and the seats are exactly the last one', async () => {
    const w = await conveningWorld(server);
    const { convening, session: math } = await publishedConvening(server, w);
    const plenary = async (title: string, from: string, to: string) =>
      ok(
        await server.gql<{ addConveningSession: SessionResult }>(
          Q.addSession,
          {
            input: {
              conveningId: convening.id,
              kind: 'PLENARY',
              title,
              startsAt: at(w.day, from),
              endsAt: at(w.day, to),
              capacity: 1,
            },
          },
          { token: w.coordinator.token },
        ),
      ).addConveningSession;
    const opening = await plenary('Opening', '10:30', '11:30');
    const closing = await plenary('Closing', '13:00', '14:00');
    const [ada] = w.teachers;
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));

    const choices = [
      [math.id, opening.id],
      [opening.id, closing.id],
      [math.id],
      [closing.id, math.id],
      [opening.id],
      [math.id, opening.id, closing.id],
    ];
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        choices.map((ids) => server.gql(Q.choose, { c: convening.id, ids }, { token: ada.token })),
      );
      // Never an internal error: each either completed or was refused with a clear conflict.
      for (const r of results) {
        const code = r.errors?.[0]?.extensions?.code;
        expect([undefined, 'CONFLICT']).toContain(code);
      }
      expect(results.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
      const seats = await server.db.getRepository(SessionSeat).findBy({ userId: ada.user.id });
      const held = seats.map((s) => s.sessionId).sort();
      expect(new Set(held).size).toBe(held.length);
      expect(choices.map((c) => [...c].sort().join())).toContain(held.join());
      // Capacity one: Ada holds the seat she has, confirmed, never two of her.
      for (const s of seats) expect(s.status).toBe('CONFIRMED');
    }
  });
});
