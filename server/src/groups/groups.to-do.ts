import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../todo/to-do-item.js';

/**
 * Groups' to-do: join requests waiting in the closed groups the person facilitates (one query) and,
 * for coordinators, the proposed groups waiting for their decision (one more query).
 */
@Injectable()
export class GroupsToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const [requests, proposals] = await Promise.all([this.joinRequests(ctx), this.proposals(ctx)]);
    return [...proposals, ...requests];
  }

  private async proposals(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (ctx.membership.role !== 'COORDINATOR') return [];
    const [row] = await this.db.query<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM group_proposal WHERE network_id = $1 AND status = 'PENDING'`,
      [ctx.networkId],
    );
    const pending = row?.pending ?? 0;
    if (pending === 0) return [];
    return [
      {
        id: `GROUP_PROPOSALS:${ctx.networkId}`,
        kind: 'GROUP_PROPOSALS',
        title: pending === 1 ? 'A teacher proposes a new group' : `Teachers propose ${pending} new groups`,
        detail: 'Approve it, or decline it with a reason the teacher will read.',
        dueAt: null,
        actionLabel: pending === 1 ? 'See the proposal' : 'See the proposals',
        path: '/groups',
      },
    ];
  }

  private async joinRequests(ctx: ToDoContext): Promise<ToDoDraft[]> {
    const rows = await this.db.query<{ id: string; name: string; pending: number; oldest: Date }[]>(
      `SELECT g.id, g.name, count(*)::int AS pending, min(p.created_at) AS oldest
         FROM "group" g
         JOIN group_member me ON me.group_id = g.id AND me.user_id = $2
                             AND me.role = 'FACILITATOR' AND me.status = 'ACTIVE'
         JOIN group_member p ON p.group_id = g.id AND p.status = 'PENDING'
        WHERE g.network_id = $1 AND g.archived_at IS NULL
        GROUP BY g.id, g.name`,
      [ctx.networkId, ctx.userId],
    );
    return rows.map((g) => ({
      id: `GROUP_JOIN_REQUESTS:${g.id}`,
      kind: 'GROUP_JOIN_REQUESTS',
      title:
        g.pending === 1
          ? `Someone asks to join ${quoted(g.name)}`
          : `${g.pending} people ask to join ${quoted(g.name)}`,
      detail: 'As its facilitator, you welcome them in or decline.',
      dueAt: null,
      actionLabel: g.pending === 1 ? 'Answer the request' : 'Answer the requests',
      path: `/groups/${g.id}`,
    }));
  }
}
