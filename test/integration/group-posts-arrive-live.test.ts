import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import {
  GroupLiveEvent,
  LIVE_NAMESPACE,
  LiveEvent,
  type GroupPostEventPayload,
  type NotificationEventPayload,
} from '@switchback/shared';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
} from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }`;
const HIDE_POST = `mutation($postId: ID!) { hidePost(postId: $postId) { id } }`;
const DELETE_POST = `mutation($postId: ID!) { deletePost(postId: $postId) }`;

interface Ack {
  ok: boolean;
  error?: string;
}

/** A connected socket that records every group post and notification it receives. */
interface LiveClient {
  socket: Socket;
  posts: GroupPostEventPayload[];
  notifications: NotificationEventPayload[];
  /** Resolves with the next event of that name (or one already received past `seen`). */
  nextPost(seen?: number): Promise<GroupPostEventPayload>;
  nextNotification(seen?: number): Promise<NotificationEventPayload>;
  watch(groupId: unknown): Promise<Ack>;
  /** A round trip: everything the server sent this socket before it is received once this resolves. */
  sync(): Promise<void>;
}

describe('group posts arrive live', () => {
  let server: TestServer;
  const open: Socket[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const s of open) s.disconnect();
    await server.close();
  });

  function waitFor<T>(list: T[], socket: Socket, event: string, seen: number): Promise<T> {
    if (list.length > seen) return Promise.resolve(list[seen]);
    return new Promise((resolve) => {
      const check = () => {
        if (list.length > seen) {
          socket.off(event, check);
          resolve(list[seen]);
        }
      };
      socket.on(event, check);
    });
  }

  async function connect(token: string): Promise<LiveClient> {
    const socket = io(`${server.url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { token },
    });
    open.push(socket);
    const posts: GroupPostEventPayload[] = [];
    const notifications: NotificationEventPayload[] = [];
    socket.on(GroupLiveEvent.Post, (p: GroupPostEventPayload) => posts.push(p));
    socket.on(GroupLiveEvent.Notification, (n: NotificationEventPayload) => notifications.push(n));
    await new Promise<void>((resolve, reject) => {
      socket.once(LiveEvent.Ready, () => resolve());
      socket.once('connect_error', reject);
    });
    return {
      socket,
      posts,
      notifications,
      nextPost: (seen = posts.length) => waitFor(posts, socket, GroupLiveEvent.Post, seen),
      nextNotification: (seen = notifications.length) =>
        waitFor(notifications, socket, GroupLiveEvent.Notification, seen),
      watch: (groupId) => socket.timeout(10_000).emitWithAck(GroupLiveEvent.Watch, { groupId }) as Promise<Ack>,
      sync: async () => {
        await socket.timeout(10_000).emitWithAck(GroupLiveEvent.Unwatch, { groupId: 'sync' });
      },
    };
  }

  async function member(net: TestNetwork, name?: string) {
    const person = await createPerson(server.db, net, 'TEACHER', { name });
    return { person, token: await signIn(server, person.login) };
  }
  async function createPost(token: string, input: Record<string, unknown>): Promise<string> {
    const res = await server.gql<{ createPost: { id: string } }>(CREATE_POST, { input }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.createPost.id;
  }

  it('a-new-post-reaches-the-other-watching-member', async () => {
    const net = await createNetwork(server.db);
    const a = await member(net);
    const b = await member(net);
    const group = await createGroup(server.db, net, { access: 'CLOSED' });
    await addToGroup(server.db, group, a.person);
    await addToGroup(server.db, group, b.person);
    const [liveA, liveB] = await Promise.all([connect(a.token), connect(b.token)]);
    expect(await liveA.watch(group.id)).toEqual({ ok: true });
    expect(await liveB.watch(group.id)).toEqual({ ok: true });

    const arriving = liveB.nextPost();
    const postId = await createPost(a.token, { groupId: group.id, kind: 'QUESTION', body: 'Live?' });
    expect(await arriving).toEqual({ groupId: group.id, postId, parentId: null, change: 'CREATED' });
    // The author's own socket hears it too (other tabs stay current).
    expect(await liveA.nextPost(0)).toEqual({ groupId: group.id, postId, parentId: null, change: 'CREATED' });

    const replyArriving = liveA.nextPost();
    const replyId = await createPost(b.token, { groupId: group.id, parentId: postId, body: 'Yes!' });
    expect(await replyArriving).toEqual({ groupId: group.id, postId: replyId, parentId: postId, change: 'CREATED' });
    expect(liveB.posts.map((p) => p.postId)).toContain(postId);
  });

  it('edits-hides-and-deletes-arrive-as-changes', async () => {
    const net = await createNetwork(server.db);
    const author = await member(net);
    const facilitator = await member(net);
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, author.person);
    await addToGroup(server.db, group, facilitator.person, { role: 'FACILITATOR' });
    const live = await connect(facilitator.token);
    expect(await live.watch(group.id)).toEqual({ ok: true });

    const postId = await createPost(author.token, { groupId: group.id, kind: 'RESOURCE', body: 'Draft' });
    expect((await live.nextPost(0)).change).toBe('CREATED');
    await server.gql(UPDATE_POST, { input: { id: postId, body: 'Final' } }, { token: author.token });
    expect(await live.nextPost(1)).toMatchObject({ postId, change: 'UPDATED' });
    await server.gql(HIDE_POST, { postId }, { token: facilitator.token });
    expect(await live.nextPost(2)).toMatchObject({ postId, change: 'HIDDEN' });
    await server.gql(DELETE_POST, { postId }, { token: author.token });
    expect(await live.nextPost(3)).toMatchObject({ postId, change: 'DELETED' });
  });

  it('non-member-cannot-watch-a-closed-group-and-hears-nothing', async () => {
    const net = await createNetwork(server.db);
    const insider = await member(net);
    const outsider = await member(net);
    const group = await createGroup(server.db, net, { access: 'CLOSED' });
    await addToGroup(server.db, group, insider.person);
    const foreign = await createGroup(server.db, await createNetwork(server.db));
    const [liveIn, liveOut] = await Promise.all([connect(insider.token), connect(outsider.token)]);

    expect(await liveIn.watch(group.id)).toEqual({ ok: true });
    expect(await liveOut.watch(group.id)).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await liveOut.watch(foreign.id)).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await liveOut.watch('not-a-uuid')).toEqual({ ok: false, error: 'BAD_USER_INPUT' });
    expect(await liveOut.watch(undefined)).toEqual({ ok: false, error: 'BAD_USER_INPUT' });

    const postId = await createPost(insider.token, { groupId: group.id, kind: 'QUESTION', body: 'Members only' });
    expect(await liveIn.nextPost(0)).toMatchObject({ postId, change: 'CREATED' });
    await liveOut.sync();
    expect(liveOut.posts).toEqual([]);
    expect(liveOut.notifications).toEqual([]);
  });

  it('non-member-may-watch-an-open-group-until-unwatching', async () => {
    const net = await createNetwork(server.db);
    const insider = await member(net);
    const reader = await member(net);
    const group = await createGroup(server.db, net);
    await addToGroup(server.db, group, insider.person);
    const live = await connect(reader.token);
    expect(await live.watch(group.id)).toEqual({ ok: true });

    const first = await createPost(insider.token, { groupId: group.id, kind: 'QUESTION', body: 'Open to all' });
    expect(await live.nextPost(0)).toMatchObject({ postId: first });
    expect(await live.socket.timeout(10_000).emitWithAck(GroupLiveEvent.Unwatch, { groupId: group.id })).toEqual({
      ok: true,
    });
    await createPost(insider.token, { groupId: group.id, kind: 'QUESTION', body: 'After unwatch' });
    await live.sync();
    expect(live.posts.map((p) => p.postId)).toEqual([first]);
  });

  it('a-mention-delivers-a-notification-with-the-unread-count', async () => {
    const net = await createNetwork(server.db);
    const author = await member(net, 'Ana Lopez');
    const mentioned = await member(net);
    const group = await createGroup(server.db, net, { name: `Live group ${net.network.slug}` });
    await addToGroup(server.db, group, author.person);
    await addToGroup(server.db, group, mentioned.person);
    // Not watching the group: notifications go to the person wherever they are.
    const [liveMentioned, liveAuthor] = await Promise.all([connect(mentioned.token), connect(author.token)]);

    const arriving = liveMentioned.nextNotification();
    const postId = await createPost(author.token, {
      groupId: group.id,
      kind: 'QUESTION',
      body: 'Can you look at this?',
      mentionIds: [mentioned.person.user.id],
    });
    const n = await arriving;
    expect(n).toEqual({
      id: expect.any(String),
      kind: 'MENTION',
      text: `Ana Lopez mentioned you in ${group.name}: Can you look at this?`,
      unreadCount: 1,
    });
    const unread = await server.gql<{ notifications: { nodes: { id: string; postId: string }[] } }>(
      '{ notifications { nodes { id postId } } }',
      {},
      { token: mentioned.token },
    );
    expect(unread.data?.notifications.nodes).toEqual([{ id: n.id, postId }]);

    // A reply to the mentioned person's post: a second notification, counted.
    const theirs = await createPost(mentioned.token, { groupId: group.id, kind: 'QUESTION', body: 'Mine' });
    await createPost(author.token, { groupId: group.id, parentId: theirs, body: 'Answer' });
    expect(await liveMentioned.nextNotification(1)).toMatchObject({ kind: 'REPLY', unreadCount: 2 });
    // The author was told nothing; neither socket heard group posts, since neither watches.
    await liveAuthor.sync();
    expect(liveAuthor.notifications).toEqual([]);
    expect(liveAuthor.posts).toEqual([]);
  });

  it('leaving-a-closed-group-stops-its-live-events', async () => {
    const net = await createNetwork(server.db);
    const stayer = await member(net);
    const leaver = await member(net);
    const group = await createGroup(server.db, net, { access: 'CLOSED' });
    await addToGroup(server.db, group, stayer.person);
    await addToGroup(server.db, group, leaver.person);
    const live = await connect(leaver.token);
    expect(await live.watch(group.id)).toEqual({ ok: true });
    const before = await createPost(stayer.token, { groupId: group.id, kind: 'QUESTION', body: 'Before leaving' });
    expect(await live.nextPost(0)).toMatchObject({ postId: before });

    const left = await server.gql(
      `mutation($g: ID!) { leaveGroup(groupId: $g) }`,
      { g: group.id },
      { token: leaver.token },
    );
    expect(left.data).toEqual({ leaveGroup: true });
    await createPost(stayer.token, { groupId: group.id, kind: 'QUESTION', body: 'After leaving' });
    await live.sync();
    expect(live.posts.map((p) => p.postId)).toEqual([before]);
  });

  it('a-join-request-to-a-closed-group-without-facilitators-reaches-the-coordinators', async () => {
    const net = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const asker = await member(net, 'Asking Teacher');
    const group = await createGroup(server.db, net, { access: 'CLOSED' });
    const live = await connect(await signIn(server, coordinator.login));
    const res = await server.gql<{ joinGroup: { status: string } }>(
      `mutation($g: ID!) { joinGroup(groupId: $g) { status } }`,
      { g: group.id },
      { token: asker.token },
    );
    expect(res.data?.joinGroup.status).toBe('PENDING');
    expect(await live.nextNotification(0)).toMatchObject({
      kind: 'JOIN_REQUEST',
      text: expect.stringContaining('Asking Teacher'),
    });
  });
});
