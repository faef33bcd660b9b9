import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EXCHANGE_LIMITS } from '@switchback/shared';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { ExchangePhasesService } from '../../server/src/feedback/exchange-phases.service.js';
import { Notification } from '../../server/src/notifications/notification.entity.js';
import {
  addToGroup,
  createClass,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';

const SUBMISSION = `id exchangeId pseudonym body submittedBody status submittedAt hasUnsubmittedChanges wordCount`;
const EXCHANGE = `id title prompt phase reviewsPerSubmission anonymity crossSchoolOnly submissionDueAt
  viewerRole viewerCanAddClasses submissionOpen owner { id displayName }
  rubric { id lockedAt criteria { id title } }
  classes { id status classId className schoolName isMine teacher { id displayName }
    progress { enrolled started submitted }
    participants { pseudonym isMine status wordCount student { id displayName } } }
  invitableTeachers { id displayName }
  mySubmission { ${SUBMISSION} }`;
const GET = `query($id: ID!) { exchange(id: $id) { ${EXCHANGE} } }`;
const MINE = `query($networkId: ID!) { myExchanges(networkId: $networkId) { ${EXCHANGE} } }`;
const CREATE = `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { ${EXCHANGE} } }`;
const INVITE = `mutation($e: ID!, $t: ID!) { inviteClassToExchange(exchangeId: $e, teacherId: $t) { id } }`;
const ADD = `mutation($e: ID!, $c: ID!) { addClassToExchange(exchangeId: $e, classId: $c) { id } }`;
const ADVANCE = `mutation($e: ID!) { advanceExchangePhase(exchangeId: $e) { id phase } }`;
const SAVE = `mutation($e: ID!, $body: String!) { saveEssayDraft(exchangeId: $e, body: $body) { ${SUBMISSION} } }`;
const SUBMIT = `mutation($e: ID!, $body: String!) { submitEssay(exchangeId: $e, body: $body) { ${SUBMISSION} } }`;
const RUBRIC = `mutation($input: CreateRubricInput!) { createRubric(input: $input) { id } }`;

interface SubmissionResult {
  pseudonym: string;
  body: string;
  submittedBody: string | null;
  status: string;
  hasUnsubmittedChanges: boolean;
  wordCount: number;
}
interface Participant {
  pseudonym: string | null;
  isMine: boolean;
  status: string;
  student: { id: string; displayName: string } | null;
}
interface ExchangeResult {
  id: string;
  phase: string;
  viewerRole: string;
  viewerCanAddClasses: boolean;
  submissionOpen: boolean;
  rubric: { id: string; lockedAt: string | null };
  classes: {
    status: string;
    className: string | null;
    schoolName: string | null;
    isMine: boolean;
    progress: { enrolled: number; started: number; submitted: number };
    participants: Participant[];
  }[];
  invitableTeachers: { id: string }[];
  mySubmission: SubmissionResult | null;
}

type Signed = TestPerson & { token: string };
const DAY = 86_400_000;
const ESSAY = 'Rural schools should share teachers online because small schools cannot hire for every subject.';

describe('exchanges and essays', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function person(net: TestNetwork, role: 'TEACHER' | 'STUDENT', school: number, name?: string) {
    const p = await createPerson(server.db, net, role, { school: net.schools[school], name });
    return { ...p, token: await signIn(server, p.login) } as Signed;
  }
  async function ok<T>(res: Promise<GqlResult<T>>): Promise<T> {
    const r = await res;
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  /** Two schools; teachers A and B share a job-alike group; each has a class of two students. */
  async function world() {
    const net = await createNetwork(server.db, 2);
    const tag = net.network.slug.slice(4);
    const a = await person(net, 'TEACHER', 0);
    const b = await person(net, 'TEACHER', 1);
    const group = await createGroup(server.db, net, { subject: 'English Language Arts' });
    await addToGroup(server.db, group, a);
    await addToGroup(server.db, group, b);
    const a1 = await person(net, 'STUDENT', 0, `Ada Quillfeather ${tag}`);
    const a2 = await person(net, 'STUDENT', 0, `Abel Marchbanks ${tag}`);
    const b1 = await person(net, 'STUDENT', 1, `Bea Thistlewood ${tag}`);
    const b2 = await person(net, 'STUDENT', 1, `Bo Ravensworth ${tag}`);
    const classA = await createClass(server.db, net, a, [a1, a2]);
    const classB = await createClass(server.db, net, b, [b1, b2]);
    const rubric = await ok(
      server.gql<{ createRubric: { id: string } }>(
        RUBRIC,
        {
          input: {
            networkId: net.network.id,
            title: 'Argument',
            criteria: [
              {
                title: 'Claim',
                weight: 1,
                levels: [
                  { points: 1, label: 'Beginning', descriptor: 'No clear claim.' },
                  { points: 3, label: 'Strong', descriptor: 'A clear, arguable claim.' },
                ],
              },
            ],
          },
        },
        { token: a.token },
      ),
    );
    return { net, a, b, a1, a2, b1, b2, classA, classB, rubricId: rubric.createRubric.id };
  }

  function input(w: Awaited<ReturnType<typeof world>>, extra: Record<string, unknown> = {}) {
    const now = Date.now();
    return {
      networkId: w.net.network.id,
      title: 'Should rural schools share teachers?',
      prompt: 'Write an argumentative essay of 500 words.',
      rubricId: w.rubricId,
      submissionDueAt: new Date(now + 2 * DAY).toISOString(),
      reviewDueAt: new Date(now + 4 * DAY).toISOString(),
      feedbackReleaseAt: new Date(now + 5 * DAY).toISOString(),
      classIds: [w.classA.id],
      ...extra,
    };
  }

  async function openExchange(w: Awaited<ReturnType<typeof world>>): Promise<string> {
    const created = await ok(server.gql<{ createExchange: ExchangeResult }>(CREATE, { input: input(w) }, w.a));
    const id = created.createExchange.id;
    await ok(server.gql(INVITE, { e: id, t: w.b.user.id }, { token: w.a.token }));
    await ok(server.gql(ADD, { e: id, c: w.classB.id }, { token: w.b.token }));
    await ok(server.gql(ADVANCE, { e: id }, { token: w.a.token }));
    return id;
  }

  it('two schools run an exchange: create, invite, add classes, open, draft, submit and resubmit, privately', async () => {
    const w = await world();
    const { a, b, a1, a2, b1 } = w;
    const created = (await ok(server.gql<{ createExchange: ExchangeResult }>(CREATE, { input: input(w) }, a)))
      .createExchange;
    expect(created).toMatchObject({
      phase: 'DRAFT',
      reviewsPerSubmission: EXCHANGE_LIMITS.reviewsDefault,
      anonymity: 'DOUBLE_BLIND',
      crossSchoolOnly: true,
      viewerRole: 'OWNER',
      submissionOpen: false,
    });
    expect(created.rubric.lockedAt).not.toBeNull();
    expect(created.invitableTeachers.map((t) => t.id)).toEqual([b.user.id]);
    const id = created.id;

    // Before the invitation B cannot see it; after it B is notified and may add a class.
    expect(errorCode(await server.gql(GET, { id }, b))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(ADD, { e: id, c: w.classB.id }, b))).toBe('NOT_FOUND');
    await ok(server.gql(INVITE, { e: id, t: b.user.id }, a));
    const notes = await server.db.getRepository(Notification).findBy({ userId: b.user.id, kind: 'EXCHANGE_INVITE' });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toContain('Should rural schools share teachers?');
    const asB = (await ok(server.gql<{ myExchanges: ExchangeResult[] }>(MINE, { networkId: w.net.network.id }, b)))
      .myExchanges;
    expect(asB.map((e) => [e.id, e.viewerRole, e.viewerCanAddClasses])).toEqual([[id, 'TEACHER', true]]);
    const PERMS = `query($id: ID!) { exchange(id: $id) { viewerCanAdvance viewerCanAddClasses addableClasses { id } } }`;
    type Perms = {
      exchange: { viewerCanAdvance: boolean; viewerCanAddClasses: boolean; addableClasses: { id: string }[] };
    };
    expect((await ok(server.gql<Perms>(PERMS, { id }, b))).exchange).toEqual({
      viewerCanAdvance: false,
      viewerCanAddClasses: true,
      addableClasses: [{ id: w.classB.id }],
    });
    expect((await ok(server.gql<Perms>(PERMS, { id }, a))).exchange).toMatchObject({
      viewerCanAdvance: true,
      addableClasses: [],
    });
    expect(errorCode(await server.gql(ADD, { e: id, c: w.classA.id }, b))).toBe('FORBIDDEN');
    await ok(server.gql(ADD, { e: id, c: w.classB.id }, b));
    await ok(server.gql(ADD, { e: id, c: w.classB.id }, b)); // adding twice changes nothing

    // Not open yet: students may not write; only the owner advances.
    const early = await server.gql(SAVE, { e: id, body: ESSAY }, a1);
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect(early.errors![0]!.message).toMatch(/not open for essays yet/);
    expect(errorCode(await server.gql(ADVANCE, { e: id }, b))).toBe('FORBIDDEN');
    expect(
      (await ok(server.gql<{ advanceExchangePhase: { phase: string } }>(ADVANCE, { e: id }, a))).advanceExchangePhase
        .phase,
    ).toBe('SUBMISSION');

    // Students draft, submit, resubmit.
    const studentJson: string[] = [];
    const asStudent = async <T>(s: Signed, query: string, vars: Record<string, unknown>) => {
      const res = await server.gql<T>(query, vars, s);
      studentJson.push(JSON.stringify(res));
      return res;
    };
    const draft = (await asStudent<{ saveEssayDraft: SubmissionResult }>(a1, SAVE, { e: id, body: 'Rural schools' }))
      .data!.saveEssayDraft;
    expect(draft).toMatchObject({ status: 'DRAFT', body: 'Rural schools', submittedBody: null, wordCount: 2 });
    expect(draft.pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    const first = (await asStudent<{ submitEssay: SubmissionResult }>(a1, SUBMIT, { e: id, body: ESSAY })).data!
      .submitEssay;
    expect(first).toMatchObject({ status: 'SUBMITTED', submittedBody: ESSAY, pseudonym: draft.pseudonym });
    const edited = (await asStudent<{ saveEssayDraft: SubmissionResult }>(a1, SAVE, { e: id, body: `${ESSAY} More.` }))
      .data!.saveEssayDraft;
    expect(edited).toMatchObject({ status: 'SUBMITTED', submittedBody: ESSAY, hasUnsubmittedChanges: true });
    const again = (await asStudent<{ submitEssay: SubmissionResult }>(a1, SUBMIT, { e: id, body: `${ESSAY} More.` }))
      .data!.submitEssay;
    expect(again).toMatchObject({ submittedBody: `${ESSAY} More.`, hasUnsubmittedChanges: false });
    const b1s = (await asStudent<{ submitEssay: SubmissionResult }>(b1, SUBMIT, { e: id, body: ESSAY })).data!
      .submitEssay;
    expect(b1s.pseudonym).not.toBe(draft.pseudonym);
    await asStudent(a2, SAVE, { e: id, body: 'A start.' });

    // Bad input and wrong callers, with clear messages.
    const huge = await asStudent(b1, SUBMIT, { e: id, body: 'x'.repeat(EXCHANGE_LIMITS.essayMax + 1) });
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors![0]!.message).toMatch(/keep it under 20,000 characters/);
    expect(huge.errors![0]!.extensions!.fieldErrors).toHaveProperty('body');
    const empty = await asStudent(b1, SUBMIT, { e: id, body: '   ' });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(SUBMIT, { e: id, body: ESSAY }, a))).toBe('FORBIDDEN');

    // Each student sees the exchange and only their own essay.
    for (const s of [a1, a2, b1, w.b2]) {
      const mine = (await asStudent<{ myExchanges: ExchangeResult[] }>(s, MINE, { networkId: w.net.network.id })).data!
        .myExchanges;
      expect(mine.map((e) => e.id)).toEqual([id]);
      const seen = (await asStudent<{ exchange: ExchangeResult }>(s, GET, { id })).data!.exchange;
      expect(seen).toMatchObject({ viewerRole: 'STUDENT', submissionOpen: true, classes: [], invitableTeachers: [] });
    }

    // Teacher A: own students by name, B's only as pseudonyms; B the other way round.
    const teacherView = async (t: Signed) => {
      const res = await server.gql<{ exchange: ExchangeResult }>(GET, { id }, t);
      expect(res.errors).toBeUndefined();
      return { json: JSON.stringify(res), ex: res.data!.exchange };
    };
    const viewA = await teacherView(a);
    const [mineA, theirsA] = viewA.ex.classes;
    expect(mineA).toMatchObject({
      status: 'JOINED',
      isMine: true,
      progress: { enrolled: 2, started: 2, submitted: 1 },
    });
    expect(mineA!.className).toBe(w.classA.name);
    expect(mineA!.participants.map((p) => [p.student?.displayName, p.status])).toEqual([
      [a2.user.displayName, 'DRAFT'],
      [a1.user.displayName, 'SUBMITTED'],
    ]);
    expect(theirsA).toMatchObject({ isMine: false, className: null, schoolName: null });
    expect(theirsA!.progress).toEqual({ enrolled: 2, started: 1, submitted: 1 });
    expect(theirsA!.participants).toEqual([
      { pseudonym: b1s.pseudonym, isMine: false, status: 'SUBMITTED', wordCount: expect.any(Number), student: null },
    ]);
    const viewB = await teacherView(b);
    expect(viewB.ex.classes[1]!.participants.map((p) => p.student?.displayName)).toEqual([
      b1.user.displayName,
      w.b2.user.displayName,
    ]);
    expect(viewB.ex.classes[0]!.participants.every((p) => p.student === null && p.pseudonym)).toBe(true);

    // Privacy: nothing identifying crosses the school boundary (nor reaches another student).
    const identifiers = (s: Signed) => [s.user.displayName, s.user.username!];
    const schoolA = w.net.schools[0]!.name;
    const schoolB = w.net.schools[1]!.name;
    for (const text of [viewB.json]) {
      for (const s of [a1, a2]) for (const word of identifiers(s)) expect(text).not.toContain(word);
      expect(text).not.toContain(schoolA);
    }
    for (const s of [a1, a2]) expect(viewA.json).toContain(s.user.displayName);
    for (const s of [b1, w.b2]) for (const word of identifiers(s)) expect(viewA.json).not.toContain(word);
    expect(viewA.json).not.toContain(schoolB);
    const everyone = [a1, a2, b1, w.b2];
    for (const text of studentJson) {
      expect(text).not.toContain(schoolA);
      expect(text).not.toContain(schoolB);
      const named = everyone.filter((s) => identifiers(s).some((word) => text.includes(word)));
      expect(named).toEqual([]);
    }

    // The owner opens reviews early: essays are then closed, before the deadline.
    expect(
      (await ok(server.gql<{ advanceExchangePhase: { phase: string } }>(ADVANCE, { e: id }, a))).advanceExchangePhase
        .phase,
    ).toBe('REVIEW');
    const late = await server.gql(SUBMIT, { e: id, body: ESSAY }, a2);
    expect(errorCode(late)).toBe('FORBIDDEN');
    expect(late.errors![0]!.message).toMatch(/Essays are closed/);
    const readOnly = (await ok(server.gql<{ exchange: ExchangeResult }>(GET, { id }, a1))).exchange;
    expect(readOnly).toMatchObject({ phase: 'REVIEW', submissionOpen: false });
    // Classes are no longer added once reviews have begun.
    const closedPerms = await ok(
      server.gql<{ exchange: { viewerCanAddClasses: boolean; addableClasses: unknown[] } }>(
        `query($id: ID!) { exchange(id: $id) { viewerCanAddClasses addableClasses { id } } }`,
        { id },
        a,
      ),
    );
    expect(closedPerms.exchange).toEqual({ viewerCanAddClasses: false, addableClasses: [] });
    expect(readOnly.mySubmission!.submittedBody).toBe(`${ESSAY} More.`);
  });

  it('the essay deadline closes essays, and the dates move the exchange on', async () => {
    const w = await world();
    const id = await openExchange(w);
    await ok(server.gql(SAVE, { e: id, body: 'Almost done' }, w.a1));
    // Without late essays, the deadline is final (late essays are covered with reviews).
    await server.db
      .getRepository(Exchange)
      .update(id, { submissionDueAt: new Date(Date.now() - 60_000), acceptLateEssays: false });
    for (const query of [SAVE, SUBMIT]) {
      const res = await server.gql(query, { e: id, body: ESSAY }, w.a1);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/essay deadline passed/);
    }
    const phases = server.app.get(ExchangePhasesService);
    await phases.runDue();
    expect((await server.db.getRepository(Exchange).findOneByOrFail({ id })).phase).toBe('REVIEW');
    const seen = (await ok(server.gql<{ exchange: ExchangeResult }>(GET, { id }, w.a1))).exchange;
    expect(seen).toMatchObject({ phase: 'REVIEW', submissionOpen: false, mySubmission: { body: 'Almost done' } });

    await server.db.getRepository(Exchange).update(id, {
      reviewDueAt: new Date(Date.now() - 30_000),
      feedbackReleaseAt: new Date(Date.now() - 20_000),
    });
    await phases.runDue();
    expect((await server.db.getRepository(Exchange).findOneByOrFail({ id })).phase).toBe('FEEDBACK');
    // Closing is the owner's decision; a closed exchange goes no further.
    await ok(server.gql(ADVANCE, { e: id }, w.a));
    const past = await server.gql(ADVANCE, { e: id }, w.a);
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors![0]!.message).toMatch(/closed/);
  });

  it('refuses outsiders, non-owners and bad settings', async () => {
    const w = await world();
    const id = await openExchange(w);
    // A student of a class that is not in the exchange.
    const outsider = await person(w.net, 'STUDENT', 0);
    const teacherC = await person(w.net, 'TEACHER', 0);
    await createClass(server.db, w.net, teacherC, [outsider]);
    expect(errorCode(await server.gql(GET, { id }, outsider))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SAVE, { e: id, body: ESSAY }, outsider))).toBe('NOT_FOUND');
    expect(
      (await ok(server.gql<{ myExchanges: unknown[] }>(MINE, { networkId: w.net.network.id }, outsider))).myExchanges,
    ).toEqual([]);
    // A teacher of the network outside the exchange and of no shared group.
    expect(errorCode(await server.gql(GET, { id }, teacherC))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(INVITE, { e: id, t: teacherC.user.id }, w.a))).toBe('FORBIDDEN');
    // A teacher of another network.
    const elsewhere = await createNetwork(server.db, 1);
    const stranger = await person(elsewhere, 'TEACHER', 0);
    expect(errorCode(await server.gql(GET, { id }, stranger))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(ADVANCE, { e: id }, stranger))).toBe('NOT_FOUND');
    // Invited teachers and students do not advance it.
    expect(errorCode(await server.gql(ADVANCE, { e: id }, w.b))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(ADVANCE, { e: id }, w.b1))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(INVITE, { e: id, t: w.a.user.id }, w.b))).toBe('FORBIDDEN');

    // Bad settings: dates out of order, k out of range, a class of someone else, no class when opening.
    const badDates = await server.gql(
      CREATE,
      { input: input(w, { reviewDueAt: new Date(Date.now() + DAY).toISOString() }) },
      w.a,
    );
    expect(errorCode(badDates)).toBe('BAD_USER_INPUT');
    expect(badDates.errors![0]!.extensions!.fieldErrors).toEqual({
      reviewDueAt: 'Reviews must be due after essays are due.',
    });
    const badK = await server.gql(CREATE, { input: input(w, { reviewsPerSubmission: 7 }) }, w.a);
    expect(errorCode(badK)).toBe('BAD_USER_INPUT');
    expect(badK.errors![0]!.message).toMatch(/from 1 to 6 reviews/);
    expect(errorCode(await server.gql(CREATE, { input: input(w, { classIds: [w.classB.id] }) }, w.a))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await server.gql(CREATE, { input: input(w) }, w.a1))).toBe('FORBIDDEN');
    const bare = await ok(
      server.gql<{ createExchange: ExchangeResult }>(CREATE, { input: input(w, { classIds: [] }) }, w.a),
    );
    const noClass = await server.gql(ADVANCE, { e: bare.createExchange.id }, w.a);
    expect(errorCode(noClass)).toBe('BAD_USER_INPUT');
    expect(noClass.errors![0]!.message).toMatch(/Add at least one class/);
  });
});
