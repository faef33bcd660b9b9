import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { every, runExclusive } from '../common/exclusive-job.js';
import { OutboxService } from './outbox.service.js';

const PERIOD_DAYS: Record<string, number> = { DAILY: 1, WEEKLY: 7 };

/**
 * Emails each person their unread notifications daily or weekly, one email per network, through the
 * outbox (as personal mail: filed under no network, read by no coordinator). Runs every
 * 15 minutes in every server process; a PostgreSQL advisory lock lets one process at a time work.
 */
@Injectable()
export class DigestService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Digest');
  private stop?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.stop = every(15 * 60_000, this.logger, () => this.runDue());
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  /**
   * Sends the digests that are due now: per person, one email per network (with only that
   * network's lines, for networks where they are an ACTIVE member). Returns how many people got
   * digests.
   */
  async runDue(now = new Date()): Promise<number> {
    return runExclusive(this.db, 'digest', async (m) => {
      const due: { id: string; email: string; display_name: string; digest_frequency: string; since: Date }[] =
        await m.query(
          `SELECT u.id, u.email, u.display_name, u.digest_frequency, coalesce(u.last_digest_at, u.created_at) AS since
           FROM "user" u
          WHERE u.email IS NOT NULL AND u.digest_frequency IN ('DAILY', 'WEEKLY')
            AND coalesce(u.last_digest_at, '-infinity') <= $1::timestamptz
                  - (CASE u.digest_frequency WHEN 'DAILY' THEN 1 ELSE 7 END) * interval '1 day'
            AND EXISTS (SELECT 1 FROM notification n
                          JOIN membership ms ON ms.user_id = n.user_id AND ms.network_id = n.network_id
                                            AND ms.status = 'ACTIVE'
                         WHERE n.user_id = u.id AND n.read_at IS NULL
                           AND n.created_at > coalesce(u.last_digest_at, '-infinity'))`,
          [now],
        );
      for (const u of due) {
        // Only networks where the person is an ACTIVE member; one email per network, with only its lines.
        const items: {
          text: string;
          network_id: string;
          network_name: string;
          group_id: string | null;
          post_id: string | null;
          conversation_id: string | null;
          unit_id: string | null;
        }[] = await m.query(
          `SELECT n.text, n.network_id, net.name AS network_name, n.group_id, n.post_id, n.conversation_id, n.unit_id
             FROM notification n
             JOIN membership ms ON ms.user_id = n.user_id AND ms.network_id = n.network_id AND ms.status = 'ACTIVE'
             JOIN network net ON net.id = n.network_id
            WHERE n.user_id = $1 AND n.read_at IS NULL AND n.created_at > $2
            ORDER BY n.created_at DESC`,
          [u.id, u.since],
        );
        const byNetwork = new Map<string, { name: string; lines: string[] }>();
        for (const i of items) {
          const entry = byNetwork.get(i.network_id) ?? { name: i.network_name, lines: [] };
          if (entry.lines.length < 20) entry.lines.push(`${i.text}${this.linkOf(i)}`);
          byNetwork.set(i.network_id, entry);
        }
        const period = PERIOD_DAYS[u.digest_frequency] === 1 ? 'today' : 'this week';
        for (const { name, lines } of byNetwork.values()) {
          // Personal mail: filed under no network, so no coordinator's outbox ever shows it.
          await this.outbox.enqueue(m, {
            networkId: null,
            to: u.email,
            kind: 'DIGEST',
            subject: `Your Switchback digest for ${name}: ${lines.length} new ${lines.length === 1 ? 'update' : 'updates'}`,
            link: this.outbox.link('/'),
            body:
              `Hello ${u.display_name}, here is what happened in your groups and conversations of ${name} ${period}:\n\n` +
              lines.map((text) => `- ${text}`).join('\n') +
              `\n\nOpen Switchback: ${this.outbox.link('/')}\nChange how often you get this email in your notification settings.`,
          });
        }
        await m.update(User, u.id, { lastDigestAt: now });
      }
      return due.length;
    })
      .then((sent) => sent ?? 0)
      .finally(() => this.outbox.flush());
  }

  /** The short link of what a notification is about (its conversation, unit or post, else its group), after a colon. */
  private linkOf(n: {
    group_id: string | null;
    post_id: string | null;
    conversation_id: string | null;
    unit_id: string | null;
  }): string {
    if (n.conversation_id) return `: ${this.outbox.shortLink('conversation', n.conversation_id)}`;
    if (n.unit_id) return `: ${this.outbox.shortLink('unit', n.unit_id)}`;
    if (n.post_id) return `: ${this.outbox.shortLink('post', n.post_id)}`;
    if (n.group_id) return `: ${this.outbox.shortLink('group', n.group_id)}`;
    return '';
  }
}
