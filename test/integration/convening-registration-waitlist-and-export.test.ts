import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Convening } from '../../server/src/convenings/convening.entity.js';
import { Notification } from '../../server/src/notifications/notification.entity.js';
import { addToGroup, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import {
  at,
  conveningInput,
  conveningWorld,
  ok,
  parseCsv,
  publishedConvening,
  Q,
  type ConveningResult,
  type SessionResult,
} from '../support/convenings-api.js';

type Choice = { chooseSessions: { sessions: SessionResult[] } };

describe('registration, session choice, capacity with an automatic waitlist, and the coordinator export', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('members register with needs until the deadline; drafts, students and outsiders cannot', async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w);
    const [ada] = w.teachers;
    const needs = { travel: 'Flying in from Kwethluk', needsLodging: true, dietary: 'Vegetarian', accessibility: '' };
    const res = ok(
      await server.gql<{ register: ConveningResult }>(
        Q.register,
        { c: convening.id, s: 'GOING', n: needs },
        { token: ada.token },
      ),
    );
    expect(res.register.myRegistration).toEqual({ status: 'GOING', needs });
    // Changing the answer keeps needs not given.
    const maybe = ok(
      await server.gql<{ register: ConveningResult }>(
        Q.register,
        { c: convening.id, s: 'MAYBE' },
        { token: ada.token },
      ),
    );
    expect(maybe.register.myRegistration).toEqual({ status: 'MAYBE', needs });

    expect(errorCode(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: w.student.token }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: w.outsider.token }))).toBe(
      'NOT_FOUND',
    );
    const tooLong = await server.gql(
      Q.register,
      { c: convening.id, s: 'GOING', n: { dietary: 'x'.repeat(501) } },
      { token: ada.token },
    );
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');

    // Drafts: members cannot find them; the coordinator is told to publish first.
    const { createConvening: draft } = ok(
      await server.gql<{ createConvening: ConveningResult }>(
        Q.create,
        { input: conveningInput(w, { title: 'Spring draft', season: 'SPRING' }) },
        { token: w.coordinator.token },
      ),
    );
    expect(errorCode(await server.gql(Q.register, { c: draft.id, s: 'GOING' }, { token: ada.token }))).toBe(
      'NOT_FOUND',
    );
    const early = await server.gql(Q.register, { c: draft.id, s: 'GOING' }, { token: w.coordinator.token });
    expect(early.errors?.[0].message).toBe('This convening is not published yet: registration opens when it is.');

    // After the deadline registration is closed.
    await server.db
      .getRepository(Convening)
      .update(convening.id, { registrationDeadline: new Date(Date.now() - 1000) });
    const late = await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: w.teachers[2].token });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0].message).toMatch(/^Registration closed on /);
  });

  it('choosing sessions: registered first, no overlaps, job-alikes for the group, waitlist promotion on every freed seat', async () => {
    const w = await conveningWorld(server);
    const { convening, session: math } = await publishedConvening(server, w, { capacity: 1 });
    const [ada, ben, cy] = w.teachers;
    const choose = (token: string, ids: string[]) => server.gql<Choice>(Q.choose, { c: convening.id, ids }, { token });
    const { addConveningSession: plenary } = ok(
      await server.gql<{ addConveningSession: SessionResult }>(
        Q.addSession,
        {
          input: {
            conveningId: convening.id,
            kind: 'PLENARY',
            title: 'Opening plenary',
            startsAt: at(w.day, '09:30'),
            endsAt: at(w.day, '10:30'),
            room: 'Gym',
          },
        },
        { token: w.coordinator.token },
      ),
    );

    const unregistered = await choose(ada.token, [math.id]);
    expect(errorCode(unregistered)).toBe('BAD_USER_INPUT');
    expect(unregistered.errors?.[0].message).toBe('Register as going or maybe before choosing sessions.');
    for (const t of [ada, ben, cy])
      ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: t.token }));

    const overlap = await choose(ada.token, [math.id, plenary.id]);
    expect(errorCode(overlap)).toBe('BAD_USER_INPUT');
    expect(overlap.errors?.[0].message).toContain('overlap: choose one of them');
    const notMember = await choose(cy.token, [math.id]);
    expect(notMember.errors?.[0].message).toContain('is a job-alike session for members of');

    // Capacity 1: Ada gets the seat, Ben waits.
    const first = ok(await choose(ada.token, [math.id])).chooseSessions.sessions.find((s) => s.id === math.id)!;
    expect(first.mySeat).toEqual({ status: 'CONFIRMED', waitlistPosition: null });
    const second = ok(await choose(ben.token, [math.id])).chooseSessions.sessions.find((s) => s.id === math.id)!;
    expect(second).toMatchObject({
      confirmedCount: 1,
      waitlistCount: 1,
      mySeat: { status: 'WAITLISTED', waitlistPosition: 1 },
    });
    await addToGroup(server.db, w.group, cy);
    ok(await choose(cy.token, [math.id]));

    // Ada switches to the plenary: Ben (first on the waitlist) is promoted and notified, Cy stays second.
    ok(await choose(ada.token, [plenary.id]));
    const seat = async (token: string) =>
      ok(await server.gql<{ conveningSession: SessionResult }>(Q.session, { id: math.id }, { token })).conveningSession
        .mySeat;
    expect(await seat(ben.token)).toEqual({ status: 'CONFIRMED', waitlistPosition: null, checkedInAt: null });
    expect(await seat(cy.token)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const notes = await server.db.getRepository(Notification).findBy({ userId: ben.user.id, kind: 'SEAT_CONFIRMED' });
    expect(notes).toHaveLength(1);
    expect(notes[0].text).toContain("you are now confirmed for 'Math job-alike'");

    // Ben is not going after all: Cy is promoted.
    ok(await server.gql(Q.register, { c: convening.id, s: 'NOT_GOING' }, { token: ben.token }));
    expect(await seat(ben.token)).toBeNull();
    expect(await seat(cy.token)).toMatchObject({ status: 'CONFIRMED' });
    const refusedChoice = await choose(ben.token, [math.id]);
    expect(errorCode(refusedChoice)).toBe('BAD_USER_INPUT');

    // Raising the capacity promotes the waitlist in the same transaction; lowering below the seats taken is refused.
    const dee = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[1], name: 'Dee Teacher' });
    const deeToken = await signIn(server, dee.login);
    await addToGroup(server.db, w.group, dee);
    ok(await server.gql(Q.register, { c: convening.id, s: 'MAYBE' }, { token: deeToken }));
    ok(await choose(deeToken, [math.id]));
    expect(await seat(deeToken)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const raised = ok(
      await server.gql<{ updateConveningSession: SessionResult }>(
        Q.updateSession,
        { input: { id: math.id, capacity: 5 } },
        { token: w.coordinator.token },
      ),
    ).updateConveningSession;
    expect(raised).toMatchObject({ capacity: 5, confirmedCount: 2, waitlistCount: 0 });
    expect(await seat(deeToken)).toMatchObject({ status: 'CONFIRMED' });
    const lowered = await server.gql(
      Q.updateSession,
      { input: { id: math.id, capacity: 1 } },
      { token: w.coordinator.token },
    );
    expect(lowered.errors?.[0].extensions?.fieldErrors?.capacity).toBe(
      '2 people already have a seat: the capacity cannot be less than 2.',
    );
  });

  it('never gives more seats than the capacity when many choose at once', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w, { capacity: 2 });
    const people = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const p = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[1] });
        await addToGroup(server.db, w.group, p);
        const token = await signIn(server, p.login);
        ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token }));
        return token;
      }),
    );
    await Promise.all(people.map((token) => server.gql(Q.choose, { c: convening.id, ids: [session.id] }, { token })));
    const { conveningSession } = ok(
      await server.gql<{ conveningSession: SessionResult }>(
        Q.session,
        { id: session.id },
        { token: w.coordinator.token },
      ),
    );
    expect(conveningSession).toMatchObject({ confirmedCount: 2, waitlistCount: 4 });
  });

  it('gives the coordinator counts and needs by school and a CSV export; nobody else', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const [ada, ben, cy] = w.teachers;
    ok(
      await server.gql(
        Q.register,
        { c: convening.id, s: 'GOING', n: { needsLodging: true, dietary: '=cmd|calc', travel: 'Driving, 2 hours' } },
        { token: ada.token },
      ),
    );
    ok(await server.gql(Q.register, { c: convening.id, s: 'MAYBE' }, { token: ben.token }));
    ok(
      await server.gql(Q.register, { c: convening.id, s: 'NOT_GOING', n: { needsLodging: true } }, { token: cy.token }),
    );
    ok(await server.gql(Q.choose, { c: convening.id, ids: [session.id] }, { token: ada.token }));

    const { convening: seen } = ok(
      await server.gql<{ convening: ConveningResult }>(Q.get, { id: convening.id }, { token: w.coordinator.token }),
    );
    const summary = seen.registrationSummary!;
    expect(summary.counts).toEqual({ going: 1, maybe: 1, notGoing: 1, needingLodging: 1 });
    expect(summary.bySchool.map((s) => [s.schoolName, s.counts])).toEqual([
      [w.net.schools[0].name, { going: 1, maybe: 1, notGoing: 0, needingLodging: 1 }],
      [w.net.schools[1].name, { going: 0, maybe: 0, notGoing: 1, needingLodging: 0 }],
    ]);
    expect(summary.bySchool[0].registrants.map((r) => r.user.displayName)).toEqual(['Ada Teacher', 'Ben Teacher']);

    const get = (token?: string) =>
      fetch(`${server.url}/api/convenings/${convening.id}/registrations.csv`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const res = await get(w.coordinator.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await res.text());
    expect(rows).toHaveLength(3);
    const adaRow = rows.find((r) => r.Name === 'Ada Teacher')!;
    expect(adaRow).toMatchObject({
      Email: ada.user.email,
      School: w.net.schools[0].name,
      Status: 'GOING',
      Travel: 'Driving, 2 hours',
      'Needs lodging': 'yes',
      Dietary: "'=cmd|calc",
      Sessions: 'Math job-alike',
    });
    expect(rows.find((r) => r.Name === 'Cy Teacher')).toMatchObject({ Status: 'NOT_GOING', Sessions: '' });

    expect((await get(ada.token)).status).toBe(403);
    expect((await get(w.outsider.token)).status).toBe(404);
    expect((await get(w.student.token)).status).toBe(404);
    expect((await get()).status).toBe(401);
    expect(
      (
        await fetch(`${server.url}/api/convenings/not-an-id/registrations.csv`, {
          headers: { authorization: `Bearer ${w.coordinator.token}` },
        })
      ).status,
    ).toBe(404);
  });
});
