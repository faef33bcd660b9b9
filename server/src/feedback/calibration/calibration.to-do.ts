import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../../todo/to-do-item.js';

interface Row {
  what: 'SCORE' | 'AGREE';
  id: string;
  title: string;
  essays: number;
  done: number;
}

/**
 * Calibration's to-do. While a round of one of the person's groups is SCORING and they have not
 * scored every essay: "Score the calibration essays of “…”". While a round is REVEALED, for the
 * group's facilitators: "Agree the scores of “…”". Counts only, never anyone's scores. One query.
 */
@Injectable()
export class CalibrationToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const rows = await this.db.query<Row[]>(
      `WITH mine AS (
         SELECT r.id, r.title, r.status, gm.role,
                (SELECT count(*)::int FROM calibration_essay e WHERE e.round_id = r.id) AS essays,
                (SELECT count(*)::int FROM calibration_score s WHERE s.round_id = r.id AND s.rater_id = $2) AS done,
                (SELECT count(*)::int FROM calibration_agreed_score a WHERE a.round_id = r.id) AS agreed
           FROM calibration_round r
           JOIN group_member gm ON gm.group_id = r.group_id AND gm.user_id = $2 AND gm.status = 'ACTIVE'
          WHERE r.network_id = $1 AND r.status IN ('SCORING', 'REVEALED')
       )
       SELECT 'SCORE' AS what, id, title, essays, done FROM mine WHERE status = 'SCORING' AND done < essays
       UNION ALL
       SELECT 'AGREE', id, title, essays, agreed FROM mine WHERE status = 'REVEALED' AND role = 'FACILITATOR'
       ORDER BY title, id`,
      [ctx.networkId, ctx.userId],
    );
    return rows.map((r): ToDoDraft =>
      r.what === 'SCORE'
        ? {
            id: `CALIBRATION_TO_SCORE:${r.id}`,
            kind: 'CALIBRATION_TO_SCORE',
            title: `Score the calibration essays of ${quoted(r.title)}`,
            detail: `${r.done} of ${r.essays} essays scored.`,
            dueAt: null,
            actionLabel: 'Score the essays',
            path: `/calibration/${r.id}`,
          }
        : {
            id: `CALIBRATION_TO_AGREE:${r.id}`,
            kind: 'CALIBRATION_TO_AGREE',
            title: `Agree the scores of ${quoted(r.title)}`,
            detail: 'The scores are revealed: record an agreed score and a rationale for each cell.',
            dueAt: null,
            actionLabel: 'Agree the scores',
            path: `/calibration/${r.id}`,
          },
    );
  }
}
