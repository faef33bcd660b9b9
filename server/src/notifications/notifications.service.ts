import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { DIGEST_FREQUENCIES, GroupLiveEvent, type NotificationEventPayload } from '@switchback/shared';
import { isUUID } from 'class-validator';
import { badInput } from '../common/errors.js';
import { newestFirstPage, type Connection } from '../common/pagination.js';
import { User } from '../auth/user.entity.js';
import { LivePublisher } from '../live/live-publisher.service.js';
import { Notification } from './notification.entity.js';

export interface NewNotification {
  userIds: string[];
  networkId: string;
  kind:
    | 'MENTION'
    | 'REPLY'
    | 'JOIN_REQUEST'
    | 'JOIN_APPROVED'
    | 'UNIT_REVIEW'
    | 'UNIT_UPDATED'
    | 'EXCHANGE_INVITE'
    | 'REVIEW_FLAGGED'
    | 'SEAT_CONFIRMED'
    | 'MESSAGE'
    | 'MENTORSHIP'
    | 'GROUP_PROPOSED'
    | 'GROUP_PROPOSAL_DECIDED'
    | 'GROUP_INVITE'
    | 'RECORDING_RETENTION'
    | 'LESSON_STUDY_GUEST'
    | 'SHOWCASE';
  text: string;
  groupId?: string | null;
  postId?: string | null;
  conversationId?: string | null;
  unitId?: string | null;
  /** Where it leads when it names no group, post, conversation or unit: `shortLinkPath(kind, id)`. */
  link?: string | null;
}

/** In-app notifications: written in the caller's transaction, pushed live after it commits. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LivePublisher,
  ) {}

  /**
   * Inserts, for the people who are ACTIVE members of the notification's network (a person
   * deactivated there gets nothing of it, even while active elsewhere); returns what to `push` once
   * the transaction has committed.
   */
  async create(m: EntityManager, n: NewNotification): Promise<Notification[]> {
    const wanted = [...new Set(n.userIds)];
    if (wanted.length === 0) return [];
    const active: { user_id: string }[] = await m.query(
      `SELECT user_id FROM membership WHERE network_id = $1 AND status = 'ACTIVE' AND user_id = ANY($2::uuid[])`,
      [n.networkId, wanted],
    );
    const activeIds = new Set(active.map((r) => r.user_id));
    const userIds = wanted.filter((id) => activeIds.has(id));
    if (userIds.length === 0) return [];
    const rows = userIds.map((userId) =>
      m.create(Notification, {
        userId,
        networkId: n.networkId,
        kind: n.kind,
        text: n.text.slice(0, 300),
        groupId: n.groupId ?? null,
        postId: n.postId ?? null,
        conversationId: n.conversationId ?? null,
        unitId: n.unitId ?? null,
        link: n.link ?? null,
        readAt: null,
      }),
    );
    return m.save(rows);
  }

  /** Delivers new notifications to their people's open sockets, with their new unread counts. */
  async push(created: Notification[]): Promise<void> {
    for (const n of created) {
      const unreadCount = await this.unreadCount(n.userId);
      this.live.toUser(n.userId, GroupLiveEvent.Notification, {
        id: n.id,
        kind: n.kind,
        text: n.text,
        unreadCount,
      } satisfies NotificationEventPayload);
    }
  }

  /** The person's notifications, of networks where their membership is ACTIVE only. */
  private mine(userId: string) {
    return this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .andWhere(
        `EXISTS (SELECT 1 FROM membership ms WHERE ms.user_id = n.user_id AND ms.network_id = n.network_id
                   AND ms.status = 'ACTIVE')`,
      );
  }

  unreadCount(userId: string): Promise<number> {
    return this.mine(userId).andWhere('n.read_at IS NULL').getCount();
  }

  list(userId: string, first?: number, after?: string): Promise<Connection<Notification>> {
    return newestFirstPage(this.mine(userId), 'n', first, after);
  }

  /** Marks the given notifications (all of them when `ids` is left out) as read; returns the new unread count. */
  async markRead(userId: string, ids?: string[] | null): Promise<number> {
    if (ids?.some((id) => !isUUID(id)))
      throw badInput('Those notifications were not found.', { ids: 'Not a valid notification id.' });
    if (ids && ids.length === 0) return this.unreadCount(userId);
    await this.db
      .getRepository(Notification)
      .update({ userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) }, { readAt: new Date() });
    return this.unreadCount(userId);
  }

  async setDigest(userId: string, frequency: string): Promise<User> {
    if (!(DIGEST_FREQUENCIES as readonly string[]).includes(frequency)) {
      throw badInput('Choose daily, weekly or off.', { frequency: 'Choose daily, weekly or off.' });
    }
    await this.db.getRepository(User).update(userId, { digestFrequency: frequency });
    return this.db.getRepository(User).findOneByOrFail({ id: userId });
  }
}
