import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clockTime } from '@switchback/shared';
import { createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import {
  at,
  conveningInput,
  conveningWorld,
  ok,
  publishedConvening,
  Q,
  VENUE_ZONE,
  type ConveningResult,
  type SessionResult,
} from '../support/convenings-api.js';

describe('planning convenings: who may do what, dates, double-booking and time zones', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('only coordinators create, update and publish; members learn nothing of drafts; outsiders and students see nothing', async () => {
    const w = await conveningWorld(server);
    const [teacher] = w.teachers;
    const refused = await server.gql(Q.create, { input: conveningInput(w) }, { token: teacher.token });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('Only a network coordinator can plan convenings.');
    expect(errorCode(await server.gql(Q.create, { input: conveningInput(w) }, { token: w.outsider.token }))).toBe(
      'NOT_FOUND',
    );

    const { createConvening: draft } = ok(
      await server.gql<{ createConvening: ConveningResult }>(
        Q.create,
        { input: conveningInput(w) },
        { token: w.coordinator.token },
      ),
    );
    expect(draft).toMatchObject({ status: 'DRAFT', viewerIsCoordinator: true, timeZone: VENUE_ZONE });
    expect(draft.hostSchool?.id).toBe(w.net.schools[0].id);

    // A draft is the coordinators' alone.
    expect(errorCode(await server.gql(Q.get, { id: draft.id }, { token: teacher.token }))).toBe('NOT_FOUND');
    const listed = async (token: string) =>
      ok(await server.gql<{ convenings: { id: string }[] }>(Q.list, { networkId: w.net.network.id }, { token }))
        .convenings;
    expect(await listed(teacher.token)).toEqual([]);
    expect((await listed(w.coordinator.token)).map((c) => c.id)).toEqual([draft.id]);

    const update = { id: draft.id, title: 'Fall Convening 2026' };
    expect(errorCode(await server.gql(Q.update, { input: update }, { token: teacher.token }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(Q.publish, { id: draft.id }, { token: teacher.token }))).toBe('NOT_FOUND');
    expect(
      ok(
        await server.gql<{ updateConvening: ConveningResult }>(
          Q.update,
          { input: update },
          { token: w.coordinator.token },
        ),
      ).updateConvening.title,
    ).toBe('Fall Convening 2026');

    const published = ok(
      await server.gql<{ publishConvening: { status: string } }>(
        Q.publish,
        { id: draft.id },
        { token: w.coordinator.token },
      ),
    );
    expect(published.publishConvening.status).toBe('PUBLISHED');

    // Published: members see it but still cannot change it; students and other networks see nothing.
    const seen = ok(
      await server.gql<{ convening: ConveningResult }>(Q.get, { id: draft.id }, { token: teacher.token }),
    );
    expect(seen.convening).toMatchObject({
      title: 'Fall Convening 2026',
      viewerIsCoordinator: false,
      registrationSummary: null,
    });
    const changed = await server.gql(Q.update, { input: update }, { token: teacher.token });
    expect(errorCode(changed)).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(Q.publish, { id: draft.id }, { token: teacher.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(Q.get, { id: draft.id }, { token: w.student.token }))).toBe('NOT_FOUND');
    expect(await listed(w.student.token)).toEqual([]);
    expect(errorCode(await server.gql(Q.get, { id: draft.id }, { token: w.outsider.token }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(Q.list, { networkId: w.net.network.id }, { token: w.outsider.token }))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses impossible dates, unknown time zones and host schools of other networks, with field errors', async () => {
    const w = await conveningWorld(server);
    const create = (extra: Record<string, unknown>) =>
      server.gql(Q.create, { input: conveningInput(w, extra) }, { token: w.coordinator.token });
    const field = async (extra: Record<string, unknown>) => {
      const res = await create(extra);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return res.errors?.[0].extensions?.fieldErrors ?? {};
    };
    expect(await field({ endsAt: at(w.day, '07:00') })).toHaveProperty('endsAt');
    expect(await field({ registrationDeadline: at(w.nextDay, '17:00') })).toHaveProperty('registrationDeadline');
    expect(await field({ timeZone: 'Mars/Olympus_Mons' })).toHaveProperty('timeZone');
    const winter = await create({ season: 'WINTER' });
    expect(errorCode(winter)).toBe('BAD_USER_INPUT');
    expect(winter.errors?.[0].message).toMatch(/season/i);
    expect(await field({ title: '  ' })).toHaveProperty('title');
    const other = await conveningWorld(server);
    expect(await field({ hostSchoolId: other.net.schools[0].id })).toHaveProperty('hostSchoolId');
  });

  it('refuses sessions outside the convening days, job-alikes without a group, and double-booked rooms and facilitators', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    expect(session).toMatchObject({ title: 'Math job-alike', room: 'Room 12', notesAccess: 'EDIT', canCheckIn: true });
    const add = (input: Record<string, unknown>, token = w.coordinator.token) =>
      server.gql<{ addConveningSession: SessionResult }>(
        Q.addSession,
        {
          input: {
            conveningId: convening.id,
            kind: 'PLENARY',
            title: 'Opening plenary',
            startsAt: at(w.day, '09:30'),
            endsAt: at(w.day, '10:30'),
            ...input,
          },
        },
        { token },
      );

    expect(errorCode(await add({}, w.teachers[0].token))).toBe('FORBIDDEN');
    expect(errorCode(await add({}, w.outsider.token))).toBe('NOT_FOUND');

    const room = await add({ room: 'room 12 ' });
    expect(errorCode(room)).toBe('CONFLICT');
    expect(room.errors?.[0].message).toBe("Room 12 is already booked 9:00–10:00 for 'Math job-alike'.");
    expect(room.errors?.[0].extensions?.fieldErrors).toHaveProperty('room');

    const facilitator = await add({ room: 'Gym', facilitatorId: w.teachers[0].user.id });
    expect(errorCode(facilitator)).toBe('CONFLICT');
    expect(facilitator.errors?.[0].message).toBe("Ada Teacher is already facilitating 'Math job-alike' 9:00–10:00.");

    const wholeDays = await add({ room: 'Gym', startsAt: at(w.day, '09:00'), endsAt: at(w.nextDay, '23:30') });
    expect(wholeDays.errors).toBeUndefined();
    const late = await add({
      startsAt: at(w.nextDay, '23:00'),
      endsAt: new Date(Date.parse(at(w.nextDay, '23:00')) + 2 * 3_600_000).toISOString(),
    });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0].extensions?.fieldErrors).toHaveProperty('startsAt');

    const noGroup = await add({
      kind: 'JOB_ALIKE',
      room: 'Library',
      startsAt: at(w.day, '13:00'),
      endsAt: at(w.day, '14:00'),
    });
    expect(noGroup.errors?.[0].extensions?.fieldErrors).toHaveProperty('groupId');
    const student = await add({
      room: 'Library',
      startsAt: at(w.day, '13:00'),
      endsAt: at(w.day, '14:00'),
      facilitatorId: w.student.user.id,
    });
    expect(student.errors?.[0].extensions?.fieldErrors).toHaveProperty('facilitatorId');
    const backwards = await add({ room: 'Library', startsAt: at(w.day, '14:00'), endsAt: at(w.day, '13:00') });
    expect(backwards.errors?.[0].extensions?.fieldErrors).toHaveProperty('endsAt');

    // Back-to-back in the same room is fine; moving it onto the other session is refused.
    const next = ok(await add({ room: 'Room 12', startsAt: at(w.day, '10:00'), endsAt: at(w.day, '11:00') }));
    const moved = await server.gql(
      Q.updateSession,
      { input: { id: next.addConveningSession.id, startsAt: at(w.day, '09:45') } },
      { token: w.coordinator.token },
    );
    expect(errorCode(moved)).toBe('CONFLICT');
    expect(moved.errors?.[0].message).toContain('Room 12 is already booked 9:00–10:00');
    expect(
      errorCode(
        await server.gql(
          Q.updateSession,
          { input: { id: next.addConveningSession.id, title: 'X' } },
          { token: w.teachers[0].token },
        ),
      ),
    ).toBe('FORBIDDEN');
    const renamed = ok(
      await server.gql<{ updateConveningSession: SessionResult }>(
        Q.updateSession,
        { input: { id: next.addConveningSession.id, title: 'Opening plenary, part 2', room: null } },
        { token: w.coordinator.token },
      ),
    );
    expect(renamed.updateConveningSession).toMatchObject({ title: 'Opening plenary, part 2', room: '' });

    // Moving the convening so that sessions would fall outside it is refused.
    const shrink = await server.gql(
      Q.update,
      { input: { id: convening.id, startsAt: at(w.nextDay, '08:00') } },
      { token: w.coordinator.token },
    );
    expect(errorCode(shrink)).toBe('BAD_USER_INPUT');
    expect(shrink.errors?.[0].message).toContain('would fall outside the new dates');
  });

  it('shows the agenda as instants: a 9:00 Alaska session is 10:00 in Los Angeles', async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w);
    const teacher = await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[1] });
    const token = await signIn(server, teacher.login);
    const { convening: seen } = ok(
      await server.gql<{ convening: ConveningResult }>(Q.get, { id: convening.id }, { token }),
    );
    const [session] = seen.sessions;
    const starts = new Date(session.startsAt);
    expect(clockTime(starts, 'America/Anchorage')).toBe('9:00');
    expect(clockTime(starts, 'America/Los_Angeles')).toBe('10:00');
    expect(seen.timeZone).toBe('America/Anchorage');
  });
});
