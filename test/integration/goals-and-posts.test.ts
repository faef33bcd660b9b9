import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { User } from '../../server/src/auth/user.entity.js';
import { Goal } from '../../server/src/groups/goal.entity.js';
import { Post } from '../../server/src/groups/post.entity.js';
import { DigestService } from '../../server/src/notifications/digest.service.js';
import { Notification } from '../../server/src/notifications/notification.entity.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import {
  addToGroup,
  createGroup,
  createNetwork,
  createPerson,
  signIn,
  type TestNetwork,
} from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const GOAL_FIELDS = 'id groupId statement successCriteria targetDate status';
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`;
const UPDATE_GOAL = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { ${GOAL_FIELDS} } }`;
const POST_FIELDS =
  'id kind body goalId parentId editedAt hidden mine links { url title } mentions { id } author { id }';
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`;
const UPDATE_POST = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { ${POST_FIELDS} } }`;
const DELETE_POST = `mutation($postId: ID!) { deletePost(postId: $postId) }`;
const GROUP_PAGE = `query($id: ID!, $first: Int, $after: String) {
  group(id: $id) {
    goals { id status checkIns { id kind body author { id } } }
    posts(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id kind body replies { id kind body goalId author { id } } }
    }
    activity(first: 20) { kind summary subjectId actor { id } }
  }
}`;
const NOTIFICATIONS = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id kind text groupId postId readAt }
  }
  unreadNotificationCount
}`;
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const SET_DIGEST = `mutation($frequency: String!) { setDigestFrequency(frequency: $frequency) }`;

interface GoalNode {
  id: string;
  groupId: string;
  statement: string;
  successCriteria: string;
  targetDate: string | null;
  status: string;
}
interface PostNode {
  id: string;
  kind: string;
  body: string;
  goalId: string | null;
  parentId: string | null;
  editedAt: string | null;
  hidden: boolean;
  mine: boolean;
  links: { url: string; title: string }[];
  mentions: { id: string }[];
  author: { id: string };
}
interface GroupPage {
  group: {
    goals: {
      id: string;
      status: string;
      checkIns: { id: string; kind: string; body: string; author: { id: string } }[];
    }[];
    posts: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        id: string;
        kind: string;
        body: string;
        replies: { id: string; kind: string; body: string; goalId: string | null; author: { id: string } }[];
      }[];
    };
    activity: { kind: string; summary: string; subjectId: string | null; actor: { id: string } | null }[];
  };
}
interface NotificationNode {
  id: string;
  kind: string;
  text: string;
  groupId: string | null;
  postId: string | null;
  readAt: string | null;
}
interface NotificationPage {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: NotificationNode[];
  };
  unreadNotificationCount: number;
}

describe('goals and posts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  /** A group with two signed-in members. */
  async function groupWithMembers(net?: TestNetwork) {
    net ??= await createNetwork(server.db);
    const ana = await createPerson(server.db, net, 'TEACHER', { name: 'Ana Lopez' });
    const ben = await createPerson(server.db, net, 'TEACHER', { name: 'Ben Cho' });
    const group = await createGroup(server.db, net, { name: `Writers ${net.network.slug}` });
    await addToGroup(server.db, group, ana);
    await addToGroup(server.db, group, ben);
    return {
      net,
      group,
      ana: { ...ana, token: await signIn(server, ana.login) },
      ben: { ...ben, token: await signIn(server, ben.login) },
    };
  }
  const createPost = (token: string, input: Record<string, unknown>) =>
    server.gql<{ createPost: PostNode }>(CREATE_POST, { input }, { token });
  async function posted(token: string, input: Record<string, unknown>): Promise<PostNode> {
    const res = await createPost(token, input);
    expect(res.errors).toBeUndefined();
    return res.data!.createPost;
  }
  const page = (token: string, id: string, args: Record<string, unknown> = {}) =>
    server.gql<GroupPage>(GROUP_PAGE, { id, ...args }, { token });
  const notificationsOf = (token: string, args: Record<string, unknown> = {}) =>
    server.gql<NotificationPage>(NOTIFICATIONS, args, { token });

  it('members-set-goals-and-mark-them-met-in-the-activity-feed', async () => {
    const { group, ana, ben } = await groupWithMembers();
    const created = await server.gql<{ createGoal: GoalNode }>(
      CREATE_GOAL,
      {
        input: {
          groupId: group.id,
          statement: '  All our 10th graders will answer a counter-claim  ',
          successCriteria: '80% score 3 or more on the rubric',
          targetDate: '2026-05-15',
        },
      },
      { token: ana.token },
    );
    expect(created.errors).toBeUndefined();
    const goal = created.data!.createGoal;
    expect(goal).toMatchObject({
      groupId: group.id,
      statement: 'All our 10th graders will answer a counter-claim',
      successCriteria: '80% score 3 or more on the rubric',
      targetDate: '2026-05-15',
      status: 'ACTIVE',
    });

    // Any member updates it, not only the one who set it.
    const met = await server.gql<{ updateGoal: GoalNode }>(
      UPDATE_GOAL,
      { input: { id: goal.id, status: 'MET' } },
      { token: ben.token },
    );
    expect(met.errors).toBeUndefined();
    expect(met.data?.updateGoal).toMatchObject({ id: goal.id, status: 'MET', targetDate: '2026-05-15' });
    expect((await server.db.getRepository(Goal).findOneByOrFail({ id: goal.id })).status).toBe('MET');

    const view = await page(ana.token, group.id);
    expect(view.errors).toBeUndefined();
    expect(view.data?.group.goals.map((g) => [g.id, g.status])).toEqual([[goal.id, 'MET']]);
    expect(view.data?.group.activity.slice(0, 2)).toEqual([
      {
        kind: 'GOAL_UPDATED',
        summary: 'marked a goal met: All our 10th graders will answer a counter-claim',
        subjectId: goal.id,
        actor: { id: ben.user.id },
      },
      {
        kind: 'GOAL_CREATED',
        summary: 'set a goal: All our 10th graders will answer a counter-claim',
        subjectId: goal.id,
        actor: { id: ana.user.id },
      },
    ]);
  });

  it('a-goal-needs-a-statement-and-a-real-date', async () => {
    const { group, ana } = await groupWithMembers();
    const blank = await server.gql(
      CREATE_GOAL,
      { input: { groupId: group.id, statement: '   ' } },
      { token: ana.token },
    );
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions?.fieldErrors).toHaveProperty('statement');

    for (const targetDate of [
      'next week',
      '2026-02-30',
      '2026-13-01',
      '2026',
      '2026-06',
      '2026-W23',
      '20260515',
      '0000-01-01',
      '15/05/2026',
    ]) {
      const bad = await server.gql(
        CREATE_GOAL,
        { input: { groupId: group.id, statement: 'A goal', targetDate } },
        { token: ana.token },
      );
      expect({ targetDate, code: errorCode(bad) }).toEqual({ targetDate, code: 'BAD_USER_INPUT' });
      expect(bad.errors?.[0].extensions?.fieldErrors).toHaveProperty('targetDate');
    }
    expect(await server.db.getRepository(Goal).countBy({ groupId: group.id })).toBe(0);

    const goal = await server.gql<{ createGoal: GoalNode }>(
      CREATE_GOAL,
      { input: { groupId: group.id, statement: 'A goal' } },
      { token: ana.token },
    );
    expect(goal.data?.createGoal).toMatchObject({ targetDate: null, successCriteria: '' });
    // A full timestamp is taken as its day.
    const timed = await server.gql<{ updateGoal: GoalNode }>(
      UPDATE_GOAL,
      { input: { id: goal.data!.createGoal.id, targetDate: '2026-05-15T10:00:00Z' } },
      { token: ana.token },
    );
    expect(timed.data?.updateGoal.targetDate).toBe('2026-05-15');
    const badUpdate = await server.gql(
      UPDATE_GOAL,
      { input: { id: goal.data!.createGoal.id, targetDate: '2026' } },
      { token: ana.token },
    );
    expect(errorCode(badUpdate)).toBe('BAD_USER_INPUT');
    const badStatus = await server.gql(
      UPDATE_GOAL,
      { input: { id: goal.data!.createGoal.id, status: 'FINISHED' } },
      { token: ana.token },
    );
    expect(errorCode(badStatus)).toBe('BAD_USER_INPUT');
    expect((await server.db.getRepository(Goal).findOneByOrFail({ id: goal.data!.createGoal.id })).targetDate).toBe(
      '2026-05-15',
    );
  });

  it('posts-of-each-kind-and-a-check-in-shows-under-its-goal', async () => {
    const { group, ana, ben } = await groupWithMembers();
    const goal = (
      await server.gql<{ createGoal: GoalNode }>(
        CREATE_GOAL,
        { input: { groupId: group.id, statement: 'Every student writes weekly' } },
        { token: ana.token },
      )
    ).data!.createGoal;

    const checkIn = await posted(ben.token, {
      groupId: group.id,
      kind: 'CHECK_IN',
      body: 'Week 1: 18 of 22 wrote',
      goalId: goal.id,
    });
    expect(checkIn).toMatchObject({ kind: 'CHECK_IN', goalId: goal.id, parentId: null, mine: true, hidden: false });
    const question = await posted(ana.token, { groupId: group.id, kind: 'QUESTION', body: 'How do you grade?' });
    const resource = await posted(ana.token, { groupId: group.id, kind: 'RESOURCE', body: 'Our rubric' });
    const celebration = await posted(ben.token, { groupId: group.id, kind: 'CELEBRATION', body: 'All 22 wrote!' });
    // A question about the goal is not a check-in.
    await posted(ana.token, { groupId: group.id, kind: 'QUESTION', body: 'Does a poem count?', goalId: goal.id });

    const noKind = await createPost(ana.token, { groupId: group.id, body: 'What kind am I?' });
    expect(errorCode(noKind)).toBe('BAD_USER_INPUT');
    expect(noKind.errors?.[0].extensions?.fieldErrors).toHaveProperty('kind');
    const empty = await createPost(ana.token, { groupId: group.id, kind: 'QUESTION', body: '  ' });
    expect(empty.errors?.[0].extensions?.fieldErrors).toHaveProperty('body');
    const otherGroup = await createGroup(server.db, (await groupWithMembers()).net);
    const foreignGoal = (
      await server.db
        .getRepository(Goal)
        .save({ groupId: otherGroup.id, statement: 'Theirs', createdById: ana.user.id })
    ).id;
    const wrongGoal = await createPost(ana.token, {
      groupId: group.id,
      kind: 'CHECK_IN',
      body: 'Wrong goal',
      goalId: foreignGoal,
    });
    expect(wrongGoal.errors?.[0].extensions?.fieldErrors).toHaveProperty('goalId');

    const view = await page(ana.token, group.id);
    expect(view.errors).toBeUndefined();
    const stream = view.data!.group.posts;
    expect(stream.totalCount).toBe(5);
    expect(stream.nodes.map((p) => p.kind)).toEqual(['QUESTION', 'CELEBRATION', 'RESOURCE', 'QUESTION', 'CHECK_IN']);
    expect(stream.nodes.slice(1, 4).map((p) => p.id)).toEqual([celebration.id, resource.id, question.id]);
    expect(view.data!.group.goals).toEqual([
      {
        id: goal.id,
        status: 'ACTIVE',
        checkIns: [{ id: checkIn.id, kind: 'CHECK_IN', body: 'Week 1: 18 of 22 wrote', author: { id: ben.user.id } }],
      },
    ]);
    expect(view.data!.group.activity[0]).toMatchObject({
      kind: 'POST_CREATED',
      summary: 'posted a question: Does a poem count?',
      actor: { id: ana.user.id },
    });
  });

  it('replies-notify-the-author-and-cannot-nest', async () => {
    const { group, ana, ben } = await groupWithMembers();
    const goal = (
      await server.gql<{ createGoal: GoalNode }>(
        CREATE_GOAL,
        { input: { groupId: group.id, statement: 'Weekly writing' } },
        { token: ana.token },
      )
    ).data!.createGoal;
    const parent = await posted(ana.token, {
      groupId: group.id,
      kind: 'CHECK_IN',
      body: 'Week 2 went well',
      goalId: goal.id,
    });
    const reply = await posted(ben.token, { groupId: group.id, parentId: parent.id, body: 'What helped most?' });
    // A reply takes its parent's kind and goal.
    expect(reply).toMatchObject({ parentId: parent.id, kind: 'CHECK_IN', goalId: goal.id });
    // Replying to your own post notifies nobody.
    const own = await posted(ana.token, { groupId: group.id, parentId: parent.id, body: 'Peer review' });

    const nested = await createPost(ana.token, { groupId: group.id, parentId: reply.id, body: 'Nested' });
    expect(errorCode(nested)).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0].extensions?.fieldErrors).toHaveProperty('parentId');
    const elsewhere = await groupWithMembers();
    const foreign = await posted(elsewhere.ana.token, { groupId: elsewhere.group.id, kind: 'QUESTION', body: 'Hi' });
    const cross = await createPost(ana.token, { groupId: group.id, parentId: foreign.id, body: 'Cross-group' });
    expect(cross.errors?.[0].extensions?.fieldErrors).toHaveProperty('parentId');

    const view = await page(ana.token, group.id);
    expect(view.data?.group.posts.totalCount).toBe(1);
    expect(view.data?.group.posts.nodes[0].replies.map((r) => [r.id, r.author.id])).toEqual([
      [reply.id, ben.user.id],
      [own.id, ana.user.id],
    ]);
    // Replies are not check-ins of their own.
    expect(view.data?.group.goals[0].checkIns.map((c) => c.id)).toEqual([parent.id]);

    const inbox = await notificationsOf(ana.token);
    expect(inbox.data?.notifications.nodes).toEqual([
      {
        id: expect.any(String),
        kind: 'REPLY',
        text: `Ben Cho replied to your post in ${group.name}: What helped most?`,
        groupId: group.id,
        postId: reply.id,
        readAt: null,
      },
    ]);
    expect((await notificationsOf(ben.token)).data?.notifications.totalCount).toBe(0);
  });

  it('mentions-notify-members-and-non-members-cannot-be-mentioned', async () => {
    const { net, group, ana, ben } = await groupWithMembers();
    const outsider = await createPerson(server.db, net, 'TEACHER');
    const pending = await createPerson(server.db, net, 'TEACHER');
    await addToGroup(server.db, group, pending, { status: 'PENDING' });
    const stranger = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');

    const post = await posted(ana.token, {
      groupId: group.id,
      kind: 'QUESTION',
      body: 'Ben, can you share your rubric?',
      mentionIds: [ben.user.id, ben.user.id, ana.user.id],
    });
    // Repeats and self-mentions are dropped.
    expect(post.mentions).toEqual([{ id: ben.user.id }]);
    const inbox = await notificationsOf(ben.token);
    expect(inbox.data?.unreadNotificationCount).toBe(1);
    expect(inbox.data?.notifications.nodes[0]).toMatchObject({
      kind: 'MENTION',
      text: `Ana Lopez mentioned you in ${group.name}: Ben, can you share your rubric?`,
      postId: post.id,
    });
    expect((await notificationsOf(ana.token)).data?.notifications.totalCount).toBe(0);

    // Mentioned in a reply to your own post: one notification, not two.
    await posted(ben.token, { groupId: group.id, kind: 'QUESTION', body: 'Rubrics?' }).then((p) =>
      posted(ana.token, { groupId: group.id, parentId: p.id, body: 'See mine', mentionIds: [ben.user.id] }),
    );
    expect((await notificationsOf(ben.token)).data?.notifications.nodes.map((n) => n.kind)).toEqual([
      'MENTION',
      'MENTION',
    ]);

    for (const who of [outsider, pending, stranger]) {
      const res = await createPost(ana.token, {
        groupId: group.id,
        kind: 'QUESTION',
        body: 'Psst',
        mentionIds: [ben.user.id, who.user.id],
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors).toHaveProperty('mentionIds');
    }
    expect(await server.db.getRepository(Post).countBy({ groupId: group.id, body: 'Psst' })).toBe(0);
    expect(await server.db.getRepository(Notification).countBy({ userId: outsider.user.id })).toBe(0);
  });

  it('links-are-attached-and-only-web-links-are-accepted', async () => {
    const { group, ana } = await groupWithMembers();
    const post = await posted(ana.token, {
      groupId: group.id,
      kind: 'RESOURCE',
      body: 'Two things to read',
      links: [{ url: 'https://example.org/rubric.pdf', title: ' Rubric ' }, { url: 'http://example.org/notes' }],
    });
    expect(post.links).toEqual([
      { url: 'https://example.org/rubric.pdf', title: 'Rubric' },
      { url: 'http://example.org/notes', title: 'http://example.org/notes' },
    ]);

    for (const url of [
      'javascript:alert(1)',
      'ftp://example.org/file',
      'example.org/no-scheme',
      'file:///etc/passwd',
    ]) {
      const res = await createPost(ana.token, {
        groupId: group.id,
        kind: 'RESOURCE',
        body: `Bad link ${url}`,
        links: [{ url, title: 'x' }],
      });
      expect({ url, code: errorCode(res) }).toEqual({ url, code: 'BAD_USER_INPUT' });
      expect(Object.keys(res.errors?.[0].extensions?.fieldErrors ?? {}).join()).toMatch(/links/);
    }
    expect(await server.db.getRepository(Post).countBy({ groupId: group.id })).toBe(1);
  });

  it('editing-sets-edited-at-and-deleting-removes-from-the-stream', async () => {
    const { group, ana, ben } = await groupWithMembers();
    const keep = await posted(ben.token, { groupId: group.id, kind: 'QUESTION', body: 'Stays' });
    const post = await posted(ana.token, {
      groupId: group.id,
      kind: 'RESOURCE',
      body: 'Frist draft',
      links: [{ url: 'https://example.org/a', title: 'A' }],
    });
    expect(post.editedAt).toBeNull();

    const edited = await server.gql<{ updatePost: PostNode }>(
      UPDATE_POST,
      { input: { id: post.id, body: 'First draft', links: [{ url: 'https://example.org/b', title: 'B' }] } },
      { token: ana.token },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updatePost).toMatchObject({
      body: 'First draft',
      links: [{ url: 'https://example.org/b', title: 'B' }],
      kind: 'RESOURCE',
    });
    expect(Date.parse(edited.data!.updatePost.editedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const badEdit = await server.gql(
      UPDATE_POST,
      { input: { id: post.id, body: 'x', links: [{ url: 'javascript:void(0)' }] } },
      { token: ana.token },
    );
    expect(errorCode(badEdit)).toBe('BAD_USER_INPUT');

    const deleted = await server.gql<{ deletePost: boolean }>(DELETE_POST, { postId: post.id }, { token: ana.token });
    expect(deleted.data?.deletePost).toBe(true);
    const view = await page(ben.token, group.id);
    expect(view.data?.group.posts.totalCount).toBe(1);
    expect(view.data?.group.posts.nodes.map((p) => p.id)).toEqual([keep.id]);
    // Gone for good: no edits, no replies, no second delete.
    const editGone = await server.gql(UPDATE_POST, { input: { id: post.id, body: 'Back?' } }, { token: ana.token });
    expect(errorCode(editGone)).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(DELETE_POST, { postId: post.id }, { token: ana.token }))).toBe('NOT_FOUND');
    const reply = await createPost(ben.token, { groupId: group.id, parentId: post.id, body: 'Reply to nothing' });
    expect(errorCode(reply)).toBe('BAD_USER_INPUT');
  });

  it('stream-pages-cover-every-post-once-even-within-one-millisecond', async () => {
    const { group, ana } = await groupWithMembers();
    // Posts made at the same moment (e.g. by several people at once) share a millisecond.
    const base = Date.parse('2026-03-02T10:00:00.123Z');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const row = await server.db.getRepository(Post).save({
        groupId: group.id,
        authorId: ana.user.id,
        kind: 'QUESTION',
        body: `Post ${i}`,
      });
      // Microseconds within the same millisecond for the first five; later ones a second apart.
      const at = i < 5 ? `2026-03-02T10:00:00.123${100 + i * 150}Z` : new Date(base + (i - 4) * 1000).toISOString();
      await server.db.query('UPDATE post SET created_at = $1 WHERE id = $2', [at, row.id]);
      ids.push(row.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 10; n++) {
      const res: Awaited<ReturnType<typeof page>> = await page(ana.token, group.id, { first: 2, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.group.posts.nodes.map((p) => p.id));
      if (!res.data!.group.posts.pageInfo.hasNextPage) break;
      after = res.data!.group.posts.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect([...seen].sort()).toEqual([...ids].sort());
    // Newest first.
    expect(seen.slice(0, 2)).toEqual([ids[6], ids[5]]);
  });

  it('notifications-page-newest-first-and-are-marked-read', async () => {
    const { group, ana, ben } = await groupWithMembers();
    const postIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      postIds.push(
        (
          await posted(ana.token, {
            groupId: group.id,
            kind: 'QUESTION',
            body: `Ben? #${i}`,
            mentionIds: [ben.user.id],
          })
        ).id,
      );
    }
    // Someone else's notification, never touched by Ben.
    await posted(ben.token, { groupId: group.id, kind: 'QUESTION', body: 'Ana?', mentionIds: [ana.user.id] });

    const first = await notificationsOf(ben.token, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.unreadNotificationCount).toBe(5);
    expect(first.data?.notifications.totalCount).toBe(5);
    expect(first.data?.notifications.pageInfo.hasNextPage).toBe(true);
    const all: NotificationNode[] = [...first.data!.notifications.nodes];
    let after = first.data!.notifications.pageInfo.endCursor;
    while (after) {
      const next = await notificationsOf(ben.token, { first: 2, after });
      expect(next.errors).toBeUndefined();
      all.push(...next.data!.notifications.nodes);
      after = next.data!.notifications.pageInfo.hasNextPage ? next.data!.notifications.pageInfo.endCursor : null;
    }
    expect(all.map((n) => n.postId)).toEqual([...postIds].reverse());
    expect(all.every((n) => n.kind === 'MENTION' && n.readAt === null)).toBe(true);

    const anaNotification = await server.db.getRepository(Notification).findOneByOrFail({ userId: ana.user.id });
    const some = await server.gql<{ markNotificationsRead: number }>(
      MARK_READ,
      { ids: [all[0].id, all[1].id, anaNotification.id] },
      { token: ben.token },
    );
    expect(some.errors).toBeUndefined();
    expect(some.data?.markNotificationsRead).toBe(3);
    const after2 = await notificationsOf(ben.token);
    expect(after2.data?.unreadNotificationCount).toBe(3);
    expect(
      after2.data?.notifications.nodes
        .filter((n) => n.readAt !== null)
        .map((n) => n.id)
        .sort(),
    ).toEqual([all[0].id, all[1].id].sort());
    // Ben cannot mark Ana's notification read.
    expect((await server.db.getRepository(Notification).findOneByOrFail({ id: anaNotification.id })).readAt).toBeNull();

    // An empty list marks nothing (only leaving the list out means "all").
    const none = await server.gql<{ markNotificationsRead: number }>(MARK_READ, { ids: [] }, { token: ben.token });
    expect(none.data?.markNotificationsRead).toBe(3);

    const rest = await server.gql<{ markNotificationsRead: number }>(MARK_READ, {}, { token: ben.token });
    expect(rest.data?.markNotificationsRead).toBe(0);
    expect((await notificationsOf(ben.token)).data?.unreadNotificationCount).toBe(0);
    expect((await notificationsOf(ana.token)).data?.unreadNotificationCount).toBe(1);

    expect(errorCode(await notificationsOf(ben.token, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await notificationsOf(ben.token, { after: 'nonsense' }))).toBe('BAD_USER_INPUT');
  });

  it('notification-pages-cover-every-notification-once-even-within-one-millisecond', async () => {
    const { net, group, ana } = await groupWithMembers();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const row = await server.db.getRepository(Notification).save({
        userId: ana.user.id,
        networkId: net.network.id,
        kind: 'MENTION',
        text: `Mention ${i}`,
        groupId: group.id,
      });
      await server.db.query('UPDATE notification SET created_at = $1 WHERE id = $2', [
        `2026-03-02T10:00:00.456${100 + i * 200}Z`,
        row.id,
      ]);
      ids.push(row.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 10; n++) {
      const res: Awaited<ReturnType<typeof notificationsOf>> = await notificationsOf(ana.token, { first: 2, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.notifications.nodes.map((x) => x.id));
      if (!res.data!.notifications.pageInfo.hasNextPage) break;
      after = res.data!.notifications.pageInfo.endCursor;
    }
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it('forged-page-links-and-bad-ids-are-input-errors-not-crashes', async () => {
    const { group, ana } = await groupWithMembers();
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    // Date.parse accepts these; PostgreSQL does not.
    for (const at of ['2026', 'Tue, 1 Feb', '2026-01-01T00:00:00+01:00', 42]) {
      const inbox = await notificationsOf(ana.token, { after: cursor([at, id]) });
      expect({ at, code: errorCode(inbox) }).toEqual({ at, code: 'BAD_USER_INPUT' });
      expect(inbox.errors?.[0].extensions?.fieldErrors).toHaveProperty('after');
      const stream = await page(ana.token, group.id, { after: cursor([at, id]) });
      expect({ at, code: errorCode(stream) }).toEqual({ at, code: 'BAD_USER_INPUT' });
      expect(stream.errors?.[0].extensions?.fieldErrors).toHaveProperty('after');
    }
    const marked = await server.gql(MARK_READ, { ids: ['not-a-uuid'] }, { token: ana.token });
    expect(errorCode(marked)).toBe('BAD_USER_INPUT');
    expect(marked.errors?.[0].extensions?.fieldErrors).toHaveProperty('ids');
  });

  it('digest-frequency-is-daily-weekly-or-off', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const token = await signIn(server, teacher.login);
    for (const frequency of ['DAILY', 'OFF', 'WEEKLY']) {
      const res = await server.gql<{ setDigestFrequency: string }>(SET_DIGEST, { frequency }, { token });
      expect(res.errors).toBeUndefined();
      expect(res.data?.setDigestFrequency).toBe(frequency);
      const me = await server.gql<{ me: { digestFrequency: string } }>('{ me { digestFrequency } }', {}, { token });
      expect(me.data?.me.digestFrequency).toBe(frequency);
      expect((await server.db.getRepository(User).findOneByOrFail({ id: teacher.user.id })).digestFrequency).toBe(
        frequency,
      );
    }
    for (const frequency of ['HOURLY', 'daily', '']) {
      const res = await server.gql(SET_DIGEST, { frequency }, { token });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    expect((await server.db.getRepository(User).findOneByOrFail({ id: teacher.user.id })).digestFrequency).toBe(
      'WEEKLY',
    );
    expect(errorCode(await server.gql(SET_DIGEST, { frequency: 'OFF' }))).toBe('UNAUTHENTICATED');
  });

  it('daily-digest-is-emailed-once-a-day-and-never-to-people-who-turned-it-off', async () => {
    const { net, group, ana, ben } = await groupWithMembers();
    const cara = await createPerson(server.db, net, 'TEACHER', { name: 'Cara Diaz' });
    await addToGroup(server.db, group, cara);
    const caraToken = await signIn(server, cara.login);
    await server.gql(SET_DIGEST, { frequency: 'DAILY' }, { token: ben.token });
    await server.gql(SET_DIGEST, { frequency: 'OFF' }, { token: caraToken });
    await server.gql(SET_DIGEST, { frequency: 'DAILY' }, { token: ana.token });
    await posted(ana.token, {
      groupId: group.id,
      kind: 'QUESTION',
      body: 'Ben and Cara: rubric?',
      mentionIds: [ben.user.id, cara.user.id],
    });
    await posted(ana.token, { groupId: group.id, kind: 'QUESTION', body: 'Ben: slides?', mentionIds: [ben.user.id] });

    const digests = (email: string) =>
      server.db
        .getRepository(OutboxMessage)
        .find({ where: { toAddress: email, kind: 'DIGEST' }, order: { createdAt: 'ASC' } });
    const digest = server.app.get(DigestService);
    // Run as the scheduler would, right after the notifications were written.
    const now = new Date();
    await digest.runDue(now);

    const sent = await digests(ben.user.email!);
    expect(sent).toHaveLength(1);
    // Personal mail: filed under no network (no coordinator's outbox shows it).
    expect(sent[0]).toMatchObject({
      networkId: null,
      subject: `Your Switchback digest for ${net.network.name}: 2 new updates`,
    });
    expect(sent[0].body).toContain(`Ana Lopez mentioned you in ${group.name}: Ben and Cara: rubric?`);
    expect(sent[0].body).toContain(`Ana Lopez mentioned you in ${group.name}: Ben: slides?`);
    expect(sent[0].body).toContain('today');
    expect(await digests(cara.user.email!)).toHaveLength(0);
    // Ana has nothing unread: no digest.
    expect(await digests(ana.user.email!)).toHaveLength(0);

    // Later the same day, even with something new: nothing more.
    await posted(ana.token, { groupId: group.id, kind: 'QUESTION', body: 'Ben: one more', mentionIds: [ben.user.id] });
    await digest.runDue(new Date(now.getTime() + 3 * 3600_000));
    expect(await digests(ben.user.email!)).toHaveLength(1);
    expect(await digests(cara.user.email!)).toHaveLength(0);

    // The next day: only what is new since the last digest.
    await digest.runDue(new Date(now.getTime() + 25 * 3600_000));
    const next = await digests(ben.user.email!);
    expect(next).toHaveLength(2);
    expect(next[1].subject).toBe(`Your Switchback digest for ${net.network.name}: 1 new update`);
    expect(next[1].body).toContain('Ben: one more');
    expect(next[1].body).not.toContain('slides');
    expect(await digests(cara.user.email!)).toHaveLength(0);

    // Nothing new, nothing sent.
    await digest.runDue(new Date(now.getTime() + 50 * 3600_000));
    expect(await digests(ben.user.email!)).toHaveLength(2);
  });
});
