import type { CalibrationRoundFieldsFragment } from '../../gql/graphql';

export type Round = CalibrationRoundFieldsFragment;
export type Criterion = Round['rubric']['criteria'][number];
export type Essay = Round['essays'][number];
export type Cell = NonNullable<Round['agreement']>['cells'][number];

export const STATUS_LABELS: Record<string, string> = {
  SCORING: 'Scoring',
  REVEALED: 'Revealed: agreeing',
  AGREED: 'Agreed',
};

/** A share of rater pairs (0..1) as "67%", or "—" when it cannot be computed. */
export function percent(share: number | null | undefined): string {
  return share == null ? '—' : `${Math.round(share * 100)}%`;
}

/** Krippendorff's alpha with two decimals ("0.67", "−0.10"), or "—" when it cannot be computed. */
export function alphaText(alpha: number | null | undefined): string {
  if (alpha == null) return '—';
  const fixed = Math.abs(alpha).toFixed(2);
  return alpha < 0 && fixed !== '0.00' ? `−${fixed}` : fixed;
}

/** What alpha says in words, by the usual thresholds (0.8 reliable, 0.667 tentative). */
export function alphaMeaning(alpha: number | null | undefined): string {
  if (alpha == null) return 'not enough scores to compute';
  if (alpha >= 0.8) return 'strong agreement';
  if (alpha >= 0.667) return 'fair agreement';
  return 'weak agreement: worth discussing';
}

/** The level's label in a criterion ("Proficient (3)"), or the bare points when the level is gone. */
export function levelLabel(criterion: Pick<Criterion, 'levels'> | undefined, points: number): string {
  const level = criterion?.levels.find((l) => l.points === points);
  return level ? `${level.label} (${points})` : String(points);
}

/** "Essay 2 · Evidence" for a cell. */
export function cellName(round: Pick<Round, 'essays' | 'rubric'>, essayId: string, criterionId: string): string {
  const essay = round.essays.find((e) => e.id === essayId);
  const criterion = round.rubric.criteria.find((c) => c.id === criterionId);
  return `Essay ${essay?.position ?? '?'} · ${criterion?.title ?? 'criterion'}`;
}

/** Essays in order (position), without changing the query's array. */
export function essaysInOrder<E extends { position: number }>(essays: readonly E[]): E[] {
  return [...essays].sort((a, b) => a.position - b.position);
}

/** The viewer's essays with a score on every criterion. */
export function scoredEssays(round: Pick<Round, 'essays' | 'rubric'>): number {
  const ids = round.rubric.criteria.map((c) => c.id);
  return round.essays.filter((e) => ids.every((id) => e.myScores.some((s) => s.criterionId === id))).length;
}

/** The first essay (in order) the viewer has not fully scored, or the last when all are. */
export function firstUnscoredIndex(round: Pick<Round, 'essays' | 'rubric'>): number {
  const ids = round.rubric.criteria.map((c) => c.id);
  const essays = essaysInOrder(round.essays);
  const i = essays.findIndex((e) => !ids.every((id) => e.myScores.some((s) => s.criterionId === id)));
  return i === -1 ? Math.max(0, essays.length - 1) : i;
}

/** The cells not yet agreed, by essay then criterion. */
export function cellsToAgree(round: Pick<Round, 'essays' | 'rubric'>): number {
  return round.essays.reduce(
    (n, e) => n + round.rubric.criteria.filter((c) => !e.agreed.some((a) => a.criterionId === c.id)).length,
    0,
  );
}
