import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { ADULT_ROLES } from '../access/access.service.js';
import type { User } from '../auth/user.entity.js';
import { usersByIds } from '../auth/users-by-ids.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { badInput } from '../common/errors.js';
import { Membership } from '../networks/membership.entity.js';
import { membershipsByKeys } from '../networks/memberships-by-keys.js';
import { Notification } from '../notifications/notification.entity.js';
import { ConversationAccessService, type ConversationContext } from './conversation-access.service.js';
import { Conversation } from './conversation.entity.js';
import type { StartConversationInput } from './dto/conversation.input.js';
import { ConversationMessage } from './message.entity.js';
import { MessagesService } from './messages.service.js';
import { ConversationParticipant } from './participant.entity.js';

const ONLY_ADULTS = 'You can talk here with adults of this network only (not students).';

/** Starting, listing and reading conversations; sending is `MessagesService`'s. */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConversationAccessService,
    private readonly messages: MessagesService,
  ) {}

  /** The caller's conversations in a network, the most recent first. */
  async list(userId: string, networkId: string, first = 50): Promise<Conversation[]> {
    await this.access.starter(userId, networkId);
    return this.db
      .getRepository(Conversation)
      .createQueryBuilder('c')
      .innerJoin(ConversationParticipant, 'p', 'p.conversation_id = c.id AND p.user_id = :userId', { userId })
      .where('c.network_id = :networkId', { networkId })
      .orderBy('c.last_message_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(Math.min(Math.max(first, 1), 100))
      .getMany();
  }

  async unreadCount(userId: string, networkId: string): Promise<number> {
    await this.access.starter(userId, networkId);
    return (await this.messages.unreadConversations(networkId, [userId])).get(userId) ?? 0;
  }

  /**
   * Starts a conversation with other adults of the network, or opens the one-to-one conversation
   * the two people already have; sends `body` as its first (or next) message when given.
   */
  async start(userId: string, input: StartConversationInput): Promise<Conversation> {
    await this.access.starter(userId, input.networkId);
    const others = [...new Set(input.participantIds)].filter((id) => id !== userId);
    if (!others.length)
      throw badInput('Choose at least one other person to talk with.', {
        participantIds: 'Choose at least one other person.',
      });
    const adults = await this.db.getRepository(Membership).countBy({
      networkId: input.networkId,
      userId: In(others),
      status: 'ACTIVE',
      role: In([...ADULT_ROLES]),
    });
    if (adults !== others.length) throw badInput(ONLY_ADULTS, { participantIds: ONLY_ADULTS });
    const directKey = others.length === 1 ? [userId, others[0]].sort().join(':') : null;
    let conversation = directKey ? await this.direct(input.networkId, directKey) : null;
    if (!conversation) {
      try {
        conversation = await this.db.transaction(async (m) => {
          const c = await m.save(
            m.create(Conversation, {
              networkId: input.networkId,
              title: directKey ? null : input.title?.trim() || null,
              createdById: userId,
              directKey,
            }),
          );
          await m.save(
            [userId, ...others].map((id) =>
              m.create(ConversationParticipant, {
                conversationId: c.id,
                userId: id,
                lastReadAt: id === userId ? new Date() : null,
              }),
            ),
          );
          return c;
        });
      } catch (err) {
        // Both people started their conversation at once: open the one that won.
        if (!directKey || !isUniqueViolation(err)) throw err;
        conversation = await this.direct(input.networkId, directKey);
        if (!conversation) throw err;
      }
    }
    if (input.body) await this.messages.send(userId, { conversationId: conversation.id, body: input.body });
    return (await this.db.getRepository(Conversation).findOneBy({ id: conversation.id }))!;
  }

  private direct(networkId: string, directKey: string): Promise<Conversation | null> {
    return this.db.getRepository(Conversation).findOneBy({ networkId, directKey });
  }

  async get(userId: string, conversationId: string): Promise<ConversationContext> {
    return this.access.require(userId, conversationId, 'read');
  }

  /** Everything in the conversation is read for the caller now, and its message notifications too. */
  async markRead(userId: string, conversationId: string): Promise<Conversation> {
    const { conversation } = await this.access.require(userId, conversationId, 'read');
    const now = new Date();
    await this.db.transaction(async (m) => {
      await m.update(ConversationParticipant, { conversationId, userId }, { lastReadAt: now });
      await m.update(Notification, { userId, conversationId, readAt: IsNull() }, { readAt: now });
    });
    return conversation;
  }

  // ---- for the resolver's fields (the caller was authorized for the conversations) ----

  participantsOf(conversationIds: readonly string[]): Promise<ConversationParticipant[]> {
    return this.db
      .getRepository(ConversationParticipant)
      .find({ where: { conversationId: In([...conversationIds]) }, order: { joinedAt: 'ASC', userId: 'ASC' } });
  }

  /**
   * The adult memberships behind "networkId:userId" keys. Someone made a student since stays out of
   * sight: a student's name never reaches another school.
   */
  membershipsByKeys(keys: readonly string[]): Promise<Membership[]> {
    return membershipsByKeys(this.db, keys, { adultsOnly: true });
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return usersByIds(this.db, ids);
  }

  /** Per "conversationId:userId": how many messages of others that person has not read. */
  async unreadMessages(keys: readonly string[]): Promise<Map<string, number>> {
    const pairs = keys.map((k) => k.split(':'));
    const rows: { key: string; n: number }[] = await this.db.query(
      `SELECT p.conversation_id || ':' || p.user_id AS key, count(msg.id)::int AS n
         FROM conversation_participant p
         JOIN unnest($1::uuid[], $2::uuid[]) AS k(conversation_id, user_id)
           ON k.conversation_id = p.conversation_id AND k.user_id = p.user_id
         LEFT JOIN conversation_message msg ON msg.conversation_id = p.conversation_id
              AND msg.author_id <> p.user_id AND msg.created_at > coalesce(p.last_read_at, '-infinity')
        GROUP BY p.conversation_id, p.user_id`,
      [pairs.map(([c]) => c), pairs.map(([, u]) => u)],
    );
    return new Map(rows.map((r) => [r.key, r.n]));
  }

  lastMessages(conversationIds: readonly string[]): Promise<ConversationMessage[]> {
    return this.db
      .getRepository(ConversationMessage)
      .createQueryBuilder('m')
      .distinctOn(['m.conversation_id'])
      .where('m.conversation_id IN (:...ids)', { ids: [...conversationIds] })
      .orderBy('m.conversation_id')
      .addOrderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .getMany();
  }
}
