import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { School } from '../../server/src/networks/school.entity.js';
import { User } from '../../server/src/auth/user.entity.js';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { ok, openExchange, twoSchools } from '../support/peer-feedback.js';

const CHECK = `query($e: ID!, $body: String!) { essayGiveaways(exchangeId: $e, body: $body) { kind phrase } }`;
const SUBMIT = `mutation($e: ID!, $body: String!, $anyway: Boolean) {
  submitEssay(exchangeId: $e, body: $body, submitAnyway: $anyway) { status submittedBody } }`;
const MINE = `query($id: ID!) { exchange(id: $id) { mySubmission { status body } } }`;

const NAMING = 'At Lyle, videos freeze every afternoon. Maya thinks rural schools should share teachers anyway.';
const PLAIN = 'At my school, videos freeze every afternoon. I think rural schools should share teachers anyway.';

describe('essays that give the writer away', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('student is warned before submitting an essay that names their school', async () => {
    const w = await twoSchools(server, 1);
    await server.db.getRepository(School).update(w.net.schools[0].id, { name: 'Lyle High School', locality: 'Lyle' });
    const [maya] = w.studentsA;
    const [other] = w.studentsB;
    await server.db.getRepository(User).update(maya.user.id, { displayName: 'Maya Redhorse' });
    const e = await openExchange(server, w);
    const as = (token: string) => ({ token });

    // The check names what the essay says, as the essay says it: her school and her first name.
    expect(
      (await ok(server.gql<{ essayGiveaways: unknown[] }>(CHECK, { e, body: NAMING }, as(maya.token)))).essayGiveaways,
    ).toEqual([
      { kind: 'SCHOOL', phrase: 'Lyle' },
      { kind: 'NAME', phrase: 'Maya' },
    ]);
    // Nothing else about her leaves the server: an essay that names nobody gets nothing back.
    expect(
      (await ok(server.gql<{ essayGiveaways: unknown[] }>(CHECK, { e, body: PLAIN }, as(maya.token)))).essayGiveaways,
    ).toEqual([]);
    // Lyle is not the other school's student's school, nor "Maya" their name.
    expect(
      (await ok(server.gql<{ essayGiveaways: unknown[] }>(CHECK, { e, body: NAMING }, as(other.token)))).essayGiveaways,
    ).toEqual([]);

    // Submitting it is refused with the words to change, and nothing is submitted.
    const refused = await server.gql(SUBMIT, { e, body: NAMING }, as(maya.token));
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toBe(
      'Your essay names your school (“Lyle”) and you (“Maya”). Reviewers at other schools would learn who wrote it: change those words, or submit anyway.',
    );
    const mine = async () =>
      (
        await ok(
          server.gql<{ exchange: { mySubmission: { status: string; body: string } | null } }>(
            MINE,
            { id: e },
            as(maya.token),
          ),
        )
      ).exchange.mySubmission;
    expect((await mine())?.status ?? 'NONE').not.toBe('SUBMITTED');

    // She changes the words and it goes in; or she chooses to submit anyway.
    expect(
      (await ok(server.gql<{ submitEssay: { status: string } }>(SUBMIT, { e, body: PLAIN }, as(maya.token))))
        .submitEssay.status,
    ).toBe('SUBMITTED');
    const anyway = await ok(
      server.gql<{ submitEssay: { status: string; submittedBody: string } }>(
        SUBMIT,
        { e, body: NAMING, anyway: true },
        as(maya.token),
      ),
    );
    expect(anyway.submitEssay).toEqual({ status: 'SUBMITTED', submittedBody: NAMING });

    // Only the essay's writer may ask: her teacher and another network's student may not.
    expect(errorCode(await server.gql(CHECK, { e, body: NAMING }, as(w.a.token)))).toMatch(/FORBIDDEN|NOT_FOUND/);
    const elsewhere = await createNetwork(server.db);
    const stranger = await createPerson(server.db, elsewhere, 'STUDENT');
    expect(errorCode(await server.gql(CHECK, { e, body: NAMING }, as(await signIn(server, stranger.login))))).toBe(
      'NOT_FOUND',
    );
  });
});
