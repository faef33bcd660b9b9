import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SessionSeat } from '../../server/src/convenings/session-seat.entity.js';
import { createGroup } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import {
  at,
  conveningWorld,
  ok,
  publishedConvening,
  Q,
  type ConveningWorld,
  type SessionResult,
} from '../support/convenings-api.js';

interface Choice {
  available: boolean;
  chosen: boolean;
  full: boolean;
  code: string | null;
  reason: string | null;
  clashesWith: { id: string; name: string } | null;
}
interface AgendaRow {
  id: string;
  title: string;
  mySeat: { status: string; waitlistPosition: number | null } | null;
  choice: Choice;
}

const AGENDA = `query($id: ID!) { convening(id: $id) { id viewerCanChooseSessions sessions {
  id title mySeat { status waitlistPosition } choice { available chosen full code reason clashesWith { id name } } } } }`;
const SET = `mutation($s: ID!, $attend: Boolean!) { setSessionChoice(sessionId: $s, attend: $attend) {
  id sessions { id title mySeat { status waitlistPosition } choice { available chosen code reason } } } }`;

describe('the convening agenda offers only what a person may choose, and saves each choice at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  /** Math job-alike 9–10 (Ada's group), Science job-alike 9–10 (not hers), a plenary 9:30–10:30, a dinner for one. */
  async function agendaWorld() {
    const w = await conveningWorld(server);
    const { convening, session: math } = await publishedConvening(server, w);
    const science = await createGroup(server.db, w.net, { name: `Science ${w.net.network.slug}` });
    const add = async (input: Record<string, unknown>) =>
      ok(
        await server.gql<{ addConveningSession: SessionResult }>(
          Q.addSession,
          { input: { conveningId: convening.id, ...input } },
          { token: w.coordinator.token },
        ),
      ).addConveningSession;
    const sci = await add({
      kind: 'JOB_ALIKE',
      title: 'Science job-alike',
      groupId: science.id,
      startsAt: at(w.day, '09:00'),
      endsAt: at(w.day, '10:00'),
      room: 'Lab',
    });
    const plenary = await add({
      kind: 'PLENARY',
      title: 'Plenary',
      startsAt: at(w.day, '09:30'),
      endsAt: at(w.day, '10:30'),
      room: 'Gym',
    });
    const dinner = await add({
      kind: 'SOCIAL',
      title: 'Dinner',
      startsAt: at(w.day, '18:00'),
      endsAt: at(w.day, '20:00'),
      room: 'Cafeteria',
      capacity: 1,
    });
    return { w, convening, math, sci, plenary, dinner };
  }

  const agenda = async (w: ConveningWorld, conveningId: string, token: string) => {
    const data = ok(
      await server.gql<{ convening: { viewerCanChooseSessions: boolean; sessions: AgendaRow[] } }>(
        AGENDA,
        { id: conveningId },
        { token },
      ),
    );
    return Object.fromEntries(data.convening.sessions.map((s) => [s.title, s]));
  };
  const set = (token: string, sessionId: string, attend: boolean) =>
    server.gql<{ setSessionChoice: { sessions: AgendaRow[] } }>(SET, { s: sessionId, attend }, { token });
  const seatsOf = (userId: string) => server.db.getRepository(SessionSeat).findBy({ userId });

  it('says per session why it is not offered: register first, another group, a time clash; a full one offers the waitlist', async () => {
    const { w, convening, math } = await agendaWorld();
    const [ada, , cy] = w.teachers;

    const before = await agenda(w, convening.id, ada.token);
    expect(Object.values(before).map((s) => s.choice.code)).toEqual(Array(4).fill('REGISTER_FIRST'));
    expect(before['Math job-alike']!.choice.reason).toBe('Register as going or maybe to choose sessions.');
    const refused = await set(ada.token, math.id, true);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toBe('Register as going or maybe to choose sessions.');

    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: cy.token }));
    const open = await agenda(w, convening.id, ada.token);
    expect(open['Math job-alike']!.choice).toMatchObject({ available: true, chosen: false, code: null });
    expect(open['Science job-alike']!.choice).toMatchObject({
      available: false,
      code: 'NOT_IN_GROUP',
      reason: `For members of Science ${w.net.network.slug}: join the group to take part.`,
    });
    expect(open['Plenary']!.choice).toMatchObject({ available: true, code: null });

    // Cy takes the only dinner seat: Ada is offered its waitlist.
    ok(await set(cy.token, open['Dinner']!.id, true));
    expect((await agenda(w, convening.id, ada.token))['Dinner']!.choice).toMatchObject({ available: true, full: true });

    // Ada takes Math: the plenary now clashes with it, and says so.
    const afterMath = ok(await set(ada.token, math.id, true)).setSessionChoice.sessions;
    expect(afterMath.find((s) => s.id === math.id)!.mySeat).toMatchObject({ status: 'CONFIRMED' });
    const clash = (await agenda(w, convening.id, ada.token))['Plenary']!.choice;
    expect(clash).toMatchObject({
      available: false,
      code: 'TIME_CLASH',
      clashesWith: { id: math.id, name: 'Math job-alike' },
      reason: "At the same time as 'Math job-alike' (9:00–10:00), which you chose: leave that one to take this one.",
    });
    expect((await agenda(w, convening.id, ada.token))['Math job-alike']!.choice).toMatchObject({
      available: true,
      chosen: true,
    });
  });

  it('saves one choice per call: refuses what is not offered with its reason, leaves and undoes, fills the freed seat from the waitlist', async () => {
    const { w, convening, math, sci, plenary, dinner } = await agendaWorld();
    const [ada, ben, cy] = w.teachers;
    for (const t of [ada, ben, cy])
      ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: t.token }));

    const other = await set(ada.token, sci.id, true);
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
    expect(other.errors![0]!.message).toContain('join the group to take part');
    expect(other.errors![0]!.extensions!.fieldErrors).toEqual({ sessionId: other.errors![0]!.message });

    ok(await set(ada.token, math.id, true));
    const clash = await set(ada.token, plenary.id, true);
    expect(clash.errors![0]!.message).toContain("At the same time as 'Math job-alike'");
    expect((await seatsOf(ada.user.id)).map((s) => s.sessionId)).toEqual([math.id]);

    // Each choice stands alone: taking the dinner keeps Math; leaving Math keeps the dinner.
    ok(await set(ada.token, dinner.id, true));
    ok(await set(ada.token, math.id, false));
    expect((await seatsOf(ada.user.id)).map((s) => s.sessionId)).toEqual([dinner.id]);
    // Undo (take it back), and choosing what one has is no change.
    ok(await set(ada.token, math.id, true));
    ok(await set(ada.token, math.id, true));
    expect((await seatsOf(ada.user.id)).map((s) => s.sessionId).sort()).toEqual([math.id, dinner.id].sort());

    // Ben waits for the dinner; Ada leaving it gives him the seat.
    const waiting = ok(await set(ben.token, dinner.id, true)).setSessionChoice.sessions;
    expect(waiting.find((s) => s.id === dinner.id)!.mySeat).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
    ok(await set(ada.token, dinner.id, false));
    expect(await seatsOf(ben.user.id)).toEqual([
      expect.objectContaining({ sessionId: dinner.id, status: 'CONFIRMED' }),
    ]);
  });

  it('serialises one person’s choices made at once: of two sessions at the same time, exactly one is taken', async () => {
    const { w, convening, math, plenary } = await agendaWorld();
    const [ada] = w.teachers;
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([set(ada.token, math.id, true), set(ada.token, plenary.id, true)]);
      expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
      const held = await seatsOf(ada.user.id);
      expect(held).toHaveLength(1);
      ok(await set(ada.token, held[0]!.sessionId, false));
    }
  });

  it('is for the network’s registered adults only: students and other networks get "not found"', async () => {
    const { w, math } = await agendaWorld();
    for (const who of [w.student, w.outsider]) {
      const res = await set(who.token, math.id, true);
      expect(errorCode(res)).toBe('NOT_FOUND');
    }
    expect(await seatsOf(w.student.user.id)).toEqual([]);
  });
});
