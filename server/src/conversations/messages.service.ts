import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CONVERSATION_LIMITS,
  CONVERSATION_OPEN_WINDOW_MS,
  ConversationLiveEvent,
  type ConversationMessageEventPayload,
} from '@switchback/shared';
import { User } from '../auth/user.entity.js';
import { tooManyRequests } from '../common/errors.js';
import { newestFirstPage, type Connection } from '../common/pagination.js';
import { LivePublisher } from '../live/live-publisher.service.js';
import type { Notification } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ConversationAccessService, type ConversationContext } from './conversation-access.service.js';
import { Conversation } from './conversation.entity.js';
import type { SendMessageInput } from './dto/conversation.input.js';
import { ConversationMessage } from './message.entity.js';
import { ConversationParticipant } from './participant.entity.js';

interface Recipient {
  user_id: string;
  last_read_at: Date | null;
}

const excerpt = (text: string, max = 120) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * Messages: sent in a transaction, pushed live to every participant who still has access (checked
 * at each message, so someone removed from the network or made a student hears nothing more), with
 * at most one unread notification per conversation and person.
 */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConversationAccessService,
    private readonly notifications: NotificationsService,
    private readonly live: LivePublisher,
  ) {}

  /** Messages of a conversation the caller may read, newest first. */
  page(ctx: ConversationContext, first?: number, after?: string): Promise<Connection<ConversationMessage>> {
    const qb = this.db
      .getRepository(ConversationMessage)
      .createQueryBuilder('m')
      .where('m.conversation_id = :id', { id: ctx.conversation.id });
    return newestFirstPage(qb, 'm', first, after);
  }

  async send(userId: string, input: SendMessageInput): Promise<ConversationMessage> {
    const { conversation } = await this.access.require(userId, input.conversationId, 'post');
    const author = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    const { message, recipients, created } = await this.db.transaction(async (m) => {
      await this.withinRate(m, userId);
      const message = await m.save(
        m.create(ConversationMessage, { conversationId: conversation.id, authorId: userId, body: input.body }),
      );
      await m.update(Conversation, conversation.id, { lastMessageAt: message.createdAt });
      await m.update(
        ConversationParticipant,
        { conversationId: conversation.id, userId },
        { lastReadAt: message.createdAt },
      );
      const recipients = await this.recipients(m, conversation);
      const created = await this.notify(m, conversation, author, message, recipients);
      return { message, recipients, created };
    });
    await this.publish(
      conversation,
      message,
      recipients.map((r) => r.user_id),
    );
    await this.notifications.push(created);
    return message;
  }

  /**
   * At most `CONVERSATION_LIMITS.messagesPerMinute` messages a person in any minute, all conversations
   * together. One person's sends are counted one at a time (a lock per author), so a burst in
   * parallel cannot slip past the count; nothing is written when refused.
   */
  private async withinRate(m: EntityManager, userId: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`messages:${userId}`]);
    const [row] = await m.query<{ sent: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS sent, min(created_at) AS oldest FROM conversation_message
        WHERE author_id = $1 AND created_at > now() - interval '1 minute'`,
      [userId],
    );
    if ((row?.sent ?? 0) < CONVERSATION_LIMITS.messagesPerMinute) return;
    const wait = row?.oldest ? Math.ceil((new Date(row.oldest).getTime() + 60_000 - Date.now()) / 1000) : 60;
    throw tooManyRequests(
      'You have sent a lot of messages in the last minute. Wait a moment, then send this one again: it is still in the box.',
      Math.min(60, Math.max(1, wait)),
    );
  }

  /** The participants who may still read the conversation: active adults of its network. */
  private recipients(m: EntityManager, conversation: Conversation): Promise<Recipient[]> {
    return m.query(
      `SELECT p.user_id, p.last_read_at
         FROM conversation_participant p
         JOIN membership ms ON ms.user_id = p.user_id AND ms.network_id = $2
                           AND ms.status = 'ACTIVE' AND ms.role <> 'STUDENT'
        WHERE p.conversation_id = $1`,
      [conversation.id, conversation.networkId],
    );
  }

  /**
   * One notification per person and conversation while it is unread: a later message rewrites
   * that notification's line (what the digest shows) instead of adding another. Nobody is notified
   * of a conversation they have open (read within the last two minutes).
   */
  private async notify(
    m: EntityManager,
    conversation: Conversation,
    author: User,
    message: ConversationMessage,
    recipients: Recipient[],
  ): Promise<Notification[]> {
    const openSince = message.createdAt.getTime() - CONVERSATION_OPEN_WINDOW_MS;
    const others = recipients.filter(
      (r) => r.user_id !== author.id && !(r.last_read_at && new Date(r.last_read_at).getTime() > openSince),
    );
    if (!others.length) return [];
    const pending: { id: string; user_id: string; unread: number }[] = await m.query(
      `SELECT n.id, n.user_id,
              (SELECT count(*)::int FROM conversation_message msg
                 JOIN conversation_participant p ON p.conversation_id = msg.conversation_id AND p.user_id = n.user_id
                WHERE msg.conversation_id = $1 AND msg.author_id <> n.user_id
                  AND msg.created_at > coalesce(p.last_read_at, '-infinity')) AS unread
         FROM notification n
        WHERE n.conversation_id = $1 AND n.read_at IS NULL AND n.user_id = ANY($2::uuid[])`,
      [conversation.id, others.map((r) => r.user_id)],
    );
    const where = conversation.title ? ` in “${conversation.title}”` : '';
    for (const p of pending) {
      await m.query(`UPDATE notification SET text = $2 WHERE id = $1`, [
        p.id,
        `${p.unread} new messages${where}, the latest from ${author.displayName}: ${excerpt(message.body)}`.slice(
          0,
          300,
        ),
      ]);
    }
    const fresh = others.filter((r) => !pending.some((p) => p.user_id === r.user_id)).map((r) => r.user_id);
    return this.notifications.create(m, {
      userIds: fresh,
      networkId: conversation.networkId,
      kind: 'MESSAGE',
      text: conversation.title
        ? `${author.displayName} wrote in “${conversation.title}”: ${excerpt(message.body)}`
        : `${author.displayName} sent you a message: ${excerpt(message.body)}`,
      conversationId: conversation.id,
    });
  }

  private async publish(conversation: Conversation, message: ConversationMessage, userIds: string[]): Promise<void> {
    const unread = await this.unreadConversations(conversation.networkId, userIds);
    for (const userId of userIds) {
      this.live.toUser(userId, ConversationLiveEvent.Message, {
        conversationId: conversation.id,
        messageId: message.id,
        authorId: message.authorId,
        unreadConversations: unread.get(userId) ?? 0,
      } satisfies ConversationMessageEventPayload);
    }
  }

  /** Per person: how many of their conversations in the network have messages of others they have not read. */
  async unreadConversations(networkId: string, userIds: string[]): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows: { user_id: string; n: number }[] = await this.db.query(
      `SELECT p.user_id, count(*)::int AS n
         FROM conversation_participant p
         JOIN conversation c ON c.id = p.conversation_id AND c.network_id = $1
        WHERE p.user_id = ANY($2::uuid[])
          AND EXISTS (SELECT 1 FROM conversation_message msg
                       WHERE msg.conversation_id = p.conversation_id AND msg.author_id <> p.user_id
                         AND msg.created_at > coalesce(p.last_read_at, '-infinity'))
        GROUP BY p.user_id`,
      [networkId, userIds],
    );
    return new Map(rows.map((r) => [r.user_id, r.n]));
  }
}
