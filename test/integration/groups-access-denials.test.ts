import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Post } from '../../server/src/groups/post.entity.js';
import { GroupMember } from '../../server/src/groups/group-member.entity.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
} from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id body } }`;
const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { id body editedAt } }`;
const DELETE_POST = `mutation($postId: ID!) { deletePost(postId: $postId) }`;
const HIDE_POST = `mutation($postId: ID!) { hidePost(postId: $postId) { id body hidden links { url } } }`;
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`;
const GROUP_HEAD = `query($id: ID!) { group(id: $id) { id name canReadStream memberCount } }`;
const GROUP_POSTS = `query($id: ID!) { group(id: $id) { id posts { totalCount nodes { id body hidden author { id } } } } }`;
const GROUP_GOALS = `query($id: ID!) { group(id: $id) { id goals { id statement } } }`;
const GROUP_ACTIVITY = `query($id: ID!) { group(id: $id) { id activity { kind } } }`;
const GROUPS = `query($networkId: ID!) { groups(networkId: $networkId) { totalCount nodes { id } } }`;
const JOIN = `mutation($groupId: ID!) { joinGroup(groupId: $groupId) { id status } }`;
const JOB_ALIKES = `query($networkId: ID!) { jobAlikes(networkId: $networkId) { member { id } } }`;
const SUGGESTED = `query($networkId: ID!) { suggestedGroups(networkId: $networkId) { id } }`;
const ISOLATED = `query($networkId: ID!) { isolatedMembers(networkId: $networkId) { reason member { id } } }`;

interface PostsResult {
  group: {
    id: string;
    posts: { totalCount: number; nodes: { id: string; body: string; hidden: boolean; author: { id: string } }[] };
  };
}

describe('groups access denials', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function adult(net: TestNetwork, role: 'COORDINATOR' | 'TEACHER' | 'ADMINISTRATOR' = 'TEACHER') {
    const person = await createPerson(server.db, net, role);
    return { person, token: await signIn(server, person.login) };
  }
  async function post(token: string, groupId: string, body: string) {
    const res = await server.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      { input: { groupId, kind: 'QUESTION', body } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createPost.id;
  }

  it('non-member-cannot-read-a-closed-groups-posts-or-goals', async () => {
    const net = await createNetwork(server.db);
    const { person: member, token: memberToken } = await adult(net);
    const { token: outsiderToken } = await adult(net);
    const closed = await createGroup(server.db, net, { name: 'Closed', access: 'CLOSED' });
    await addToGroup(server.db, closed, member);
    await post(memberToken, closed.id, 'Private worry about unit 3');
    await server.gql(CREATE_GOAL, { input: { groupId: closed.id, statement: 'Secret goal' } }, { token: memberToken });

    // The group itself is listed and described, but its stream is shut.
    const head = await server.gql<{ group: { canReadStream: boolean; name: string } }>(
      GROUP_HEAD,
      { id: closed.id },
      { token: outsiderToken },
    );
    expect(head.errors).toBeUndefined();
    expect(head.data?.group).toMatchObject({ name: 'Closed', canReadStream: false, memberCount: 1 });

    for (const query of [GROUP_POSTS, GROUP_GOALS, GROUP_ACTIVITY]) {
      const res = await server.gql(query, { id: closed.id }, { token: outsiderToken });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain('Private worry');
      expect(JSON.stringify(res)).not.toContain('Secret goal');
    }
    // A pending request does not open it either.
    await server.gql(JOIN, { groupId: closed.id }, { token: outsiderToken });
    expect(errorCode(await server.gql(GROUP_POSTS, { id: closed.id }, { token: outsiderToken }))).toBe('FORBIDDEN');

    // Members read it.
    const asMember = await server.gql<PostsResult>(GROUP_POSTS, { id: closed.id }, { token: memberToken });
    expect(asMember.data?.group.posts.nodes.map((p) => p.body)).toEqual(['Private worry about unit 3']);
    expect(
      (await server.gql<{ group: { canReadStream: boolean } }>(GROUP_HEAD, { id: closed.id }, { token: memberToken }))
        .data?.group.canReadStream,
    ).toBe(true);
  });

  it('non-member-reads-an-open-groups-posts-but-cannot-post-there', async () => {
    const net = await createNetwork(server.db);
    const { person: member, token: memberToken } = await adult(net);
    const { token: outsiderToken } = await adult(net, 'ADMINISTRATOR');
    const open = await createGroup(server.db, net, { name: 'Open' });
    await addToGroup(server.db, open, member);
    await post(memberToken, open.id, 'Open question');

    const head = await server.gql<{ group: { canReadStream: boolean } }>(
      GROUP_HEAD,
      { id: open.id },
      { token: outsiderToken },
    );
    expect(head.data?.group.canReadStream).toBe(true);
    const read = await server.gql<PostsResult>(GROUP_POSTS, { id: open.id }, { token: outsiderToken });
    expect(read.errors).toBeUndefined();
    expect(read.data?.group.posts.nodes.map((p) => p.body)).toEqual(['Open question']);
    expect((await server.gql(GROUP_GOALS, { id: open.id }, { token: outsiderToken })).errors).toBeUndefined();

    const refused = await server.gql(
      CREATE_POST,
      { input: { groupId: open.id, kind: 'QUESTION', body: 'Drive-by' } },
      { token: outsiderToken },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const goal = await server.gql(
      CREATE_GOAL,
      { input: { groupId: open.id, statement: 'Drive-by goal' } },
      { token: outsiderToken },
    );
    expect(errorCode(goal)).toBe('FORBIDDEN');
    expect(await server.db.getRepository(Post).countBy({ groupId: open.id })).toBe(1);
  });

  it('coordinator-reads-closed-groups', async () => {
    const net = await createNetwork(server.db);
    const { person: member, token: memberToken } = await adult(net);
    const { token: coordinatorToken } = await adult(net, 'COORDINATOR');
    const closed = await createGroup(server.db, net, { access: 'CLOSED' });
    await addToGroup(server.db, closed, member);
    await post(memberToken, closed.id, 'Coordinator may see this');
    const res = await server.gql<PostsResult>(GROUP_POSTS, { id: closed.id }, { token: coordinatorToken });
    expect(res.errors).toBeUndefined();
    expect(res.data?.group.posts.totalCount).toBe(1);
  });

  it('member-cannot-hide-others-posts-but-a-facilitator-can', async () => {
    const net = await createNetwork(server.db);
    const { person: author, token: authorToken } = await adult(net);
    const { person: member, token: memberToken } = await adult(net);
    const { person: facilitator, token: facilitatorToken } = await adult(net);
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, author);
    await addToGroup(server.db, group, member);
    await addToGroup(server.db, group, facilitator, { role: 'FACILITATOR' });
    const res = await server.gql<{ createPost: { id: string } }>(
      CREATE_POST,
      {
        input: {
          groupId: group.id,
          kind: 'RESOURCE',
          body: 'Something unkind',
          links: [{ url: 'https://example.org/x', title: 'x' }],
        },
      },
      { token: authorToken },
    );
    const postId = res.data!.createPost.id;

    const byMember = await server.gql(HIDE_POST, { postId }, { token: memberToken });
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    // Authors cannot hide their own post either (they delete it).
    expect(errorCode(await server.gql(HIDE_POST, { postId }, { token: authorToken }))).toBe('FORBIDDEN');
    expect((await server.db.getRepository(Post).findOneByOrFail({ id: postId })).hiddenAt).toBeNull();

    const hidden = await server.gql<{ hidePost: { id: string; body: string; hidden: boolean; links: unknown[] } }>(
      HIDE_POST,
      { postId },
      { token: facilitatorToken },
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data?.hidePost).toEqual({ id: postId, body: '', hidden: true, links: [] });
    const stored = await server.db.getRepository(Post).findOneByOrFail({ id: postId });
    expect(stored).toMatchObject({ hiddenById: facilitator.user.id, body: 'Something unkind' });

    // Everyone, the author included, now sees an empty, hidden post.
    for (const token of [memberToken, authorToken]) {
      const stream = await server.gql<PostsResult>(GROUP_POSTS, { id: group.id }, { token });
      expect(stream.data?.group.posts.nodes).toEqual([
        { id: postId, body: '', hidden: true, author: { id: author.user.id } },
      ]);
    }
    expect(member.user.id).not.toBe(author.user.id);
  });

  it('facilitator-of-one-group-cannot-hide-posts-of-another', async () => {
    const net = await createNetwork(server.db);
    const { person: author, token: authorToken } = await adult(net);
    const { person: facilitator, token: facilitatorToken } = await adult(net);
    const theirs = await createGroup(server.db, net);
    const other = await createGroup(server.db, net);
    await addToGroup(server.db, theirs, facilitator, { role: 'FACILITATOR' });
    await addToGroup(server.db, other, author);
    await addToGroup(server.db, other, facilitator);
    const postId = await post(authorToken, other.id, 'Mine to keep');
    expect(errorCode(await server.gql(HIDE_POST, { postId }, { token: facilitatorToken }))).toBe('FORBIDDEN');
    expect((await server.db.getRepository(Post).findOneByOrFail({ id: postId })).hiddenAt).toBeNull();
  });

  it('member-of-network-a-gets-not-found-for-network-b-groups', async () => {
    const a = await createNetwork(server.db);
    const b = await createNetwork(server.db);
    const { token } = await adult(a, 'COORDINATOR');
    const { person: bMember, token: bToken } = await adult(b);
    const bGroup = await createGroup(server.db, b, { name: 'B only' });
    await addToGroup(server.db, bGroup, bMember);
    const bPost = await post(bToken, bGroup.id, 'B business');

    const list = await server.gql(GROUPS, { networkId: b.network.id }, { token });
    expect(errorCode(list)).toBe('NOT_FOUND');
    expect(list.data).toBeNull();
    const one = await server.gql(GROUP_HEAD, { id: bGroup.id }, { token });
    expect(errorCode(one)).toBe('NOT_FOUND');
    expect(JSON.stringify(one)).not.toContain('B only');
    // Same answer as a group that does not exist.
    const missing = await server.gql(GROUP_HEAD, { id: '00000000-0000-4000-8000-000000000000' }, { token });
    expect(missing.errors?.[0].message).toBe(one.errors?.[0].message);

    expect(errorCode(await server.gql(JOIN, { groupId: bGroup.id }, { token }))).toBe('NOT_FOUND');
    expect(await server.db.getRepository(GroupMember).countBy({ groupId: bGroup.id })).toBe(1);
    expect(errorCode(await server.gql(HIDE_POST, { postId: bPost }, { token }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await server.gql(CREATE_POST, { input: { groupId: bGroup.id, kind: 'QUESTION', body: 'hi' } }, { token }),
      ),
    ).toBe('NOT_FOUND');
    for (const query of [JOB_ALIKES, SUGGESTED, ISOLATED]) {
      expect(errorCode(await server.gql(query, { networkId: b.network.id }, { token }))).toBe('NOT_FOUND');
    }
  });

  it('student-cannot-see-teacher-groups-at-all', async () => {
    const net = await createNetwork(server.db);
    const student = await createPerson(server.db, net, 'STUDENT');
    const token = await signIn(server, student.login);
    const group = await createGroup(server.db, net, { name: 'Teachers room' });

    const list = await server.gql(GROUPS, { networkId: net.network.id }, { token });
    expect(errorCode(list)).toBe('FORBIDDEN');
    expect(list.data).toBeNull();
    const one = await server.gql(GROUP_HEAD, { id: group.id }, { token });
    expect(errorCode(one)).toBe('NOT_FOUND');
    expect(JSON.stringify(one)).not.toContain('Teachers room');
    expect(errorCode(await server.gql(JOB_ALIKES, { networkId: net.network.id }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SUGGESTED, { networkId: net.network.id }, { token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(JOIN, { groupId: group.id }, { token }))).toBe('NOT_FOUND');
    expect(await server.db.getRepository(GroupMember).countBy({ groupId: group.id })).toBe(0);
  });

  it('only-authors-edit-or-delete-their-posts', async () => {
    const net = await createNetwork(server.db);
    const { person: author, token: authorToken } = await adult(net);
    const { person: member, token: memberToken } = await adult(net);
    const { person: facilitator, token: facilitatorToken } = await adult(net);
    const { token: coordinatorToken } = await adult(net, 'COORDINATOR');
    const group = await createGroup(server.db, net);
    for (const p of [author, member]) await addToGroup(server.db, group, p);
    await addToGroup(server.db, group, facilitator, { role: 'FACILITATOR' });
    const postId = await post(authorToken, group.id, 'Original words');

    for (const token of [memberToken, facilitatorToken, coordinatorToken]) {
      const edit = await server.gql(UPDATE_POST, { input: { id: postId, body: 'Not yours' } }, { token });
      expect(errorCode(edit)).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(DELETE_POST, { postId }, { token }))).toBe('FORBIDDEN');
    }
    expect(await server.db.getRepository(Post).findOneByOrFail({ id: postId })).toMatchObject({
      body: 'Original words',
      editedAt: null,
      deletedAt: null,
    });

    const edited = await server.gql<{ updatePost: { body: string; editedAt: string | null } }>(
      UPDATE_POST,
      { input: { id: postId, body: 'Better words' } },
      { token: authorToken },
    );
    expect(edited.data?.updatePost).toMatchObject({ body: 'Better words', editedAt: expect.any(String) });
    const deleted = await server.gql<{ deletePost: boolean }>(DELETE_POST, { postId }, { token: authorToken });
    expect(deleted.data?.deletePost).toBe(true);
    expect(member.user.id).not.toBe(author.user.id);
  });

  it('only-coordinators-see-isolated-members', async () => {
    const net = await createNetwork(server.db);
    const { token: teacherToken } = await adult(net);
    const { token: principalToken } = await adult(net, 'ADMINISTRATOR');
    const { token: coordinatorToken } = await adult(net, 'COORDINATOR');
    for (const token of [teacherToken, principalToken]) {
      const res = await server.gql(ISOLATED, { networkId: net.network.id }, { token });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const res = await server.gql<{ isolatedMembers: unknown[] }>(
      ISOLATED,
      { networkId: net.network.id },
      { token: coordinatorToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.isolatedMembers).toHaveLength(2);
  });
});
