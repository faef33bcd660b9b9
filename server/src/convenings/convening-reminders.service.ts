import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource } from 'typeorm';
import { CONVENING_REMINDER_DAYS, reminderDue } from '@switchback/shared';
import { every, runExclusive } from '../common/exclusive-job.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { dayLabel, momentLabel } from './convening-dates.js';
import { ConveningReminder } from './convening-reminder.entity.js';
import { Convening } from './convening.entity.js';

const EVERY_FIVE_MINUTES = 5 * 60_000;
const DAY = 86_400_000;

/**
 * Emails GOING and MAYBE registrants before a convening (7 days and 1 day before), through the
 * outbox. Runs every five minutes in every server process, one at a time (PostgreSQL advisory
 * lock); each reminder sent is recorded, so it never goes twice.
 */
@Injectable()
export class ConveningRemindersService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ConveningReminders');
  private stop?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.stop = every(EVERY_FIVE_MINUTES, this.logger, () => this.runDue());
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  /** Sends the reminders due at `now`; returns how many were sent. */
  async runDue(now = new Date()): Promise<number> {
    const sent = await runExclusive(this.db, 'conveningReminders', async (m) => {
      const horizon = new Date(now.getTime() + Math.max(...CONVENING_REMINDER_DAYS) * DAY);
      const convenings = await m.getRepository(Convening).findBy({
        status: 'PUBLISHED',
        startsAt: Between(now, horizon),
      });
      let count = 0;
      for (const c of convenings.filter((x) => x.startsAt > now)) {
        const days = reminderDue(c.startsAt, now);
        if (days === null) continue;
        const due: { user_id: string; email: string; display_name: string; sessions: string[] | null }[] =
          await m.query(
            `SELECT r.user_id, u.email, u.display_name,
                    (SELECT array_agg(s.title || CASE WHEN seat.status = 'WAITLISTED' THEN ' (waitlisted)' ELSE '' END
                                      ORDER BY s.starts_at)
                       FROM session_seat seat JOIN convening_session s ON s.id = seat.session_id
                      WHERE s.convening_id = r.convening_id AND seat.user_id = r.user_id) AS sessions
               FROM convening_registration r
               JOIN "user" u ON u.id = r.user_id AND u.email IS NOT NULL
               JOIN membership mem ON mem.user_id = r.user_id AND mem.network_id = $2
                                  AND mem.status = 'ACTIVE' AND mem.role <> 'STUDENT'
              WHERE r.convening_id = $1 AND r.status IN ('GOING', 'MAYBE')
                AND NOT EXISTS (SELECT 1 FROM convening_reminder x
                                 WHERE x.convening_id = r.convening_id AND x.user_id = r.user_id
                                   AND x.days_before <= $3)`,
            [c.id, c.networkId, days],
          );
        for (const person of due) {
          await m
            .getRepository(ConveningReminder)
            .insert({ conveningId: c.id, userId: person.user_id, daysBefore: days });
          await this.outbox.enqueue(m, {
            networkId: c.networkId,
            to: person.email,
            kind: 'CONVENING_REMINDER',
            subject: `${c.title} starts ${days === 1 ? 'tomorrow' : dayLabel(c.startsAt, c.timeZone)}`,
            body: reminderBody(c, person.display_name, person.sessions ?? [], this.outbox.shortLink('convening', c.id)),
            link: this.outbox.shortLink('convening', c.id),
          });
          count++;
        }
      }
      return count;
    });
    if (sent) this.outbox.flush();
    return sent ?? 0;
  }
}

function reminderBody(c: Convening, name: string, sessions: string[], link: string): string {
  const where = [c.venue, c.address].filter(Boolean).join(', ');
  const lines = [
    `Hello ${name},`,
    '',
    `${c.title} starts ${momentLabel(c.startsAt, c.timeZone)} at ${where}.`,
    '',
    sessions.length
      ? `Your sessions:\n${sessions.map((s) => `- ${s}`).join('\n')}`
      : 'You have not chosen sessions yet.',
    '',
    `The agenda, your registration and calendar files are on the convening page: ${link}`,
  ];
  return lines.join('\n');
}
