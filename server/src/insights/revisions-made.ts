import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NetworkHealth } from './dto/network-health.types.js';

/**
 * Revisions made: lesson-plan revisions accepted into a new plan version in the period, in the
 * network's lesson studies (agreed in a debrief, then accepted in Revise).
 */
export const REVISIONS_MADE_SQL = `
  SELECT count(*)::int AS count
  FROM plan_revision r JOIN lesson_study s ON s.id = r.lesson_study_id
  WHERE s.network_id = $1 AND r.status = 'ACCEPTED' AND r.decided_at >= $2 AND r.decided_at < $3`;

export async function revisionsMade(db: DataSource, networkId: string, from: Date, to: Date): Promise<number> {
  const [row] = await db.query<{ count: number }[]>(REVISIONS_MADE_SQL, [networkId, from, to]);
  return row?.count ?? 0;
}

/** The figure on the network-health report (whose query has already checked the caller reads it). */
@Resolver(() => NetworkHealth)
export class RevisionsMadeResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Int, {
    description: 'Lesson-plan revisions accepted into a new plan version in the period (lesson studies).',
  })
  revisionsMade(@Parent() health: NetworkHealth): Promise<number> {
    return revisionsMade(this.db, health.networkId, health.from, health.to);
  }
}
