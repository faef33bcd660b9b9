import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DiscoveryService } from '../groups/discovery.service.js';
import type { ToDoContext, ToDoDraft, ToDoProvider } from '../todo/to-do-item.js';

/** The network's to-do for coordinators: invitations nobody accepted yet and isolated members (two queries). */
@Injectable()
export class NetworkToDo implements ToDoProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly discovery: DiscoveryService,
  ) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (ctx.membership.role !== 'COORDINATOR') return [];
    const [[invitations], isolated] = await Promise.all([
      // The same invitations the People page lists as open.
      this.db.query<{ open: number }[]>(
        `SELECT count(*)::int AS open FROM invitation
          WHERE network_id = $1 AND accepted_at IS NULL AND expires_at > $2`,
        [ctx.networkId, ctx.now],
      ),
      this.discovery.isolatedMembers(ctx.userId, ctx.networkId),
    ]);
    const items: ToDoDraft[] = [];
    const open = invitations?.open ?? 0;
    if (open > 0)
      items.push({
        id: `INVITATIONS_NOT_ACCEPTED:${ctx.networkId}`,
        kind: 'INVITATIONS_NOT_ACCEPTED',
        title: open === 1 ? 'One invitation is not accepted yet' : `${open} invitations are not accepted yet`,
        detail: 'A reminder or a phone call often helps; links expire after a while.',
        dueAt: null,
        actionLabel: 'See invitations',
        path: '/people',
      });
    if (isolated.length > 0)
      items.push({
        id: `ISOLATED_MEMBERS:${ctx.networkId}`,
        kind: 'ISOLATED_MEMBERS',
        title:
          isolated.length === 1
            ? 'One teacher or principal is in no active group'
            : `${isolated.length} teachers and principals are in no active group`,
        detail: 'Help them find their job-alikes.',
        dueAt: null,
        actionLabel: 'See who needs a group',
        path: '/isolated',
      });
    return items;
  }
}
