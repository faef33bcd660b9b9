import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { clockTime } from '@switchback/shared';
import { ConveningRemindersService } from '../../server/src/convenings/convening-reminders.service.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import { startServer, type TestServer } from '../support/harness.js';
import { at, conveningWorld, ok, publishedConvening, Q } from '../support/convenings-api.js';

const DAY = 86_400_000;

/** Parses an iCalendar text with ical.js, registering its VTIMEZONEs, and returns its events. */
function parseEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
}

describe('calendar files and reminders', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const get = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it(".ics of a convening: its sessions in the venue's zone (9:00 Alaska = 10:00 Pacific), for those who may see it", async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w);
    const res = await get(`/api/convenings/${convening.id}.ics`, w.teachers[2].token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZID:America/Anchorage');
    const events = parseEvents(text);
    expect(events.map((e) => e.summary)).toEqual(['Fall Convening', 'Math job-alike']);
    const session = events[1];
    expect(session.startDate.zone?.tzid).toBe('America/Anchorage');
    expect([session.startDate.hour, session.startDate.minute]).toEqual([9, 0]);
    const instant = session.startDate.toJSDate();
    expect(instant.toISOString()).toBe(at(w.day, '09:00'));
    expect(clockTime(instant, 'America/Los_Angeles')).toBe('10:00');
    expect(session.location).toContain('Room 12');

    expect((await get(`/api/convenings/${convening.id}.ics`, w.student.token)).status).toBe(404);
    expect((await get(`/api/convenings/${convening.id}.ics`, w.outsider.token)).status).toBe(404);
    expect((await get(`/api/convenings/${convening.id}.ics`)).status).toBe(401);
  });

  it('.ics of my sessions: only the sessions I chose, across convenings, with their zones', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const [ada, ben] = w.teachers;
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));
    ok(await server.gql(Q.choose, { c: convening.id, ids: [session.id] }, { token: ada.token }));
    const res = await get('/api/me/sessions.ics', ada.token);
    expect(res.status).toBe(200);
    const events = parseEvents(await res.text());
    expect(events).toHaveLength(1);
    expect(events[0].summary).toBe('Math job-alike');
    expect(events[0].startDate.toJSDate().toISOString()).toBe(at(w.day, '09:00'));
    expect(clockTime(events[0].startDate.toJSDate(), 'America/Los_Angeles')).toBe('10:00');
    expect(parseEvents(await (await get('/api/me/sessions.ics', ben.token)).text())).toHaveLength(0);
    expect((await get('/api/me/sessions.ics')).status).toBe(401);
  });

  it('reminds GOING and MAYBE registrants 7 days and 1 day before, each once, through the outbox', async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w);
    const [ada, ben, cy] = w.teachers;
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));
    ok(await server.gql(Q.register, { c: convening.id, s: 'MAYBE' }, { token: ben.token }));
    ok(await server.gql(Q.register, { c: convening.id, s: 'NOT_GOING' }, { token: cy.token }));
    const reminders = server.app.get(ConveningRemindersService);
    const starts = new Date(convening.startsAt).getTime();
    const mails = () =>
      server.db
        .getRepository(OutboxMessage)
        .find({ where: { networkId: w.net.network.id, kind: 'CONVENING_REMINDER' }, order: { createdAt: 'ASC' } });

    await reminders.runDue(new Date(starts - 10 * DAY));
    expect(await mails()).toHaveLength(0);
    await reminders.runDue(new Date(starts - 7 * DAY + 60_000));
    await reminders.runDue(new Date(starts - 6 * DAY));
    const week = await mails();
    expect(week.map((m) => m.toAddress).sort()).toEqual([ada.user.email, ben.user.email].sort());
    expect(week[0].subject).toMatch(/^Fall Convening starts /);
    expect(week[0].body).toContain('Bethel Regional High School');
    await reminders.runDue(new Date(starts - 12 * 3_600_000));
    await reminders.runDue(new Date(starts - 11 * 3_600_000));
    const all = await mails();
    expect(all).toHaveLength(4);
    expect(all.slice(2).every((m) => m.subject === 'Fall Convening starts tomorrow')).toBe(true);
    await reminders.runDue(new Date(starts + 3_600_000));
    expect(await mails()).toHaveLength(4);
  });
});
