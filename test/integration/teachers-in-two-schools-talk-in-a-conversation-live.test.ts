/**
 * Direct conversations between adults of a network: one to one and small groups, live over /live,
 * with unread counts, throttled notifications and the digest; never students, never another
 * network, and a person removed from the network loses access at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import {
  CONVERSATION_LIMITS,
  ConversationLiveEvent,
  GroupLiveEvent,
  LIVE_NAMESPACE,
  LiveEvent,
  type ConversationMessageEventPayload,
  type NotificationEventPayload,
} from '@switchback/shared';
import { User } from '../../server/src/auth/user.entity.js';
import { seedDemoNetwork } from '../../server/src/database/seed/demo-network.js';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { DigestService } from '../../server/src/notifications/digest.service.js';
import { OutboxMessage } from '../../server/src/notifications/outbox-message.entity.js';
import {
  createNetwork,
  createPerson,
  joinNetwork,
  signIn,
  type TestNetwork,
  type TestPerson,
} from '../support/factories.js';
import { errorCode, startServer, type GqlResult, type TestServer } from '../support/harness.js';

const START = `mutation($input: StartConversationInput!) { startConversation(input: $input) { id title unreadCount } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id body mine } }`;
const READ = `mutation($id: ID!) { markConversationRead(conversationId: $id) { id unreadCount } }`;
const CONVERSATION = `query($id: ID!) {
  conversation(id: $id) {
    id title unreadCount
    participants { user { displayName } school { name } }
    messages(first: 20) { totalCount nodes { body mine author { displayName } } }
  }
}`;
const LIST = `query($n: ID!) { conversations(networkId: $n) { id unreadCount lastMessage { body } } unreadConversationCount(networkId: $n) }`;
const NOTIFICATIONS = `{ notifications { nodes { kind text conversationId readAt } } }`;

type Person = TestPerson & { token: string };

interface LiveClient {
  socket: Socket;
  messages: ConversationMessageEventPayload[];
  notifications: NotificationEventPayload[];
  accessChanges: number;
  nextMessage(seen?: number): Promise<ConversationMessageEventPayload>;
  /** Resolves once `check` holds, re-checked at every event this socket receives. */
  until(check: () => boolean): Promise<void>;
  /**
   * A round trip on this socket. Room events travel through the socket.io adapter (a database
   * round trip first), so this orders only what was already on its way to this socket.
   */
  sync(): Promise<void>;
}

describe('teachers in two schools talk in a conversation live', () => {
  let server: TestServer;
  const open: Socket[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const s of open) s.disconnect();
    await server.close();
  });

  async function person(net: TestNetwork, role: 'TEACHER' | 'COORDINATOR' | 'STUDENT', name: string, school = 0) {
    const p = await createPerson(server.db, net, role, {
      name,
      school: role === 'COORDINATOR' ? null : net.schools[school],
    });
    return { ...p, token: await signIn(server, p.login) } as Person;
  }

  async function connect(token: string): Promise<LiveClient> {
    const socket = io(`${server.url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { token },
    });
    open.push(socket);
    const client: LiveClient = {
      socket,
      messages: [],
      notifications: [],
      accessChanges: 0,
      nextMessage: (seen = client.messages.length) =>
        new Promise((resolve) => {
          const check = () => {
            if (client.messages.length <= seen) return;
            socket.off(ConversationLiveEvent.Message, check);
            resolve(client.messages[seen]);
          };
          socket.on(ConversationLiveEvent.Message, check);
          check();
        }),
      until: (check) =>
        new Promise((resolve) => {
          const test = () => {
            if (!check()) return;
            socket.offAny(again);
            resolve();
          };
          // "Any" listeners run before the event's own handlers (which record it): check right after.
          const again = () => queueMicrotask(test);
          socket.onAny(again);
          test();
        }),
      sync: async () => {
        await socket.timeout(10_000).emitWithAck(GroupLiveEvent.Unwatch, { groupId: 'sync' });
      },
    };
    socket.on(ConversationLiveEvent.Message, (p: ConversationMessageEventPayload) => client.messages.push(p));
    socket.on(GroupLiveEvent.Notification, (n: NotificationEventPayload) => client.notifications.push(n));
    socket.on(ConversationLiveEvent.AccessChanged, () => (client.accessChanges += 1));
    await new Promise<void>((resolve, reject) => {
      socket.once(LiveEvent.Ready, () => resolve());
      socket.once('connect_error', reject);
    });
    return client;
  }

  function ok<T>(res: GqlResult<T>): T {
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  const start = (who: Person, input: Record<string, unknown>) =>
    server.gql<{ startConversation: { id: string; title: string | null; unreadCount: number } }>(
      START,
      { input },
      { token: who.token },
    );
  const send = (who: Person, conversationId: string, body: string) =>
    server.gql<{ sendMessage: { id: string; body: string; mine: boolean } }>(
      SEND,
      { input: { conversationId, body } },
      { token: who.token },
    );
  const read = (who: Person, id: string) => server.gql(CONVERSATION, { id }, { token: who.token });
  const messageNotifications = async (who: Person) =>
    ok(
      await server.gql<{ notifications: { nodes: { kind: string; text: string; readAt: string | null }[] } }>(
        NOTIFICATIONS,
        {},
        { token: who.token },
      ),
    ).notifications.nodes.filter((n) => n.kind === 'MESSAGE');
  /** Makes the person's last read of the conversation older than the "open" window. */
  const awayFrom = (who: Person, conversationId: string) =>
    server.db.query(
      `UPDATE conversation_participant SET last_read_at = last_read_at - interval '10 minutes'
        WHERE conversation_id = $1 AND user_id = $2`,
      [conversationId, who.user.id],
    );

  it('a-teacher-messages-a-job-alike-in-another-school-and-the-reply-arrives-live', async () => {
    const net = await createNetwork(server.db);
    const owen = await person(net, 'TEACHER', 'Owen Tsosie', 0);
    const eli = await person(net, 'TEACHER', 'Eli Johansen', 1);
    const [liveOwen, liveEli] = await Promise.all([connect(owen.token), connect(eli.token)]);

    const arriving = liveEli.nextMessage(0);
    const started = ok(
      await start(owen, { networkId: net.network.id, participantIds: [eli.user.id], body: 'Hi Eli, ecology unit?' }),
    ).startConversation;
    const event = await arriving;
    expect(event).toEqual({
      conversationId: started.id,
      messageId: expect.any(String),
      authorId: owen.user.id,
      unreadConversations: 1,
    });
    // The author's other tabs hear it too, with nothing unread for them.
    expect(await liveOwen.nextMessage(0)).toMatchObject({ conversationId: started.id, unreadConversations: 0 });
    await liveEli.until(() => liveEli.notifications.length > 0);
    expect(liveEli.notifications).toEqual([
      {
        id: expect.any(String),
        kind: 'MESSAGE',
        text: 'Owen Tsosie sent you a message: Hi Eli, ecology unit?',
        unreadCount: 1,
      },
    ]);

    const seen = ok(await read(eli, started.id)) as {
      conversation: {
        unreadCount: number;
        participants: { user: { displayName: string }; school: { name: string } }[];
        messages: { totalCount: number; nodes: { body: string; mine: boolean; author: { displayName: string } }[] };
      };
    };
    expect(seen.conversation.unreadCount).toBe(1);
    expect(seen.conversation.participants.map((p) => [p.user.displayName, p.school.name])).toEqual([
      ['Owen Tsosie', net.schools[0].name],
      ['Eli Johansen', net.schools[1].name],
    ]);
    expect(seen.conversation.messages.nodes).toEqual([
      { body: 'Hi Eli, ecology unit?', mine: false, author: { displayName: 'Owen Tsosie' } },
    ]);
    const list = ok(
      await server.gql<{ conversations: { id: string }[]; unreadConversationCount: number }>(
        LIST,
        { n: net.network.id },
        { token: eli.token },
      ),
    );
    expect(list.conversations.map((c) => c.id)).toEqual([started.id]);
    expect(list.unreadConversationCount).toBe(1);

    // Eli opens it (read) and replies: Owen hears the reply live.
    expect(ok(await server.gql(READ, { id: started.id }, { token: eli.token }))).toEqual({
      markConversationRead: { id: started.id, unreadCount: 0 },
    });
    expect((await messageNotifications(eli)).every((n) => n.readAt)).toBe(true);
    const reply = liveOwen.nextMessage(1);
    const sent = ok(await send(eli, started.id, 'Yes! Let us plan it together.')).sendMessage;
    expect(sent).toMatchObject({ body: 'Yes! Let us plan it together.', mine: true });
    expect(await reply).toMatchObject({ conversationId: started.id, messageId: sent.id, authorId: eli.user.id });

    // Starting the one-to-one again opens the same conversation.
    const again = ok(await start(eli, { networkId: net.network.id, participantIds: [owen.user.id] }));
    expect(again.startConversation.id).toBe(started.id);
  });

  it('notifies once per unread conversation and not while it is open, and the digest has its line', async () => {
    const net = await createNetwork(server.db);
    const ruth = await person(net, 'TEACHER', 'Ruth Okada', 0);
    const nora = await person(net, 'TEACHER', 'Nora Fairweather', 1);
    const { id } = ok(
      await start(ruth, { networkId: net.network.id, participantIds: [nora.user.id], body: 'First note' }),
    ).startConversation;
    ok(await send(ruth, id, 'Second note'));
    ok(await send(ruth, id, 'Third note'));
    // Three messages, one notification that says how many.
    expect(await messageNotifications(nora)).toEqual([
      expect.objectContaining({ text: '3 new messages, the latest from Ruth Okada: Third note', readAt: null }),
    ]);

    // Nora has it open (just read it): a new message arrives live but raises no notification.
    ok(await server.gql(READ, { id }, { token: nora.token }));
    const liveNora = await connect(nora.token);
    const arriving = liveNora.nextMessage(0);
    ok(await send(ruth, id, 'While you are here'));
    expect(await arriving).toMatchObject({ conversationId: id, unreadConversations: 1 });
    await liveNora.sync();
    expect(liveNora.notifications).toEqual([]);
    expect((await messageNotifications(nora)).filter((n) => !n.readAt)).toEqual([]);

    // Away from it: the next message notifies again, and the daily digest carries the line.
    await awayFrom(nora, id);
    ok(await send(ruth, id, 'Are we still on for Thursday?'));
    expect((await messageNotifications(nora)).filter((n) => !n.readAt)).toEqual([
      expect.objectContaining({ text: 'Ruth Okada sent you a message: Are we still on for Thursday?' }),
    ]);
    await server.db.getRepository(User).update(nora.user.id, { digestFrequency: 'DAILY' });
    await server.app.get(DigestService).runDue(new Date());
    const digests = await server.db.getRepository(OutboxMessage).findBy({ toAddress: nora.login, kind: 'DIGEST' });
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toContain('- Ruth Okada sent you a message: Are we still on for Thursday?');
  });

  it('a-small-group-of-teachers-talks-together', async () => {
    const net = await createNetwork(server.db, 3);
    const [a, b, c] = [
      await person(net, 'TEACHER', 'Ann Science', 0),
      await person(net, 'TEACHER', 'Ben Science', 1),
      await person(net, 'TEACHER', 'Cal Science', 2),
    ];
    const [liveB, liveC] = await Promise.all([connect(b.token), connect(c.token)]);
    const group = ok(
      await start(a, {
        networkId: net.network.id,
        participantIds: [b.user.id, c.user.id],
        title: 'Science job-alikes',
        body: 'Welcome, science people!',
      }),
    ).startConversation;
    expect(group.title).toBe('Science job-alikes');
    expect((await liveB.nextMessage(0)).conversationId).toBe(group.id);
    expect((await liveC.nextMessage(0)).conversationId).toBe(group.id);
    await liveC.until(() => liveC.notifications.length > 0);
    expect(liveC.notifications.map((n) => n.text)).toEqual([
      'Ann Science wrote in “Science job-alikes”: Welcome, science people!',
    ]);
    const fromC = liveB.nextMessage(1);
    ok(await send(c, group.id, 'Hello from school 3'));
    expect(await fromC).toMatchObject({ conversationId: group.id, authorId: c.user.id });

    // A group is a new conversation each time; a one-to-one is not.
    const second = ok(await start(a, { networkId: net.network.id, participantIds: [b.user.id, c.user.id] }));
    expect(second.startConversation.id).not.toBe(group.id);
  });

  it('refuses bad input with clear messages and writes nothing', async () => {
    const net = await createNetwork(server.db);
    const a = await person(net, 'TEACHER', 'Ann Input');
    const b = await person(net, 'TEACHER', 'Ben Input', 1);
    const { id } = ok(await start(a, { networkId: net.network.id, participantIds: [b.user.id] })).startConversation;
    const cases: [GqlResult<unknown>, string][] = [
      [await send(a, id, '   '), 'Write a message to send.'],
      [await send(a, id, 'x'.repeat(4001)), 'Messages are at most 4000 characters.'],
      [await start(a, { networkId: net.network.id, participantIds: [] }), 'Choose at least one person to talk with.'],
      [
        await start(a, { networkId: net.network.id, participantIds: [a.user.id] }),
        'Choose at least one other person to talk with.',
      ],
      [
        await start(a, { networkId: net.network.id, participantIds: [b.user.id], body: '' }),
        'Write a message to send.',
      ],
    ];
    const people = [];
    for (let i = 0; i < 8; i++) people.push((await createPerson(server.db, net, 'TEACHER')).user.id);
    cases.push([
      await start(a, { networkId: net.network.id, participantIds: people }),
      'A conversation has at most 8 people: choose up to 7 others.',
    ]);
    for (const [res, message] of cases) {
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toBe(message);
    }
    const [{ n }] = await server.db.query(
      `SELECT count(*)::int AS n FROM conversation c JOIN conversation_message m ON m.conversation_id = c.id
        WHERE c.network_id = $1`,
      [net.network.id],
    );
    expect(n).toBe(0);
    expect(await server.db.query(`SELECT id FROM conversation WHERE network_id = $1`, [net.network.id])).toHaveLength(
      1,
    );
  });

  it('a-burst-of-messages-is-held-to-the-per-minute-limit-and-nothing-refused-is-written', async () => {
    const net = await createNetwork(server.db);
    const a = await person(net, 'TEACHER', 'Ann Burst');
    const b = await person(net, 'TEACHER', 'Ben Burst', 1);
    const { id } = ok(await start(a, { networkId: net.network.id, participantIds: [b.user.id] })).startConversation;
    const limit = CONVERSATION_LIMITS.messagesPerMinute;
    // Sent all at once: one person's sends are counted one at a time, so exactly the limit gets through.
    const burst = await Promise.all(Array.from({ length: limit + 5 }, (_, i) => send(a, id, `Line ${i + 1}`)));
    expect(burst.filter((r) => !r.errors)).toHaveLength(limit);
    const refusedSends = burst.filter((r) => r.errors);
    expect(refusedSends.map((r) => errorCode(r))).toEqual(Array(5).fill('TOO_MANY_REQUESTS'));
    expect(refusedSends[0]!.errors![0]!.message).toContain('Wait a moment, then send this one again');
    const [{ n }] = await server.db.query(
      `SELECT count(*)::int AS n FROM conversation_message WHERE conversation_id = $1`,
      [id],
    );
    expect(n).toBe(limit);
    // The limit is the sender's own: the other person still writes.
    expect(ok(await send(b, id, 'Slow down, Ann!')).sendMessage.body).toBe('Slow down, Ann!');
  });

  it('students-are-refused-as-senders-and-as-recipients', async () => {
    const net = await createNetwork(server.db);
    const teacher = await person(net, 'TEACHER', 'Tess Teacher');
    const other = await person(net, 'TEACHER', 'Otto Teacher', 1);
    const student = await person(net, 'STUDENT', 'Stu Student');
    // Not as a recipient.
    const withStudent = await start(teacher, { networkId: net.network.id, participantIds: [student.user.id] });
    expect(errorCode(withStudent)).toBe('BAD_USER_INPUT');
    expect(withStudent.errors?.[0].message).toBe('You can talk here with adults of this network only (not students).');
    // Not as a sender, nor a reader of anything.
    const byStudent = await start(student, { networkId: net.network.id, participantIds: [teacher.user.id] });
    expect(errorCode(byStudent)).toBe('FORBIDDEN');
    expect(byStudent.errors?.[0].message).toBe('Conversations are for the adults of the network.');
    const list = await server.gql(LIST, { n: net.network.id }, { token: student.token });
    expect(errorCode(list)).toBe('FORBIDDEN');
    // A participant who is made a student loses the conversation.
    const { id } = ok(
      await start(teacher, { networkId: net.network.id, participantIds: [other.user.id], body: 'Hi' }),
    ).startConversation;
    await server.db.getRepository(Membership).update(other.membership.id, { role: 'STUDENT' });
    expect(errorCode(await read(other, id))).toBe('NOT_FOUND');
    expect(errorCode(await send(other, id, 'Still here?'))).toBe('NOT_FOUND');
    // And the teacher no longer sees them among the people in it.
    const theirs = ok(
      await server.gql<{ conversation: { participants: { user: { displayName: string } }[] } }>(
        CONVERSATION,
        { id },
        { token: teacher.token },
      ),
    );
    expect(theirs.conversation.participants.map((p) => p.user.displayName)).toEqual(['Tess Teacher']);
  });

  it('another-networks-people-and-non-participants-find-nothing', async () => {
    const net = await createNetwork(server.db);
    const other = await createNetwork(server.db);
    const a = await person(net, 'TEACHER', 'Ann Home');
    const b = await person(net, 'TEACHER', 'Ben Home', 1);
    const coordinator = await person(net, 'COORDINATOR', 'Cora Home');
    const outsiderCoordinator = await person(other, 'COORDINATOR', 'Otis Away');
    const elsewhere = await person(other, 'TEACHER', 'Tara Away');
    const { id } = ok(
      await start(a, { networkId: net.network.id, participantIds: [b.user.id], body: 'Private' }),
    ).startConversation;

    for (const who of [outsiderCoordinator, coordinator]) {
      const res = await read(who, id);
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe('That conversation was not found.');
      expect(errorCode(await send(who, id, 'Let me in'))).toBe('NOT_FOUND');
      expect(errorCode(await server.gql(READ, { id }, { token: who.token }))).toBe('NOT_FOUND');
    }
    // Starting one in another network, or with someone of another network, is refused.
    expect(
      errorCode(await start(outsiderCoordinator, { networkId: net.network.id, participantIds: [a.user.id] })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await start(a, { networkId: net.network.id, participantIds: [elsewhere.user.id] }))).toBe(
      'BAD_USER_INPUT',
    );
    const theirs = ok(
      await server.gql<{ conversations: unknown[] }>(
        `query($n: ID!) { conversations(networkId: $n) { id } }`,
        { n: net.network.id },
        { token: coordinator.token },
      ),
    );
    expect(theirs.conversations).toEqual([]);
  });

  it('a-member-removed-from-the-network-loses-the-conversation-at-once', async () => {
    const net = await createNetwork(server.db);
    const a = await person(net, 'TEACHER', 'Ann Stays');
    const b = await person(net, 'TEACHER', 'Ben Leaves', 1);
    const c = await person(net, 'TEACHER', 'Cal Stays', 1);
    // Still a member of another network: signed in, with the live socket open, after the removal.
    await joinNetwork(server.db, await createNetwork(server.db, 1), b, 'TEACHER');
    const coordinator = await person(net, 'COORDINATOR', 'Cora Decides');
    const { id } = ok(
      await start(a, { networkId: net.network.id, participantIds: [b.user.id, c.user.id], body: 'Before' }),
    ).startConversation;
    const [liveB, liveC] = await Promise.all([connect(b.token), connect(c.token)]);
    const before = liveB.nextMessage(0);
    ok(await send(a, id, 'Still before'));
    await before;

    ok(
      await server.gql(
        'mutation($m: ID!) { deactivateMember(memberId: $m) { status } }',
        { m: b.membership.id },
        { token: coordinator.token },
      ),
    );
    // Told to re-check what is open.
    await liveB.until(() => liveB.accessChanges > 0);
    const after = ok(await send(a, id, 'After the removal')).sendMessage;
    // Cal hears the message; by then Ben's socket would have too, had it been sent to him.
    await liveC.until(() => liveC.messages.some((m) => m.messageId === after.id));
    await liveB.sync();
    expect(liveB.messages).toHaveLength(1);
    expect(liveB.notifications.filter((n) => n.text.includes('After the removal'))).toEqual([]);
    const [{ n }] = await server.db.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND text LIKE '%After the removal%'`,
      [b.user.id],
    );
    expect(n).toBe(0);
    expect(errorCode(await read(b, id))).toBe('NOT_FOUND');
    expect(errorCode(await send(b, id, 'Can I still write?'))).toBe('NOT_FOUND');
    expect(liveB.socket.connected).toBe(true);
  });
  it('the-demo-shows-a-conversation-between-teachers-of-two-schools', async () => {
    // Seeded inside a transaction that is rolled back, so the test database keeps no demo network.
    const rollback = new Error('rollback');
    let rows: { name: string; school: string; messages: number; unread: boolean }[] = [];
    await server.db
      .transaction(async (m) => {
        const network = await seedDemoNetwork(m, 'not-a-real-hash');
        rows = await m.query(
          `SELECT u.display_name AS name, s.name AS school,
                  (SELECT count(*)::int FROM conversation_message x WHERE x.conversation_id = c.id) AS messages,
                  EXISTS (SELECT 1 FROM conversation_message x WHERE x.conversation_id = c.id
                             AND x.author_id <> p.user_id AND x.created_at > coalesce(p.last_read_at, '-infinity')) AS unread
             FROM conversation c
             JOIN conversation_participant p ON p.conversation_id = c.id
             JOIN "user" u ON u.id = p.user_id
             JOIN membership ms ON ms.user_id = u.id AND ms.network_id = c.network_id
             JOIN school s ON s.id = ms.school_id
            WHERE c.network_id = $1 ORDER BY u.display_name`,
          [network.id],
        );
        throw rollback;
      })
      .catch((err: unknown) => {
        if (err !== rollback) throw err;
      });
    expect(rows.map((r) => r.name)).toEqual(['Grace Lindqvist', 'Hank Mueller']);
    expect(new Set(rows.map((r) => r.school)).size).toBe(2);
    expect(rows[0].messages).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r.unread)).toEqual([true, false]);
  });
});
