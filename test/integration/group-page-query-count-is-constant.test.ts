import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addToGroup, createGroup, createNetwork, createPerson, signIn, type TestPerson } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';
import { statementShapes as shapes, statementsDuring } from '../support/sql-statements.js';

const GROUP_PAGE = `query($id: ID!) {
  group(id: $id) {
    members { user { displayName } member { school { name } } }
    goals { checkIns(first: 20) { author { displayName } } }
    posts(first: 50) { nodes { author { displayName } replies { author { displayName } } mentions { id } } }
    activity(first: 20) { actor { displayName } }
    viewerMember { role }
    memberCount
    pendingRequests { id }
    canReadStream
  }
}`;
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;

interface GroupPage {
  group: {
    members: { user: { displayName: string }; member: { school: { name: string } | null } | null }[];
    goals: { checkIns: { author: { displayName: string } }[] }[];
    posts: {
      nodes: {
        author: { displayName: string };
        replies: { author: { displayName: string } }[];
        mentions: { id: string }[];
      }[];
    };
    activity: { actor: { displayName: string } | null }[];
    viewerMember: { role: string } | null;
    memberCount: number;
    pendingRequests: { id: string }[];
    canReadStream: boolean;
  };
}

describe('group page query count is constant', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('fifty-posts-cost-the-same-statements-as-five', async () => {
    const net = await createNetwork(server.db, 3);
    const people: { person: TestPerson; token: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const person = await createPerson(server.db, net, 'TEACHER', {
        school: net.schools[i % 3],
        name: `Teacher ${i}`,
      });
      people.push({ person, token: await signIn(server, person.login) });
    }
    const viewer = people[0];
    const group = await createGroup(server.db, net, { access: 'CLOSED' });
    await addToGroup(server.db, group, viewer.person, { role: 'FACILITATOR' });
    for (const p of people.slice(1)) await addToGroup(server.db, group, p.person);
    await addToGroup(server.db, group, await createPerson(server.db, net, 'TEACHER'), { status: 'PENDING' });

    const gql = async <T>(query: string, input: Record<string, unknown>, token: string) => {
      const res = await server.gql<T>(query, { input }, { token });
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const goals: string[] = [];
    for (const statement of ['Every student writes weekly', 'Counter-claims in every essay']) {
      goals.push(
        (await gql<{ createGoal: { id: string } }>(CREATE_GOAL, { groupId: group.id, statement }, viewer.token))
          .createGoal.id,
      );
    }
    let made = 0;
    /** A post (every third a check-in on a goal, every other one mentioning someone) and a reply to it. */
    async function addPosts(count: number) {
      for (let i = 0; i < count; i++, made++) {
        const author = people[made % people.length];
        const replier = people[(made + 1) % people.length];
        const checkIn = made % 3 === 0;
        const post = await gql<{ createPost: { id: string } }>(
          CREATE_POST,
          {
            groupId: group.id,
            kind: checkIn ? 'CHECK_IN' : 'QUESTION',
            goalId: checkIn ? goals[made % goals.length] : undefined,
            body: `Post ${made}`,
            mentionIds: made % 2 ? [replier.person.user.id] : [],
          },
          author.token,
        );
        await gql(
          CREATE_POST,
          { groupId: group.id, parentId: post.createPost.id, body: `Reply ${made}` },
          replier.token,
        );
      }
    }
    const load = () => server.gql<GroupPage>(GROUP_PAGE, { id: group.id }, { token: viewer.token });
    /**
     * Counts one page load after a warm-up load: a first request after a pause also opens pool
     * connections, which delays some look-ups and can split the (cached) user look-ups differently.
     */
    const measure = async () => {
      await load();
      return statementsDuring(load);
    };

    await addPosts(5);
    const small = await measure();
    expect(small.result.errors).toBeUndefined();
    const page5 = small.result.data!.group;
    expect(page5.posts.nodes).toHaveLength(5);
    expect(page5.posts.nodes.every((p) => p.replies.length === 1)).toBe(true);
    expect(page5.goals.flatMap((g) => g.checkIns)).toHaveLength(2);
    expect(page5.members).toHaveLength(4);
    expect(page5.members.every((m) => m.member?.school?.name)).toBe(true);
    expect(page5).toMatchObject({ memberCount: 4, viewerMember: { role: 'FACILITATOR' }, canReadStream: true });
    expect(page5.pendingRequests).toHaveLength(1);
    expect(small.sql.length).toBeGreaterThan(0);

    await addPosts(45);
    const large = await measure();
    expect(large.result.errors).toBeUndefined();
    const page50 = large.result.data!.group;
    expect(page50.posts.nodes).toHaveLength(50);
    expect(page50.posts.nodes.every((p) => p.replies.length === 1)).toBe(true);
    expect(page50.posts.nodes.filter((p) => p.mentions.length === 1)).toHaveLength(25);
    expect(page50.goals.flatMap((g) => g.checkIns)).toHaveLength(17);
    expect(page50.activity).toHaveLength(20);

    // The same statements, not just as many: one look-up per kind of thing, however many posts the page holds.
    expect(large.sql.length).toBe(small.sql.length);
    expect(shapes(large.sql)).toEqual(shapes(small.sql));
    // People shown by name (members, authors, actors) come with the User type's columns only: no
    // statement but the caller's own session reads a password hash or digest settings.
    const private_ = large.sql.filter((s) => /password_hash|digest_frequency/.test(s) && !/FROM "session"/.test(s));
    expect(private_).toEqual([]);
  });
});
