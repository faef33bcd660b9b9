import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { conversationPolicy, type ConversationAction } from '../access/policies/conversation.policy.js';
import { notFound } from '../common/errors.js';
import type { Membership } from '../networks/membership.entity.js';
import { Conversation } from './conversation.entity.js';
import { ConversationParticipant } from './participant.entity.js';

export interface ConversationContext {
  conversation: Conversation;
  /** The caller's active membership of the conversation's network. */
  me: Membership;
  mine: ConversationParticipant;
}

/**
 * Loads the facts the conversation policy decides on (`access/policies/conversation.policy.ts`).
 * Whoever may not read a conversation (not a participant, a student, outside the network, removed
 * from it) gets "not found", exactly as for an id nobody has.
 */
@Injectable()
export class ConversationAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async require(userId: string, conversationId: string, action: ConversationAction): Promise<ConversationContext> {
    const conversation = await this.db.getRepository(Conversation).findOneBy({ id: conversationId });
    const me = conversation && (await this.access.activeMembership(userId, conversation.networkId));
    const mine = me && (await this.db.getRepository(ConversationParticipant).findOneBy({ conversationId, userId }));
    if (!conversation || !me || !conversationPolicy.allows({ role: me.role, participant: !!mine }, action))
      throw notFound('conversation');
    return { conversation, me, mine: mine! };
  }

  /** The caller's membership when they may start (and list) conversations in the network. */
  async starter(userId: string, networkId: string): Promise<Membership> {
    const me = await this.access.require(userId, networkId, 'read');
    conversationPolicy.assert({ role: me.role, participant: false }, 'start');
    return me;
  }
}
