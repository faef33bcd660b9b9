import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { Convening } from '../../server/src/convenings/convening.entity.js';
import { ConveningSession } from '../../server/src/convenings/convening-session.entity.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { conveningInput, conveningWorld, ok, publishedConvening, Q } from '../support/convenings-api.js';

/** What a title would have to hold to add an event of its own to a calendar file. */
const INJECTED = 'Fall Convening\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Free lunch\r\nDTSTART:20300101T000000Z';

function components(text: string, name: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents(name);
}

describe('calendar files keep line breaks out of titles', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const get = (path: string, token: string) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('refuses line breaks and control characters in single-line fields, with a field error', async () => {
    const w = await conveningWorld(server);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: INJECTED }, 'title'],
      [{ venue: 'Gym\nEND:VEVENT' }, 'venue'],
      [{ address: 'Main St\r\nBEGIN:VEVENT' }, 'address'],
      [{ title: 'Fall\u0007Convening' }, 'title'],
    ];
    for (const [extra, field] of cases) {
      const res = await server.gql(Q.create, { input: conveningInput(w, extra) }, { token: w.coordinator.token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fieldErrors?.[field]).toMatch(/one line/i);
    }
    const { convening } = await publishedConvening(server, w);
    const badSession = await server.gql(
      Q.addSession,
      {
        input: {
          conveningId: convening.id,
          kind: 'PLENARY',
          title: 'Lunch\nEND:VEVENT',
          startsAt: convening.startsAt,
          endsAt: convening.endsAt,
          room: 'Hall\rA',
        },
      },
      { token: w.coordinator.token },
    );
    expect(errorCode(badSession)).toBe('BAD_USER_INPUT');
    expect(Object.keys(badSession.errors?.[0]?.extensions?.fieldErrors ?? {})).toContain('title');
    // A description is several lines on purpose and still may be.
    const described = await server.gql(
      Q.update,
      { input: { id: convening.id, description: 'Day one.\nDay two.' } },
      { token: w.coordinator.token },
    );
    expect(errorCode(described)).toBeUndefined();
  });

  it('writes exactly one event per convening and session even when stored titles hold CR/LF', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const [ada] = w.teachers;
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));
    ok(await server.gql(Q.choose, { c: convening.id, ids: [session.id] }, { token: ada.token }));
    // Rows written before input was checked (or by any other path) must not break the file either.
    await server.db.getRepository(Convening).update(convening.id, { title: INJECTED, venue: 'Gym\r\nX-EVIL:1' });
    await server.db
      .getRepository(ConveningSession)
      .update(session.id, { title: `Math\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected`, room: 'Room\r12' });

    const whole = await get(`/api/convenings/${convening.id}.ics`, ada.token);
    expect(whole.status).toBe(200);
    const text = await whole.text();
    const events = components(text, 'vevent');
    expect(events).toHaveLength(2);
    expect(text).not.toMatch(/^SUMMARY:Free lunch/m);
    expect(text).not.toMatch(/^X-EVIL/m);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
    const summaries = events.map((e) => new ICAL.Event(e).summary);
    expect(summaries[0]).toContain('Free lunch');
    expect(summaries[0]).not.toMatch(/[\r\n]/);
    expect(summaries[1]).toContain('Injected');

    const mine = await (await get('/api/me/sessions.ics', ada.token)).text();
    expect(components(mine, 'vevent')).toHaveLength(1);
    expect(mine.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(mine).not.toMatch(/^SUMMARY:Injected/m);
  });
});
