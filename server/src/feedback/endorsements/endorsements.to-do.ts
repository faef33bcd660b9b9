import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../../todo/to-do-item.js';

/**
 * Endorsed reviews waiting on a teacher: reviews written by their students that a colleague endorsed,
 * to approve as examples (or decline). One query; the students are not named.
 */
@Injectable()
export class EndorsementsToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const rows = await this.db.query<{ exchange_id: string; title: string; waiting: number }[]>(
      `SELECT e.id AS exchange_id, e.title, count(*)::int AS waiting
         FROM review_endorsement en
         JOIN exchange e ON e.id = en.exchange_id
         JOIN peer_review r ON r.id = en.review_id
         JOIN submission s ON s.exchange_id = r.exchange_id AND s.student_id = r.reviewer_id
         JOIN class c ON c.id = s.class_id
        WHERE en.network_id = $1 AND en.approved_at IS NULL AND c.teacher_id = $2
          AND r.status = 'SUBMITTED' AND r.hidden_at IS NULL
        GROUP BY e.id, e.title`,
      [ctx.networkId, ctx.userId],
    );
    return rows.map((r) => ({
      id: `ENDORSEMENT_TO_APPROVE:${r.exchange_id}`,
      kind: 'ENDORSEMENT_TO_APPROVE',
      title:
        r.waiting === 1
          ? `A colleague endorsed a review by your student in ${quoted(r.title)}`
          : `Colleagues endorsed ${r.waiting} reviews by your students in ${quoted(r.title)}`,
      detail: 'Approve to show it to other students as an example of a helpful comment.',
      dueAt: null,
      actionLabel: r.waiting === 1 ? 'Approve or decline it' : 'Approve or decline them',
      path: `/exchanges/${r.exchange_id}`,
    }));
  }
}
