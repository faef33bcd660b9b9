import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { at, conveningInput, conveningWorld, publishedConvening, Q } from '../support/convenings-api.js';

const HUGE = 'x'.repeat(100_000);

describe('convening operations answer bad input with clear errors, never a crash', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('huge text, NUL characters, malformed ids and dates are refused as input errors', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const token = w.coordinator.token;
    const cases: [string, Record<string, unknown>][] = [
      [Q.create, { input: conveningInput(w, { title: HUGE }) }],
      [Q.create, { input: conveningInput(w, { venue: 'Gym\u0000' }) }],
      [Q.create, { input: conveningInput(w, { startsAt: 'tomorrow morning' }) }],
      [Q.create, { input: conveningInput(w, { networkId: 'not-a-uuid' }) }],
      [Q.create, { input: conveningInput(w, { hostSchoolId: 'not-a-uuid' }) }],
      [Q.update, { input: { id: 'not-a-uuid', title: 'x' } }],
      [Q.update, { input: { id: convening.id, description: HUGE } }],
      [Q.publish, { id: 'not-a-uuid' }],
      [Q.get, { id: 'not-a-uuid' }],
      [Q.session, { id: 'not-a-uuid' }],
      [
        Q.addSession,
        {
          input: {
            conveningId: convening.id,
            kind: 'PLENARY',
            title: 'x',
            startsAt: at(w.day, '13:00'),
            endsAt: at(w.day, '14:00'),
            capacity: -3,
          },
        },
      ],
      [Q.addSession, { input: { conveningId: convening.id, kind: 'NAP', title: 'x', startsAt: 'x', endsAt: 'y' } }],
      [Q.updateSession, { input: { id: session.id, room: HUGE } }],
      [Q.updateSession, { input: { id: session.id, capacity: 2.5 } }],
      [Q.register, { c: convening.id, s: 'PERHAPS' }],
      [Q.register, { c: convening.id, s: 'GOING', n: { travel: HUGE } }],
      [Q.register, { c: convening.id, s: 'GOING', n: { needsLodging: 'yes' } }],
      [Q.choose, { c: convening.id, ids: ['not-a-uuid'] }],
      [Q.choose, { c: convening.id, ids: Array.from({ length: 60 }, () => session.id) }],
      [Q.checkIn, { s: session.id, u: 'not-a-uuid' }],
      [Q.promote, { s: session.id, t: HUGE, target: 'GOAL' }],
      [Q.promote, { s: session.id, t: 'x', target: 'TASK' }],
    ];
    for (const [query, variables] of cases) {
      const res = await server.gql(query, variables, { token });
      const code = errorCode(res);
      expect({ variables: JSON.stringify(variables).slice(0, 200), code }).toEqual({
        variables: JSON.stringify(variables).slice(0, 200),
        code: expect.stringMatching(/^(BAD_USER_INPUT|NOT_FOUND|GRAPHQL_VALIDATION_FAILED|CONFLICT)$/),
      });
      expect(res.errors?.[0].message).not.toMatch(/\bat .*:\d+:\d+/);
    }
    for (const path of ['/api/convenings/not-a-uuid.ics', `/api/convenings/${session.id}.ics`]) {
      const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(404);
    }
  });

  it('changes are checked by the same rules as creation, with the same messages', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const token = w.coordinator.token;
    const title = await server.gql(Q.update, { input: { id: convening.id, title: '  ' } }, { token });
    expect(title.errors?.[0].message).toBe('Give the convening a title.');
    const zone = await server.gql(Q.update, { input: { id: convening.id, timeZone: 'Mars/Olympus' } }, { token });
    expect(errorCode(zone)).toBe('BAD_USER_INPUT');
    const seats = await server.gql(Q.updateSession, { input: { id: session.id, capacity: 0 } }, { token });
    expect(seats.errors?.[0].message).toMatch(/^Seats must be a whole number from 1 to/);
    const kind = await server.gql(Q.updateSession, { input: { id: session.id, kind: 'NAP' } }, { token });
    expect(errorCode(kind)).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
  });
});
