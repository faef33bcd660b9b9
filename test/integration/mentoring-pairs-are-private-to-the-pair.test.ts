/**
 * A mentoring pair's goals, meeting notes and next steps are the pair's alone: coordinators see that
 * a pair meets (names, schools, status, dates) and nothing said; other teachers, students and other
 * networks' coordinators are told the pair does not exist. Pairs are across schools only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LinkTargets } from '../../server/src/links/link-targets.js';
import { MediaOwners } from '../../server/src/media/media-owners.js';
import { NoteOwners } from '../../server/src/observe/note-owners.js';
import { MentorshipsService } from '../../server/src/observe/mentoring/mentorships.service.js';
import { viewerOf } from '../../server/src/observe/mentoring/mentorship.entity.js';
import { addToGroup, createGroup, createNetwork, type TestNetwork } from '../support/factories.js';
import { createUnit } from '../support/units-api.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';
import {
  CREATE_PAIR,
  END_PAIR,
  LOG_MEETING,
  PAIR,
  PAIRS,
  UPDATE_PAIR,
  day,
  signedIn,
  type PairResult,
  type Signed,
} from '../support/mentoring-api.js';

const SECRET_NOTES = 'Talked about the hard week with period 3 (secret-notes-7731)';
const SECRET_STEPS = 'Try think-pair-share in period 3 (secret-steps-7731)';
const SECRET_GOALS = 'Questioning that gets every student talking (secret-goals-7731)';

function ok<T>(res: GqlResult<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}
function refused(res: GqlResult<unknown>, code: string) {
  expect(errorCode(res)).toBe(code);
  expect(JSON.stringify(res)).not.toMatch(/secret-/);
  return res.errors![0]!;
}

describe('mentoring pairs are private to the pair', () => {
  let server: TestServer;
  let net: TestNetwork;
  let coordinator: Signed, mentor: Signed, mentee: Signed, colleague: Signed, student: Signed, outsider: Signed;
  let pairId: string;

  beforeAll(async () => {
    server = await startServer();
    net = await createNetwork(server.db, 2);
    coordinator = await signedIn(server, net, 'COORDINATOR', { name: 'Dana Coordinator' });
    mentor = await signedIn(server, net, 'TEACHER', {
      school: net.schools[1],
      subjects: ['Mathematics'],
      name: 'Rosa Veteran',
    });
    mentee = await signedIn(server, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Mathematics'],
      name: 'Sam Newer',
    });
    colleague = await signedIn(server, net, 'TEACHER', { school: net.schools[0], subjects: ['Mathematics'] });
    student = await signedIn(server, net, 'STUDENT', { school: net.schools[0] });
    const other = await createNetwork(server.db, 1);
    outsider = await signedIn(server, other, 'COORDINATOR');

    const created = ok(
      await server.gql<{ createMentorship: PairResult }>(
        CREATE_PAIR,
        {
          input: { networkId: net.network.id, mentorId: mentor.user.id, menteeId: mentee.user.id, goals: SECRET_GOALS },
        },
        { token: coordinator.token },
      ),
    ).createMentorship;
    pairId = created.id;
    // The coordinator wrote the first goals, but does not read them back once the pair owns them.
    expect(created.goals).toBeNull();
    ok(
      await server.gql(
        LOG_MEETING,
        { input: { mentorshipId: pairId, meetingOn: day(), notes: SECRET_NOTES, nextSteps: SECRET_STEPS } },
        { token: mentee.token },
      ),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  it('each of the pair reads everything the pair wrote', async () => {
    for (const who of [mentor, mentee]) {
      const pair = ok(
        await server.gql<{ mentorship: PairResult }>(PAIR, { id: pairId }, { token: who.token }),
      ).mentorship;
      expect(pair.mine).toBe(true);
      expect(pair.canWrite).toBe(true);
      expect(pair.goals).toBe(SECRET_GOALS);
      expect(pair.meetings).toEqual([
        expect.objectContaining({ meetingOn: day(), notes: SECRET_NOTES, nextSteps: SECRET_STEPS }),
      ]);
      const mine = ok(
        await server.gql<{ mentorships: PairResult[] }>(PAIRS, { n: net.network.id }, { token: who.token }),
      );
      expect(mine.mentorships.map((p) => p.id)).toEqual([pairId]);
    }
  });

  it('a coordinator sees names, schools, status and meeting dates only', async () => {
    const list = ok(
      await server.gql<{ mentorships: PairResult[] }>(PAIRS, { n: net.network.id }, { token: coordinator.token }),
    );
    const one = ok(await server.gql<{ mentorship: PairResult }>(PAIR, { id: pairId }, { token: coordinator.token }));
    for (const pair of [list.mentorships[0]!, one.mentorship]) {
      expect(pair).toMatchObject({
        id: pairId,
        status: 'ACTIVE',
        mine: false,
        canWrite: false,
        goals: null,
        meetings: null,
        unit: null,
        meetingDates: [day()],
        lastMeetingOn: day(),
        mentor: { user: { displayName: 'Rosa Veteran' }, school: { name: net.schools[1]!.name } },
        mentee: { user: { displayName: 'Sam Newer' }, school: { name: net.schools[0]!.name } },
      });
    }
    expect(JSON.stringify([list, one])).not.toMatch(/secret-/);
    // Nor can the coordinator write into the pair's record.
    const log = await server.gql(
      LOG_MEETING,
      { input: { mentorshipId: pairId, meetingOn: day(), notes: 'Coordinator note' } },
      { token: coordinator.token },
    );
    expect(refused(log, 'FORBIDDEN').message).toMatch(/pair's two people/);
    refused(
      await server.gql(UPDATE_PAIR, { input: { mentorshipId: pairId, goals: 'x' } }, { token: coordinator.token }),
      'FORBIDDEN',
    );
  });

  it("the service decides each pair's reading once for the viewer; the fields only read it", async () => {
    const service = server.app.get(MentorshipsService, { strict: false });
    const reading = async (userId: string) => [
      ...(await service.list(userId, net.network.id)).map(viewerOf),
      viewerOf(await service.get(userId, pairId)),
    ];
    for (const who of [mentor, mentee])
      expect(await reading(who.user.id)).toEqual([
        { readsPrivate: true, writes: true },
        { readsPrivate: true, writes: true },
      ]);
    expect(await reading(coordinator.user.id)).toEqual([
      { readsPrivate: false, writes: false },
      { readsPrivate: false, writes: false },
    ]);
    // A pair the service did not decide for (loaded some other way) shows nothing private.
    const raw = { ...(await service.get(mentor.user.id, pairId)), viewer: undefined };
    expect(viewerOf(raw)).toEqual({ readsPrivate: false, writes: false });
  });

  it('another teacher, a student and another network are told the pair does not exist', async () => {
    ok(await server.gql(PAIRS, { n: net.network.id }, { token: colleague.token }));
    expect(
      ok(await server.gql<{ mentorships: PairResult[] }>(PAIRS, { n: net.network.id }, { token: colleague.token }))
        .mentorships,
    ).toEqual([]);
    for (const who of [colleague, student, outsider]) {
      refused(await server.gql(PAIR, { id: pairId }, { token: who.token }), 'NOT_FOUND');
      refused(
        await server.gql(
          LOG_MEETING,
          { input: { mentorshipId: pairId, meetingOn: day(), notes: 'x' } },
          { token: who.token },
        ),
        'NOT_FOUND',
      );
      refused(
        await server.gql(UPDATE_PAIR, { input: { mentorshipId: pairId, goals: 'x' } }, { token: who.token }),
        'NOT_FOUND',
      );
      refused(await server.gql(END_PAIR, { id: pairId }, { token: who.token }), 'NOT_FOUND');
    }
    // An id nobody has answers exactly the same.
    const nobody = await server.gql(PAIR, { id: '00000000-0000-4000-8000-000000000000' }, { token: colleague.token });
    const hidden = await server.gql(PAIR, { id: pairId }, { token: colleague.token });
    expect(hidden.errors).toEqual(nobody.errors);
    for (const who of [student, outsider])
      refused(await server.gql(PAIRS, { n: net.network.id }, { token: who.token }), 'NOT_FOUND');
    refused(
      await server.gql(
        CREATE_PAIR,
        { input: { networkId: net.network.id, mentorId: mentor.user.id, menteeId: colleague.user.id } },
        { token: outsider.token },
      ),
      'NOT_FOUND',
    );
  });

  it('links, recordings and observation notes answer the pair only', async () => {
    const links = server.app.get(LinkTargets);
    const media = server.app.get(MediaOwners);
    const notes = server.app.get(NoteOwners);
    expect(await links.place('mentorship', mentee.user.id, pairId)).toEqual({ networkId: net.network.id });
    expect(await links.place('mentorship', coordinator.user.id, pairId)).toEqual({ networkId: net.network.id });
    expect(await media.access('MENTORSHIP', mentor.user.id, pairId)).toEqual({
      networkId: net.network.id,
      upload: true,
      view: true,
    });
    expect(await notes.access('MENTORSHIP', mentee.user.id, pairId)).toEqual({
      networkId: net.network.id,
      write: true,
      seeAll: true,
      lookFors: [],
    });
    for (const who of [coordinator, colleague, student, outsider]) {
      expect(await media.access('MENTORSHIP', who.user.id, pairId)).toBeNull();
      expect(await notes.access('MENTORSHIP', who.user.id, pairId)).toBeNull();
    }
    for (const who of [colleague, student, outsider])
      expect(await links.place('mentorship', who.user.id, pairId)).toBeNull();
    expect(await media.owner('MENTORSHIP')!.participants(pairId)).toEqual([mentor.user.id, mentee.user.id]);
    expect(await media.owner('MENTORSHIP')!.closedAt(pairId)).toBeNull();
  });

  it('the pair links a unit it can open; others never see which', async () => {
    const group = await createGroup(server.db, net, { subject: 'Mathematics' });
    await addToGroup(server.db, group, mentee);
    const unit = await createUnit(server, mentee.token, {
      groupId: group.id,
      title: 'Ratios draft (secret-unit-7731)',
    });
    // A draft of a group the mentor is not in: the mentee can link it, the mentor is not shown it.
    const linked = ok(
      await server.gql<{ updateMentorship: PairResult }>(
        UPDATE_PAIR,
        { input: { mentorshipId: pairId, unitId: unit.id } },
        { token: mentee.token },
      ),
    ).updateMentorship;
    expect(linked.unit).toEqual({ id: unit.id, title: 'Ratios draft (secret-unit-7731)' });
    const asMentor = ok(await server.gql<{ mentorship: PairResult }>(PAIR, { id: pairId }, { token: mentor.token }));
    expect(asMentor.mentorship.unit).toBeNull();
    const asCoordinator = await server.gql<{ mentorship: PairResult }>(
      PAIR,
      { id: pairId },
      { token: coordinator.token },
    );
    expect(asCoordinator.data!.mentorship.unit).toBeNull();
    expect(JSON.stringify(asCoordinator)).not.toMatch(/secret-/);
    // A unit the caller cannot open (or of another network) is refused like one that does not exist.
    const refusedUnit = await server.gql(
      UPDATE_PAIR,
      { input: { mentorshipId: pairId, unitId: unit.id } },
      { token: mentor.token },
    );
    expect(refused(refusedUnit, 'BAD_USER_INPUT').message).toBe('Choose a unit of this network that you can open.');
    const cleared = ok(
      await server.gql<{ updateMentorship: PairResult }>(
        UPDATE_PAIR,
        { input: { mentorshipId: pairId, clearUnit: true } },
        { token: mentor.token },
      ),
    ).updateMentorship;
    expect(cleared.unit).toBeNull();
  });

  it('refuses a pair in one school, a student, or one person twice, in words a coordinator understands', async () => {
    const sameSchool = await server.gql(
      CREATE_PAIR,
      { input: { networkId: net.network.id, mentorId: colleague.user.id, menteeId: mentee.user.id } },
      { token: coordinator.token },
    );
    expect(refused(sameSchool, 'BAD_USER_INPUT').message).toBe(
      'A mentor and a newer teacher must be in different schools: mentoring here pairs people across schools.',
    );
    const withStudent = await server.gql(
      CREATE_PAIR,
      { input: { networkId: net.network.id, mentorId: mentor.user.id, menteeId: student.user.id } },
      { token: coordinator.token },
    );
    expect(refused(withStudent, 'BAD_USER_INPUT').extensions?.fieldErrors).toEqual({
      menteeId: 'Choose teachers of this network who have a school.',
    });
    const twice = await server.gql(
      CREATE_PAIR,
      { input: { networkId: net.network.id, mentorId: mentor.user.id, menteeId: mentor.user.id } },
      { token: coordinator.token },
    );
    expect(refused(twice, 'BAD_USER_INPUT').message).toMatch(/two different teachers/);
    const byTeacher = await server.gql(
      CREATE_PAIR,
      { input: { networkId: net.network.id, mentorId: mentor.user.id, menteeId: colleague.user.id } },
      { token: mentee.token },
    );
    expect(refused(byTeacher, 'FORBIDDEN').message).toBe('Only a network coordinator can pair teachers for mentoring.');
    const count = await server.db.query(`SELECT count(*)::int AS n FROM mentorship WHERE network_id = $1`, [
      net.network.id,
    ]);
    expect(count[0].n).toBe(1);
  });

  it('an ended pair keeps its record for the pair, read-only', async () => {
    const second = ok(
      await server.gql<{ createMentorship: PairResult }>(
        CREATE_PAIR,
        { input: { networkId: net.network.id, mentorId: mentor.user.id, menteeId: colleague.user.id } },
        { token: coordinator.token },
      ),
    ).createMentorship;
    ok(
      await server.gql(
        LOG_MEETING,
        { input: { mentorshipId: second.id, meetingOn: day(), notes: 'First talk' } },
        { token: colleague.token },
      ),
    );
    const ended = ok(
      await server.gql<{ endMentorship: PairResult }>(END_PAIR, { id: second.id }, { token: coordinator.token }),
    );
    expect(ended.endMentorship.status).toBe('ENDED');
    const log = await server.gql(
      LOG_MEETING,
      { input: { mentorshipId: second.id, meetingOn: day(), notes: 'Too late' } },
      { token: colleague.token },
    );
    expect(refused(log, 'FORBIDDEN').message).toMatch(/has ended/);
    const pair = ok(
      await server.gql<{ mentorship: PairResult }>(PAIR, { id: second.id }, { token: colleague.token }),
    ).mentorship;
    expect(pair.canWrite).toBe(false);
    expect(pair.meetings!.map((m) => m.notes)).toEqual(['First talk']);
    expect(await server.app.get(NoteOwners).access('MENTORSHIP', colleague.user.id, second.id)).toMatchObject({
      write: false,
    });
    expect(await server.app.get(MediaOwners).owner('MENTORSHIP')!.closedAt(second.id)).toEqual(new Date(pair.endedAt!));
  });
});
