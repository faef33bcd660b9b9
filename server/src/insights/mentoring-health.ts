import type { EntityManager } from 'typeorm';

export interface MentoringHealthFigures {
  activePairs: number;
  meetings: number;
  pairsMet: number;
}

/**
 * Mentoring figures of a network for a period [from, to): pairs active at its end, meetings logged
 * for days within it, and how many of those active pairs met. Dates only: what a pair said is theirs.
 */
export const MENTORING_HEALTH_SQL = `
  WITH active AS (
    SELECT id FROM mentorship
     WHERE network_id = $1 AND started_at < $3 AND (ended_at IS NULL OR ended_at >= $3)
  ), met AS (
    SELECT mm.mentorship_id FROM mentoring_meeting mm JOIN mentorship m ON m.id = mm.mentorship_id
     WHERE m.network_id = $1 AND mm.meeting_on >= $2::timestamptz::date AND mm.meeting_on < $3::timestamptz::date
  )
  SELECT (SELECT count(*)::int FROM active) AS "activePairs",
         (SELECT count(*)::int FROM met) AS "meetings",
         (SELECT count(DISTINCT mentorship_id)::int FROM met WHERE mentorship_id IN (SELECT id FROM active)) AS "pairsMet"`;

export async function mentoringHealth(
  m: Pick<EntityManager, 'query'>,
  networkId: string,
  from: Date,
  to: Date,
): Promise<MentoringHealthFigures> {
  const [row] = await m.query<MentoringHealthFigures[]>(MENTORING_HEALTH_SQL, [networkId, from, to]);
  return row ?? { activePairs: 0, meetings: 0, pairsMet: 0 };
}
