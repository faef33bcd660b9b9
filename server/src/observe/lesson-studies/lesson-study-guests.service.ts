import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { shortLinkPath } from '@switchback/shared';
import type { User } from '../../auth/user.entity.js';
import { Network } from '../../networks/network.entity.js';
import type { Notification } from '../../notifications/notification.entity.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { OutboxService } from '../../notifications/outbox.service.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudyParticipant } from './lesson-study-participant.entity.js';
import type { LessonStudy } from './lesson-study.entity.js';

/**
 * A knowledgeable other invited from another network: the cycles they are invited to (listed on
 * their own home page, each through the access kernel) and the notice of an invitation (in-app in
 * their own network, and an email with the cycle's short link, which leads a guest to the guest page).
 */
@Injectable()
export class LessonStudyGuestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LessonStudyAccessService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Open or closed cycles of other networks where the caller is the invited knowledgeable other, newest first. */
  async list(userId: string): Promise<LessonStudy[]> {
    const rows = await this.db
      .getRepository(LessonStudyParticipant)
      .find({ where: { userId, role: 'KNOWLEDGEABLE_OTHER', guest: true }, order: { createdAt: 'DESC', id: 'DESC' } });
    const viewers = await this.access.viewers(
      userId,
      rows.map((r) => r.lessonStudyId),
    );
    // Only as a guest: a cycle of one of their own networks is on that network's pages.
    return viewers.flatMap((v) => (v instanceof Error || v.me ? [] : [v.cycle]));
  }

  /** The name of the network a cycle belongs to (a guest's page names its host, and nothing else of it). */
  async networkName(cycle: LessonStudy): Promise<string> {
    return (await this.db.getRepository(Network).findOneByOrFail({ id: cycle.networkId })).name;
  }

  /**
   * Tells an invited guest, inside the inviting transaction: an in-app notification in each network
   * where they are an active member (never in the host network, where they have no membership) and
   * an email filed in the host network's outbox. Returns the notifications to push after the commit.
   */
  async notifyInvited(m: EntityManager, cycle: LessonStudy, guest: User, inviter: string): Promise<Notification[]> {
    const host = await m.getRepository(Network).findOneByOrFail({ id: cycle.networkId });
    const homes: { network_id: string }[] = await m.query(
      `SELECT network_id FROM membership WHERE user_id = $1 AND status = 'ACTIVE' AND network_id <> $2`,
      [guest.id, cycle.networkId],
    );
    const text = `${inviter} of ${host.name} invites you to “${cycle.title}” as its knowledgeable other.`;
    const created: Notification[] = [];
    for (const h of homes) {
      created.push(
        ...(await this.notifications.create(m, {
          userIds: [guest.id],
          networkId: h.network_id,
          kind: 'LESSON_STUDY_GUEST',
          text,
          // Followed by the guest, the short link leads to the cycle's guest page (links.ts).
          link: shortLinkPath('lessonStudy', cycle.id),
        })),
      );
    }
    if (!guest.email) return created;
    const link = this.outbox.shortLink('lessonStudy', cycle.id);
    await this.outbox.enqueue(m, {
      networkId: cycle.networkId,
      to: guest.email,
      kind: 'LESSON_STUDY_GUEST',
      subject: `You are invited to the lesson study “${cycle.title}”`.slice(0, 200),
      body: [
        `Hello ${guest.displayName},`,
        '',
        `${text} You will see this lesson study's plan, recordings, notes and debrief, and give the final comment in the debrief.`,
        '',
        `Open it: ${link}`,
        '',
        'It is also listed on your home page under "Lesson studies you are invited to".',
      ].join('\n'),
      link,
    });
    return created;
  }
}
