import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReviewStage } from '@switchback/shared';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../todo/to-do-item.js';

const STAGE_WORDS: Record<string, string> = {
  CLARIFYING: 'clarifying questions',
  WARM: 'warm feedback',
  COOL: 'cool feedback',
  REFLECTION: 'the authors’ reflection',
};

/**
 * Units' to-do: critical-friend requests waiting on the person (rounds in their feedback stages),
 * and running review rounds of their groups' units that the authors move on (one query).
 */
@Injectable()
export class UnitsToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const rows = await this.db.query<
      { review_id: string; unit_id: string; title: string; stage: ReviewStage; friend: boolean }[]
    >(
      `SELECT r.id AS review_id, u.id AS unit_id, u.title, r.stage,
              EXISTS (SELECT 1 FROM unit_review_friend f WHERE f.review_id = r.id AND f.user_id = $2) AS friend
         FROM unit_review r JOIN unit u ON u.id = r.unit_id
        WHERE u.network_id = $1 AND r.closed_at IS NULL AND u.status = 'IN_REVIEW'
          AND (EXISTS (SELECT 1 FROM unit_review_friend f WHERE f.review_id = r.id AND f.user_id = $2)
            OR EXISTS (SELECT 1 FROM group_member gm
                        WHERE gm.group_id = u.group_id AND gm.user_id = $2 AND gm.status = 'ACTIVE'))
        ORDER BY r.created_at`,
      [ctx.networkId, ctx.userId],
    );
    const items: ToDoDraft[] = [];
    for (const r of rows) {
      const path = `/units/${r.unit_id}`;
      if (r.friend) {
        if (r.stage === 'REFLECTION') continue;
        items.push({
          id: `CRITICAL_FRIEND_REQUEST:${r.review_id}`,
          kind: 'CRITICAL_FRIEND_REQUEST',
          title: `Be a critical friend for ${quoted(r.title)}`,
          detail: `The authors are asking for ${STAGE_WORDS[r.stage] ?? 'feedback'}.`,
          dueAt: null,
          actionLabel: 'Read the unit and comment',
          path,
        });
      } else {
        const reflect = r.stage === 'REFLECTION';
        items.push({
          id: `UNIT_REVIEW_TO_MOVE_ON:${r.review_id}`,
          kind: 'UNIT_REVIEW_TO_MOVE_ON',
          title: reflect
            ? `Write your reflection and close the review of ${quoted(r.title)}`
            : `Move the review of ${quoted(r.title)} on when its friends are done`,
          detail: reflect ? undefined : `Critical friends are on ${STAGE_WORDS[r.stage] ?? 'feedback'}.`,
          dueAt: null,
          actionLabel: reflect ? 'Reflect and close' : 'See the review',
          path,
        });
      }
    }
    return items;
  }
}
