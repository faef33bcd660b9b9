import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isAdult, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../../todo/to-do-item.js';

/** A pair that has not met for this long is asked to log a meeting. */
export const MEETING_GAP_DAYS = 21;
/** Coordinators hear of pairs that have not met for this long (dates only). */
export const QUIET_PAIR_DAYS = 42;
/** Next steps show from this many days before they are due. */
const NEXT_STEPS_AHEAD_DAYS = 7;

interface Row {
  what: 'MEET' | 'NEXT_STEPS' | 'QUIET';
  id: string | null;
  partner: string | null;
  last_at: Date | null;
  due_on: string | null;
  count: number;
}

const weeksAgo = (from: Date, now: Date) => {
  const days = Math.floor((now.getTime() - from.getTime()) / 86_400_000);
  if (days < 14) return `${days} days ago`;
  return `${Math.floor(days / 7)} weeks ago`;
};

/**
 * Mentoring's to-do. For each of the person's active pairs: log a meeting when the last one (or the
 * start) is three weeks old or more; the latest meeting's next steps from a week before they are
 * due. For coordinators: how many active pairs have not met for six weeks (dates only). One query.
 */
@Injectable()
export class MentoringToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const rows = await this.db.query<Row[]>(
      `WITH mine AS (
         SELECT m.id, m.started_at, u.display_name AS partner,
                (SELECT mm.meeting_on FROM mentoring_meeting mm WHERE mm.mentorship_id = m.id
                  ORDER BY mm.meeting_on DESC, mm.created_at DESC LIMIT 1) AS last_on,
                (SELECT mm.next_steps_due_on FROM mentoring_meeting mm WHERE mm.mentorship_id = m.id
                  ORDER BY mm.meeting_on DESC, mm.created_at DESC LIMIT 1) AS due_on
           FROM mentorship m
           JOIN "user" u ON u.id = CASE WHEN m.mentor_id = $2 THEN m.mentee_id ELSE m.mentor_id END
          WHERE m.network_id = $1 AND m.status = 'ACTIVE' AND (m.mentor_id = $2 OR m.mentee_id = $2)
       )
       SELECT 'MEET' AS what, id, partner, COALESCE(last_on::timestamptz, started_at) AS last_at,
              NULL::text AS due_on, 1 AS count
         FROM mine WHERE COALESCE(last_on::timestamptz, started_at) <= $3::timestamptz - make_interval(days => $5)
       UNION ALL
       SELECT 'NEXT_STEPS', id, partner, last_on::timestamptz, to_char(due_on, 'YYYY-MM-DD'), 1
         FROM mine WHERE due_on IS NOT NULL AND due_on <= ($3::timestamptz + make_interval(days => $7))::date
       UNION ALL
       SELECT 'QUIET', NULL, NULL, NULL, NULL, count(*)::int
         FROM mentorship m
        WHERE $4::boolean AND m.network_id = $1 AND m.status = 'ACTIVE'
          AND COALESCE((SELECT max(mm.meeting_on)::timestamptz FROM mentoring_meeting mm WHERE mm.mentorship_id = m.id),
                       m.started_at) <= $3::timestamptz - make_interval(days => $6)
       HAVING count(*) > 0`,
      [
        ctx.networkId,
        ctx.userId,
        ctx.now,
        ctx.membership.role === 'COORDINATOR',
        MEETING_GAP_DAYS,
        QUIET_PAIR_DAYS,
        NEXT_STEPS_AHEAD_DAYS,
      ],
    );
    return rows.map((r): ToDoDraft => {
      if (r.what === 'MEET')
        return {
          id: `MENTORING_MEETING:${r.id}`,
          kind: 'MENTORING_MEETING',
          title: `Log your meeting with ${r.partner}`,
          detail: `Last one ${weeksAgo(new Date(r.last_at!), ctx.now)}.`,
          dueAt: null,
          actionLabel: 'Open your mentoring pair',
          path: `/mentoring/${r.id}`,
        };
      if (r.what === 'NEXT_STEPS')
        return {
          id: `MENTORING_NEXT_STEPS:${r.id}`,
          kind: 'MENTORING_NEXT_STEPS',
          title: `Next steps with ${r.partner}`,
          detail: 'From your last meeting.',
          dueAt: new Date(`${r.due_on}T12:00:00Z`),
          dueLabel: 'Due',
          actionLabel: 'See the next steps',
          path: `/mentoring/${r.id}`,
        };
      return {
        id: 'MENTORING_PAIRS_QUIET:network',
        kind: 'MENTORING_PAIRS_QUIET',
        title:
          r.count === 1
            ? 'A mentoring pair has not met for six weeks'
            : `${r.count} mentoring pairs have not met for six weeks`,
        detail: 'Check in with them (you see only the dates they met).',
        dueAt: null,
        actionLabel: 'Open mentoring',
        path: '/mentoring',
      };
    });
  }
}
