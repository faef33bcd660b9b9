/**
 * A student's essay goes up in the network showcase only under its exchange pseudonym, never with the
 * student's name, username, class or school (nor the presenter's school), and only once the writer's
 * own teacher approves it. Students, another network's coordinator and outsiders are told it does
 * not exist; a teacher approving someone else's student's work is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { shortLinkPath } from '@switchback/shared';
import { createAccount, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';
import { showcaseWorld, type ShowcaseWorld } from '../support/showcase-world.js';

const ITEM = `id kind title body status featured pseudonym essay presenter { id displayName schoolName }
  target { id kind } responses { id kind body author { displayName schoolName } }
  mine canRespond canFeature canApprove canRemove createdAt`;
const SHOWCASE = `query($networkId: ID!, $first: Int, $after: String) { showcase(networkId: $networkId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { ${ITEM} } } }`;
const ADD = `mutation($i: AddToShowcaseInput!) { addToShowcase(input: $i) { ${ITEM} } }`;
const APPROVE = `mutation($id: ID!) { approveShowcaseItem(itemId: $id) { ${ITEM} } }`;
const RESPOND = `mutation($i: RespondToShowcaseInput!) { respondToShowcase(input: $i) { id kind body } }`;
const FEATURE = `mutation($id: ID!) { featureShowcaseItem(itemId: $id, featured: true) { id featured } }`;

interface Item {
  id: string;
  status: string;
  pseudonym: string | null;
  essay: string | null;
  presenter: { displayName: string; schoolName: string | null };
  canApprove: boolean;
  canRespond: boolean;
  responses: { kind: string; body: string }[];
}
type Page = { showcase: { totalCount: number; nodes: Item[] } };

describe("a student's work in the showcase", () => {
  let server: TestServer;
  let w: ShowcaseWorld;
  const tokens = new Map<string, string>();
  let otherCoordinator: TestPerson;
  let outsiderToken: string;
  let itemId: string;

  const as = <T>(p: TestPerson, query: string, variables: Record<string, unknown>) =>
    server.gql<T>(query, variables, { token: tokens.get(p.user.id)! });
  /** Everything of the student that must never cross: name, username, class and both schools' names. */
  const secrets = () => [
    w.student.user.displayName,
    w.student.user.username!,
    'Zqclass',
    ...w.net.schools.map((s) => s.name),
  ];
  const clean = (res: GqlResult<unknown>) => {
    const raw = JSON.stringify(res);
    for (const s of secrets()) expect(raw).not.toContain(s);
  };

  beforeAll(async () => {
    server = await startServer();
    w = await showcaseWorld(server.db);
    otherCoordinator = await createPerson(server.db, await createNetwork(server.db), 'COORDINATOR');
    for (const p of [w.presenter, w.colleague, w.bystander, w.coordinator, w.student, otherCoordinator])
      tokens.set(p.user.id, await signIn(server, p.login));
    const outsider = await createAccount(server.db);
    outsiderToken = await signIn(server, outsider.email!);
  }, 60_000);
  afterAll(() => server?.close());

  it('is presented by pseudonym only, and waits for the writer’s own teacher', async () => {
    // The colleague teaches in the exchange; the essay is by the presenter's student.
    const res = await as<{ addToShowcase: Item }>(w.colleague, ADD, {
      i: {
        networkId: w.net.network.id,
        kind: 'STUDENT_WORK',
        targetId: w.essayId,
        title: 'A claim that holds',
        body: 'How this writer builds a claim from a study, step by step.',
      },
    });
    clean(res);
    const item = res.data!.addToShowcase;
    itemId = item.id;
    expect([item.status, item.pseudonym, item.presenter.schoolName]).toEqual(['AWAITING_APPROVAL', 'Blue Heron', null]);
    expect(item.presenter.displayName).toBe(w.colleague.user.displayName);

    // Only the presenter and the writer's teacher see it while it waits.
    const approver = await as<Page>(w.presenter, SHOWCASE, { networkId: w.net.network.id });
    clean(approver);
    expect(approver.data!.showcase.nodes.map((i) => [i.id, i.canApprove])).toEqual([[itemId, true]]);
    const other = await as<Page>(w.bystander, SHOWCASE, { networkId: w.net.network.id });
    expect(other.data!.showcase.totalCount).toBe(0);
    expect(errorCode(await as(w.bystander, APPROVE, { id: itemId }))).toBe('NOT_FOUND');
    expect(errorCode(await as(w.coordinator, FEATURE, { id: itemId }))).toBe('NOT_FOUND');
    // Its short link (the approval notification's) leads the writer's teacher to it, and nobody else.
    const follow = async (path: string, p: TestPerson) => {
      const res = await fetch(`${server.url}${path}`, {
        redirect: 'manual',
        headers: { authorization: `Bearer ${tokens.get(p.user.id)!}`, 'x-forwarded-for': server.ip },
      });
      return [res.status, res.headers.get('location')];
    };
    expect(await follow(shortLinkPath('showcaseItem', itemId), w.presenter)).toEqual([
      302,
      `/n/${w.net.network.slug}/showcase#showcase-item-${itemId}`,
    ]);
    expect(await follow(shortLinkPath('showcaseItem', itemId), w.bystander)).toEqual(
      await follow(shortLinkPath('showcaseItem', '00000000-0000-4000-8000-000000000000'), w.bystander),
    );
    expect((await follow(shortLinkPath('showcaseItem', itemId), w.bystander))[0]).toBe(404);
  });

  it('refuses the approval to a teacher who is not the writer’s, and hides it from students and other networks', async () => {
    const wrong = await as(w.colleague, APPROVE, { id: itemId });
    expect(errorCode(wrong)).toBe('FORBIDDEN');
    expect(wrong.errors![0].message).toBe("Only the student's own teacher can approve their work for the showcase.");
    for (const who of [w.student, otherCoordinator]) {
      const list = await as(who, SHOWCASE, { networkId: w.net.network.id });
      // A student knows their own network: they are told the showcase is for adults; another network sees nothing.
      expect([errorCode(list), list.data]).toEqual([who === w.student ? 'FORBIDDEN' : 'NOT_FOUND', null]);
      expect(errorCode(await as(who, APPROVE, { id: itemId }))).toBe('NOT_FOUND');
      const respond = await as(who, RESPOND, { i: { itemId, kind: 'WORKED', body: 'A clear and careful claim.' } });
      expect(errorCode(respond)).toBe('NOT_FOUND');
      clean(respond);
    }
    const anon = await server.gql(SHOWCASE, { networkId: w.net.network.id }, { token: outsiderToken });
    expect(errorCode(anon)).toBe('NOT_FOUND');
    // A student is refused presenting too, with the reason.
    const byStudent = await as(w.student, ADD, {
      i: { networkId: w.net.network.id, kind: 'REFLECTION', title: 'Me', body: 'Something I am proud of this week.' },
    });
    expect([errorCode(byStudent), byStudent.errors![0].message]).toEqual([
      'FORBIDDEN',
      "The showcase is for the network's teachers and coordinators.",
    ]);
  });

  it('goes up once approved, and every adult reads it by pseudonym and responds warmly', async () => {
    const approved = await as<{ approveShowcaseItem: Item }>(w.presenter, APPROVE, { id: itemId });
    clean(approved);
    expect(approved.data!.approveShowcaseItem.status).toBe('PUBLISHED');
    const seen = await as<Page>(w.bystander, SHOWCASE, { networkId: w.net.network.id });
    clean(seen);
    const [item] = seen.data!.showcase.nodes;
    expect([item.id, item.pseudonym, item.canRespond]).toEqual([itemId, 'Blue Heron', true]);
    expect(item.essay).toContain('rest helps learning');
    const responded = await as(w.bystander, RESPOND, {
      i: { itemId, kind: 'BORROW', body: 'Building the claim from a study: my class will try it.' },
    });
    expect(responded.errors).toBeUndefined();
    const presenterView = await as<Page>(w.colleague, SHOWCASE, { networkId: w.net.network.id });
    expect(presenterView.data!.showcase.nodes[0].responses).toEqual([
      {
        id: expect.any(String),
        kind: 'BORROW',
        body: 'Building the claim from a study: my class will try it.',
        author: { displayName: w.bystander.user.displayName, schoolName: w.net.schools[0].name },
      },
    ]);
    // The raw answers name neither the student nor their class.
    for (const s of [w.student.user.displayName, w.student.user.username!, 'Zqclass'])
      expect(JSON.stringify(presenterView)).not.toContain(s);
  });

  it('refuses an essay naming a school of the network, with words a teacher understands', async () => {
    await server.db.query(`UPDATE submission SET submitted_body = $2 WHERE id = $1`, [
      w.otherEssayId,
      `Our homework at ${w.net.schools[0].name} is far too long for anyone.`,
    ]);
    const res = await as(w.colleague, ADD, {
      i: {
        networkId: w.net.network.id,
        kind: 'STUDENT_WORK',
        targetId: w.otherEssayId,
        title: 'Too long',
        body: 'A persuasive essay about homework length.',
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/^This essay names a person or place of the network/);
    expect(res.data).toBeNull();
  });
});
