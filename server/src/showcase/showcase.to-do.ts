import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isAdult, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../todo/to-do-item.js';

/**
 * The showcase's to-do: a student's essay a colleague would like to present waits on the writer's
 * own teacher's approval (named by its pseudonym, never the student). One query.
 */
@Injectable()
export class ShowcaseToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const rows = await this.db.query<{ id: string; pseudonym: string | null; created_at: Date }[]>(
      `SELECT id, pseudonym, created_at FROM showcase_item
        WHERE network_id = $1 AND approver_id = $2 AND status = 'AWAITING_APPROVAL'
        ORDER BY created_at ASC, id ASC`,
      [ctx.networkId, ctx.userId],
    );
    return rows.map((r) => ({
      id: `SHOWCASE_TO_APPROVE:${r.id}`,
      kind: 'SHOWCASE_TO_APPROVE' as const,
      title: `Approve ${r.pseudonym ?? 'a student'}’s essay for the showcase`,
      detail: 'A colleague would like to present your student’s essay; it goes up only with your approval.',
      dueAt: null,
      actionLabel: 'Read it and approve',
      path: `/showcase#showcase-item-${r.id}`,
    }));
  }
}
