/**
 * Adults' to-do on their home page: a teacher's flags to resolve, exchanges waiting on them, join
 * requests, critical-friend requests and the sessions they facilitate; a coordinator's unaccepted
 * invitations, sessions without a facilitator and isolated members. Only the person's own items,
 * only in the network of the route: another network's coordinator gets "not found".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { at, conveningWorld, ok as okConvening, publishedConvening, Q } from '../support/convenings-api.js';
import { addToGroup, createGroup } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { assignmentsOf, OPS, ok, openExchange, pass, reviewOf, runJob, twoSchools } from '../support/peer-feedback.js';
import { MY_TO_DO, toDoOf } from '../support/to-do-api.js';
import { createUnit, START_REVIEW } from '../support/units-api.js';

const ESSAY = 'Small schools should share teachers, because every student deserves a physics class.';

describe('what waits on teachers and coordinators', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('teacher sees join requests, critical-friend requests, registration and the sessions they facilitate', async () => {
    const w = await conveningWorld(server);
    const [ada, ben, cy] = w.teachers;
    const { convening, session } = await publishedConvening(server, w);
    // Ada facilitates a closed group where Cy asks to join; Cy is a critical friend of Ada and Ben's unit.
    const closed = await createGroup(server.db, w.net, { name: 'Closed circle', access: 'CLOSED' });
    await addToGroup(server.db, closed, ada!, { role: 'FACILITATOR' });
    await addToGroup(server.db, closed, cy!, { status: 'PENDING' });
    const unit = await createUnit(server, ben!.token, { groupId: w.group.id, title: 'Systems of equations' });
    okConvening(
      await server.gql(START_REVIEW, { input: { unitId: unit.id, friendIds: [cy!.user.id] } }, { token: ben!.token }),
    );

    const ada1 = await toDoOf(server, w.net.network.id, ada!.token);
    expect(ada1.items.map((i) => i.kind)).toEqual([
      'CONVENING_TO_REGISTER', // closes in 20 days
      'SESSION_TO_FACILITATE', // starts in about 30
      'GROUP_JOIN_REQUESTS',
      'UNIT_REVIEW_TO_MOVE_ON',
    ]);
    expect(ada1.items[1]).toMatchObject({
      title: 'Facilitate “Math job-alike”',
      path: `/convenings/${convening.id}/sessions/${session.id}`,
      actionLabel: 'Open your session',
    });
    expect(ada1.items[1]!.when).toMatch(/^Starts .*9:00\sAM AKST$/);
    expect(ada1.items[2]).toMatchObject({
      title: 'Someone asks to join “Closed circle”',
      path: `/groups/${closed.id}`,
    });

    const cy1 = await toDoOf(server, w.net.network.id, cy!.token);
    expect(cy1.timeZone).toBe('America/Los_Angeles');
    expect(cy1.items.map((i) => i.kind)).toEqual(['CONVENING_TO_REGISTER', 'CRITICAL_FRIEND_REQUEST']);
    expect(cy1.items[1]).toMatchObject({
      title: 'Be a critical friend for “Systems of equations”',
      path: `/units/${unit.id}`,
    });

    // Registering (even "not going") takes the convening off the list.
    okConvening(
      await server.gql(
        `mutation($c: ID!) { register(conveningId: $c, status: NOT_GOING) { id } }`,
        { c: convening.id },
        { token: cy!.token },
      ),
    );
    expect((await toDoOf(server, w.net.network.id, cy!.token)).items.map((i) => i.kind)).toEqual([
      'CRITICAL_FRIEND_REQUEST',
    ]);
    // A student has none of it.
    expect((await toDoOf(server, w.net.network.id, w.student.token)).items).toEqual([]);
  });

  it('teacher sees the exchange to open, the invitation to add classes, and flags to resolve', async () => {
    const w = await twoSchools(server, 2);
    const now = Date.now();
    const draft = await ok(
      server.gql<{ createExchange: { id: string } }>(
        OPS.create,
        {
          input: {
            networkId: w.net.network.id,
            title: 'Draft exchange',
            prompt: 'Write.',
            rubricId: w.rubricId,
            submissionDueAt: new Date(now + 3 * 86_400_000).toISOString(),
            reviewDueAt: new Date(now + 4 * 86_400_000).toISOString(),
            feedbackReleaseAt: new Date(now + 5 * 86_400_000).toISOString(),
            classIds: [w.classA.id],
          },
        },
        { token: w.a.token },
      ),
    );
    const id = draft.createExchange.id;
    await ok(server.gql(OPS.invite, { e: id, t: w.b.user.id }, { token: w.a.token }));
    expect((await toDoOf(server, w.net.network.id, w.a.token)).items).toMatchObject([
      { kind: 'EXCHANGE_TO_OPEN', title: 'Open “Draft exchange” for essays', path: `/exchanges/${id}` },
    ]);
    const invited = (await toDoOf(server, w.net.network.id, w.b.token)).items;
    expect(invited).toHaveLength(1);
    expect(invited[0]!.kind).toBe('EXCHANGE_INVITATION');
    expect(invited[0]!.title).toBe(`${w.a.name} invited your classes to “Draft exchange”`);
    await ok(server.gql(OPS.addClass, { e: id, c: w.classB.id }, { token: w.b.token }));
    expect((await toDoOf(server, w.net.network.id, w.b.token)).items).toEqual([]);

    // A flagged review waits on both teachers until one of them resolves it.
    const ex = await openExchange(server, w, { reviewsPerSubmission: 1, title: 'Flagged exchange' });
    for (const s of [...w.studentsA, ...w.studentsB]) {
      await ok(server.gql(OPS.submitEssay, { e: ex, body: ESSAY }, { token: s.token }));
    }
    await pass(server, ex, 'submissionDueAt');
    await runJob(server);
    for (const s of [...w.studentsA, ...w.studentsB]) {
      for (const a of await assignmentsOf(server, ex, s)) {
        await ok(server.gql(OPS.submit, { input: reviewOf(a) }, { token: s.token }));
      }
    }
    await pass(server, ex, 'feedbackReleaseAt');
    await runJob(server);
    const a0 = w.studentsA[0]!;
    const view = await ok(
      server.gql<{ exchange: { myFeedback: { id: string }[] } }>(OPS.exchange, { id: ex }, { token: a0.token }),
    );
    const reviewId = view.exchange.myFeedback[0]!.id;
    await ok(server.gql(OPS.flag, { input: { reviewId, reason: 'It was unkind.' } }, { token: a0.token }));
    for (const t of [w.a, w.b]) {
      const flags = (await toDoOf(server, w.net.network.id, t.token)).items.filter((i) => i.kind === 'FLAG_TO_RESOLVE');
      expect(flags).toMatchObject([
        { title: 'A student reported a review in “Flagged exchange”', path: `/exchanges/${ex}` },
      ]);
    }
    const results = await ok(
      server.gql<{ exchangeResults: { flags: { id: string }[] } }>(OPS.results, { e: ex }, { token: w.a.token }),
    );
    await ok(
      server.gql(
        OPS.resolve,
        { input: { flagId: results.exchangeResults.flags[0]!.id, resolution: 'KEEP' } },
        { token: w.a.token },
      ),
    );
    const after = await toDoOf(server, w.net.network.id, w.b.token);
    expect(after.items.some((i) => i.kind === 'FLAG_TO_RESOLVE')).toBe(false);
  });

  it('coordinator sees unaccepted invitations and sessions without a facilitator', async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w);
    const addSession = (input: Record<string, unknown>) =>
      server.gql(Q.addSession, { input: { conveningId: convening.id, ...input } }, { token: w.coordinator.token });
    okConvening(
      await addSession({
        kind: 'PLENARY',
        title: 'Closing',
        startsAt: at(w.nextDay, '14:00'),
        endsAt: at(w.nextDay, '15:00'),
        room: 'Gym',
      }),
    );
    okConvening(
      await addSession({
        kind: 'CROSS_GROUP',
        title: 'Open space',
        startsAt: at(w.day, '13:00'),
        endsAt: at(w.day, '14:00'),
        room: 'Gym',
      }),
    );
    // A social needs no facilitator.
    okConvening(
      await addSession({
        kind: 'SOCIAL',
        title: 'Dinner',
        startsAt: at(w.day, '18:00'),
        endsAt: at(w.day, '20:00'),
        room: 'Commons',
      }),
    );
    for (const email of ['one@example.org', 'two@example.org']) {
      okConvening(
        await server.gql(
          `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
          { input: { networkId: w.net.network.id, email, role: 'TEACHER', schoolId: w.net.schools[0].id } },
          { token: w.coordinator.token },
        ),
      );
    }

    const list = await toDoOf(server, w.net.network.id, w.coordinator.token, 'America/Denver');
    expect(list.timeZone).toBe('America/Denver');
    expect(list.items.map((i) => i.kind)).toEqual([
      'CONVENING_TO_REGISTER',
      'SESSIONS_WITHOUT_FACILITATOR',
      'INVITATIONS_NOT_ACCEPTED',
      'ISOLATED_MEMBERS',
    ]);
    const [, unfacilitated, invitations, isolated] = list.items;
    expect(unfacilitated).toMatchObject({
      title: '2 sessions of “Fall Convening” have no facilitator',
      path: `/convenings/${convening.id}`,
      dueAt: at(w.day, '13:00'),
    });
    expect(unfacilitated!.when).toMatch(/^First one starts .* MST$/);
    expect(invitations).toMatchObject({ title: '2 invitations are not accepted yet', path: '/people' });
    // Cy teaches in no group.
    expect(isolated).toMatchObject({ title: 'One teacher or principal is in no active group', path: '/isolated' });

    // Teachers see none of the coordinator's items.
    const teacherKinds = (await toDoOf(server, w.net.network.id, w.teachers[2]!.token)).items.map((i) => i.kind);
    expect(teacherKinds).toEqual(['CONVENING_TO_REGISTER']);
  });

  it("another network's coordinator, and anyone outside the network, get not found", async () => {
    const w = await conveningWorld(server);
    await publishedConvening(server, w);
    for (const token of [w.outsider.token, undefined]) {
      const res = await server.gql(MY_TO_DO, { networkId: w.net.network.id }, { token });
      expect(errorCode(res)).toBe(token ? 'NOT_FOUND' : 'UNAUTHENTICATED');
      expect(res.data?.myToDo ?? null).toBeNull();
    }
    // Their own network's list has nothing of this one.
    const own = await server.gql<{ myToDo: { items: unknown[] } }>(
      MY_TO_DO,
      { networkId: w.outsider.membership.networkId },
      { token: w.outsider.token },
    );
    expect(own.data?.myToDo.items).toEqual([]);
    const bad = await server.gql(MY_TO_DO, { networkId: 'not-an-id' }, { token: w.coordinator.token });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});
