import type { EntityManager } from 'typeorm';
import type { User } from '../../auth/user.entity.js';
import { Conversation } from '../../conversations/conversation.entity.js';
import { ConversationMessage } from '../../conversations/message.entity.js';
import { ConversationParticipant } from '../../conversations/participant.entity.js';
import type { Network } from '../../networks/network.entity.js';
import { Notification } from '../../notifications/notification.entity.js';

const hoursAgo = (n: number) => new Date(Date.now() - n * 3600_000);

/**
 * A direct conversation between two math teachers of different schools (Grace Lindqvist at Paisley,
 * Hank Mueller at Garfield County), with one message Grace has not read yet.
 */
export async function seedDemoConversations(
  m: EntityManager,
  network: Network,
  people: Map<string, User>,
): Promise<void> {
  const grace = people.get('grace.lindqvist')!.id;
  const hank = people.get('hank.mueller')!.id;
  const messages: [string, string, Date][] = [
    [
      hank,
      'Grace, your locked-box challenge worked with my Algebra II class. Did yours finish it in one period?',
      hoursAgo(30),
    ],
    [
      grace,
      'Two periods! The second clue (the one with the elimination step) slowed them down. How did you hint it?',
      hoursAgo(27),
    ],
    [
      hank,
      'I had them write the two equations on the board first and only then open the box. Worth trying?',
      hoursAgo(26),
    ],
    [grace, 'Yes, I will try it on Thursday and tell you how it goes.', hoursAgo(25)],
    [
      hank,
      'Great. If it works, shall we write it up as a variation in the unit before the spring convening?',
      hoursAgo(2),
    ],
  ];
  const conversation = await m.save(
    m.create(Conversation, {
      networkId: network.id,
      title: null,
      createdById: hank,
      directKey: [grace, hank].sort().join(':'),
      lastMessageAt: messages.at(-1)![2],
      createdAt: messages[0][2],
    }),
  );
  await m.save([
    m.create(ConversationParticipant, {
      conversationId: conversation.id,
      userId: hank,
      lastReadAt: messages.at(-1)![2],
    }),
    m.create(ConversationParticipant, { conversationId: conversation.id, userId: grace, lastReadAt: messages[3][2] }),
  ]);
  await m.save(
    messages.map(([authorId, body, createdAt]) =>
      m.create(ConversationMessage, { conversationId: conversation.id, authorId, body, createdAt }),
    ),
  );
  await m.save(
    m.create(Notification, {
      userId: grace,
      networkId: network.id,
      kind: 'MESSAGE',
      text: `Hank Mueller sent you a message: ${messages.at(-1)![1]}`.slice(0, 300),
      conversationId: conversation.id,
      readAt: null,
      createdAt: messages.at(-1)![2],
    }),
  );
}
