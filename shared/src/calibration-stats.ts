/**
 * How much teachers agree when they score the same essays blind (a calibration round, issue 15).
 * docs/calibration.md defines every figure in words.
 *
 * A cell is one essay × one criterion; its values are the levels the raters chose there. Figures:
 *   - exact: the share of rater pairs in the cell(s) who chose the same level;
 *   - adjacent: the share of pairs whose levels are at most one step apart (steps are ranks in the
 *     criterion's sorted level points, so points 0/2/4 are adjacent steps);
 *   - alpha: Krippendorff's alpha, ordinal metric, over the cells as units.
 * For a criterion, an essay or overall, the pairs of the cells are pooled (Σ agreeing pairs / Σ pairs)
 * and alpha takes those cells as its units. Figures are `null` when there are no pairs.
 */
import { CALIBRATION_LIMITS } from './calibration.js';
import { krippendorffAlpha } from './krippendorff.js';

/** One criterion as the statistics need it: its id and its levels' points (any order; ranks come from sorting). */
export interface StatsCriterion {
  id: string;
  levels: readonly number[];
}

export interface RaterEssayScores {
  essayId: string;
  raterId: string;
  levels: Readonly<Record<string, number>>;
}

export interface AgreementFigures {
  alpha: number | null;
  exact: number | null;
  adjacent: number | null;
}

export interface CellAgreement extends AgreementFigures {
  essayId: string;
  criterionId: string;
  /** One entry per level of the criterion (ascending points), with how many raters chose it. */
  counts: { points: number; count: number }[];
  min: number | null;
  max: number | null;
  /** max rank − min rank (0 when everyone agrees or fewer than 2 raters). */
  spread: number;
  raters: number;
}

export interface CalibrationAgreement {
  overall: AgreementFigures;
  byCriterion: (AgreementFigures & { criterionId: string })[];
  byEssay: (AgreementFigures & { essayId: string })[];
  cells: CellAgreement[];
  /** Cells with the most disagreement first (spread desc, then exact asc, then essay order / criterion order); only cells with spread > 0; at most `limit` (default CALIBRATION_LIMITS.disputedCellsShown). */
  disputed: CellAgreement[];
}

/**
 * Krippendorff's alpha with the ordinal metric (Krippendorff 2011, coincidence-matrix formulation;
 * δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² from the marginal frequencies n_g).
 * `units`: one array per unit (an essay × criterion) of the raters' values, `null`/`undefined` = missing.
 * Units with fewer than 2 values are not pairable and are dropped; no pairable unit → `null`; every
 * pairable value identical (D_e = 0) → `1` by convention (perfect agreement). Alpha can be negative
 * (systematic disagreement).
 * `levels` (all possible values) does not change the result: in the ordinal metric an unused value has
 * n_g = 0 and adds nothing to δ. It is accepted so that callers can pass it.
 */
export function krippendorffAlphaOrdinal(
  units: readonly (readonly (number | null | undefined)[])[],
  levels?: readonly number[],
): number | null {
  void levels;
  return krippendorffAlpha(units, 'ordinal');
}

/** Pairs counted in some cells: all pairs, those on the same level, those at most one level apart. */
interface PairTally {
  pairs: number;
  exact: number;
  adjacent: number;
}

interface Cell {
  agreement: CellAgreement;
  /** The raters' ranks in this cell (0 = the criterion's lowest level): alpha's unit. */
  ranks: number[];
  tally: PairTally;
}

function tallyPairs(ranks: readonly number[]): PairTally {
  const tally: PairTally = { pairs: 0, exact: 0, adjacent: 0 };
  for (let i = 0; i < ranks.length; i++) {
    for (let j = i + 1; j < ranks.length; j++) {
      const gap = Math.abs(ranks[i]! - ranks[j]!);
      tally.pairs += 1;
      if (gap === 0) tally.exact += 1;
      if (gap <= 1) tally.adjacent += 1;
    }
  }
  return tally;
}

function figures(cells: readonly Cell[]): AgreementFigures {
  const sum = cells.reduce(
    (acc, { tally }) => ({
      pairs: acc.pairs + tally.pairs,
      exact: acc.exact + tally.exact,
      adjacent: acc.adjacent + tally.adjacent,
    }),
    { pairs: 0, exact: 0, adjacent: 0 },
  );
  return {
    // Ranks, not points: with one scale per criterion, an essay's or the round's cells mix scales, and
    // within one criterion the ordinal metric only sees the order, so ranks give the same alpha.
    alpha: krippendorffAlpha(
      cells.map((c) => c.ranks),
      'ordinal',
    ),
    exact: sum.pairs > 0 ? sum.exact / sum.pairs : null,
    adjacent: sum.pairs > 0 ? sum.adjacent / sum.pairs : null,
  };
}

/**
 * The round's agreement figures. `scores`: one entry per rater and essay (a later entry for the same
 * rater and essay replaces an earlier one); scores for essays not in `essayIds`, criteria not in
 * `criteria`, and points that are not one of the criterion's levels are ignored. Cells follow
 * `essayIds` order, then `criteria` order. A cell's own alpha is `null`: alpha measures reliability
 * over several units, and over one unit it can only be 1 or 0.
 */
export function calibrationAgreement(input: {
  criteria: readonly StatsCriterion[];
  essayIds: readonly string[];
  scores: readonly RaterEssayScores[];
  limit?: number;
}): CalibrationAgreement {
  const byEssayRater = new Map<string, Map<string, Readonly<Record<string, number>>>>(
    input.essayIds.map((id) => [id, new Map()]),
  );
  for (const score of input.scores) byEssayRater.get(score.essayId)?.set(score.raterId, score.levels);

  const cells: Cell[] = [];
  for (const essayId of input.essayIds) {
    const raters = [...byEssayRater.get(essayId)!.values()];
    for (const criterion of input.criteria) {
      const points = [...new Set(criterion.levels)].sort((a, b) => a - b);
      const rankOf = new Map(points.map((p, i) => [p, i]));
      const ranks = raters
        .map((levels) => (Object.hasOwn(levels, criterion.id) ? rankOf.get(levels[criterion.id]!) : undefined))
        .filter((r): r is number => r !== undefined);
      const tally = tallyPairs(ranks);
      const lo = ranks.length > 0 ? Math.min(...ranks) : null;
      const hi = ranks.length > 0 ? Math.max(...ranks) : null;
      cells.push({
        ranks,
        tally,
        agreement: {
          essayId,
          criterionId: criterion.id,
          alpha: null,
          exact: tally.pairs > 0 ? tally.exact / tally.pairs : null,
          adjacent: tally.pairs > 0 ? tally.adjacent / tally.pairs : null,
          counts: points.map((p, i) => ({ points: p, count: ranks.filter((r) => r === i).length })),
          min: lo === null ? null : points[lo]!,
          max: hi === null ? null : points[hi]!,
          spread: lo === null || hi === null ? 0 : hi - lo,
          raters: ranks.length,
        },
      });
    }
  }

  const limit = input.limit ?? CALIBRATION_LIMITS.disputedCellsShown;
  const order = new Map(cells.map((c, i) => [c, i]));
  const disputed = cells
    .filter((c) => c.agreement.spread > 0)
    .sort(
      (a, b) =>
        b.agreement.spread - a.agreement.spread ||
        (a.agreement.exact ?? 0) - (b.agreement.exact ?? 0) ||
        order.get(a)! - order.get(b)!,
    )
    .slice(0, Math.max(0, limit))
    .map((c) => c.agreement);

  return {
    overall: figures(cells),
    byCriterion: input.criteria.map((criterion) => ({
      criterionId: criterion.id,
      ...figures(cells.filter((c) => c.agreement.criterionId === criterion.id)),
    })),
    byEssay: input.essayIds.map((essayId) => ({
      essayId,
      ...figures(cells.filter((c) => c.agreement.essayId === essayId)),
    })),
    cells: cells.map((c) => c.agreement),
    disputed,
  };
}
