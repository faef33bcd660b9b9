import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../todo/to-do-item.js';

interface Row {
  what: 'FACILITATE' | 'REGISTER' | 'UNFACILITATED';
  convening_id: string;
  convening: string;
  session_id: string | null;
  session: string | null;
  at: Date;
  count: number;
}

/**
 * Convenings' to-do for adults: upcoming sessions they facilitate and convenings open for
 * registration they have not answered; for coordinators, upcoming sessions without a facilitator
 * (socials need none). Draft convenings count only for coordinators, who alone see them. One query.
 */
@Injectable()
export class ConveningsToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const coordinator = ctx.membership.role === 'COORDINATOR';
    const rows = await this.db.query<Row[]>(
      `WITH c AS (
         SELECT * FROM convening
          WHERE network_id = $1 AND ends_at > $3 AND (status = 'PUBLISHED' OR $4::boolean)
       )
       SELECT 'FACILITATE' AS what, c.id AS convening_id, c.title AS convening, s.id AS session_id,
              s.title AS session, s.starts_at AS at, 1 AS count
         FROM c JOIN convening_session s ON s.convening_id = c.id
        WHERE s.facilitator_id = $2 AND s.ends_at > $3
       UNION ALL
       SELECT 'REGISTER', c.id, c.title, NULL, NULL, c.registration_deadline, 1
         FROM c
        WHERE c.status = 'PUBLISHED' AND c.registration_deadline > $3
          AND NOT EXISTS (SELECT 1 FROM convening_registration r WHERE r.convening_id = c.id AND r.user_id = $2)
       UNION ALL
       SELECT 'UNFACILITATED', c.id, c.title, NULL, NULL, min(s.starts_at), count(*)::int
         FROM c JOIN convening_session s ON s.convening_id = c.id
        WHERE $4::boolean AND s.facilitator_id IS NULL AND s.kind <> 'SOCIAL' AND s.ends_at > $3
        GROUP BY c.id, c.title`,
      [ctx.networkId, ctx.userId, ctx.now, coordinator],
    );
    return rows.map((r): ToDoDraft => {
      const base = `/convenings/${r.convening_id}`;
      const at = new Date(r.at);
      if (r.what === 'FACILITATE')
        return {
          id: `SESSION_TO_FACILITATE:${r.session_id}`,
          kind: 'SESSION_TO_FACILITATE',
          title: `Facilitate ${quoted(r.session!)}`,
          detail: `At ${r.convening}: check people in and keep the shared notes.`,
          dueAt: at,
          dueLabel: 'Starts',
          actionLabel: 'Open your session',
          path: `${base}/sessions/${r.session_id}`,
        };
      if (r.what === 'REGISTER')
        return {
          id: `CONVENING_TO_REGISTER:${r.convening_id}`,
          kind: 'CONVENING_TO_REGISTER',
          title: `Tell us if you are coming to ${quoted(r.convening)}`,
          detail: 'Register (going, maybe or not going) and pick your sessions.',
          dueAt: at,
          dueLabel: 'Registration closes',
          actionLabel: 'Register',
          path: base,
        };
      return {
        id: `SESSIONS_WITHOUT_FACILITATOR:${r.convening_id}`,
        kind: 'SESSIONS_WITHOUT_FACILITATOR',
        title:
          r.count === 1
            ? `A session of ${quoted(r.convening)} has no facilitator`
            : `${r.count} sessions of ${quoted(r.convening)} have no facilitator`,
        detail: 'Name someone to lead each one.',
        dueAt: at,
        dueLabel: 'First one starts',
        actionLabel: 'Plan the agenda',
        path: base,
      };
    });
  }
}
