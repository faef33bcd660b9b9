/**
 * A student reviewer's accuracy against teachers' agreed scores on anchor papers (a competency index
 * in the manner of UCLA's Calibrated Peer Review), second tries, and review scores weighted by
 * accuracy. docs/calibration.md defines every figure in words.
 */
import { STUDENT_CALIBRATION } from './calibration.js';

export interface AccuracyCriterion {
  id: string;
  weight: number;
  levels: readonly number[];
}

export interface EssayAccuracy {
  /** 0..1: 1 − weighted mean over criteria of |rank(student) − rank(agreed)| / (levels − 1). */
  accuracy: number;
  /** Below STUDENT_CALIBRATION.secondTryBelow, or any criterion ≥ STUDENT_CALIBRATION.farOffLevels levels away. */
  farOff: boolean;
  byCriterion: { criterionId: string; student: number | null; agreed: number; levelsAway: number }[];
}

/** Outlier rule for the reviews of one essay; see `weightedReviewScore`. */
export const REVIEW_OUTLIERS = {
  /** With fewer reviews than this, no review is an outlier (nothing solid to compare with). */
  minReviews: 3,
  /** A score further than this share of the maximum score from the weighted median of the others. */
  maxShareAway: 0.25,
} as const;

/** Rounding noise allowed when comparing an accuracy with a threshold (0.7 + 0.9 is not 1.6 in floating point). */
const EPSILON = 1e-9;

const sortedLevels = (levels: readonly number[]) => [...new Set(levels)].sort((a, b) => a - b);
const validWeight = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);

/**
 * How close a student's scores on one anchor essay are to the agreed scores. For each criterion the
 * distance is the number of levels between the student's level and the agreed one (ranks of the
 * sorted level points), over the widest possible distance (levels − 1); a criterion the student left
 * unscored, or scored with points that are not a level, counts as the widest distance. Accuracy is 1
 * minus the criteria's weighted mean distance (weights ≤ 0 count as 0; all 0 → equal weights).
 * Criteria without an agreed level, and criteria with a single level, do not count; with none left,
 * accuracy is 1 (nothing could be missed).
 */
export function essayAccuracy(
  criteria: readonly AccuracyCriterion[],
  student: Readonly<Record<string, number>>,
  agreed: Readonly<Record<string, number>>,
): EssayAccuracy {
  const rows: (EssayAccuracy['byCriterion'][number] & { weight: number; widest: number; distance: number })[] = [];
  for (const criterion of criteria) {
    const points = sortedLevels(criterion.levels);
    const agreedRank = Object.hasOwn(agreed, criterion.id) ? points.indexOf(agreed[criterion.id]!) : -1;
    if (agreedRank < 0) continue;
    const studentRank = Object.hasOwn(student, criterion.id) ? points.indexOf(student[criterion.id]!) : -1;
    const widest = points.length - 1;
    const levelsAway = studentRank < 0 ? widest : Math.abs(studentRank - agreedRank);
    rows.push({
      criterionId: criterion.id,
      student: studentRank < 0 ? null : points[studentRank]!,
      agreed: points[agreedRank]!,
      levelsAway,
      weight: validWeight(criterion.weight),
      widest,
      distance: widest > 0 ? levelsAway / widest : 0,
    });
  }
  const scale = rows.filter((r) => r.widest > 0);
  const totalWeight = scale.reduce((s, r) => s + r.weight, 0);
  const weightOf = (r: { weight: number }) => (totalWeight > 0 ? r.weight : 1);
  const denominator = scale.reduce((s, r) => s + weightOf(r), 0);
  const distance = denominator > 0 ? scale.reduce((s, r) => s + weightOf(r) * r.distance, 0) / denominator : 0;
  const accuracy = Math.min(1, Math.max(0, 1 - distance));
  return {
    accuracy,
    farOff:
      accuracy < STUDENT_CALIBRATION.secondTryBelow - EPSILON ||
      rows.some((r) => r.levelsAway >= STUDENT_CALIBRATION.farOffLevels),
    byCriterion: rows.map(({ criterionId, student: s, agreed: a, levelsAway }) => ({
      criterionId,
      student: s,
      agreed: a,
      levelsAway,
    })),
  };
}

/** A reviewer's accuracy: the mean of their essays' accuracies (each essay's last try); null when none. */
export function reviewerAccuracy(perEssay: readonly number[]): number | null {
  if (perEssay.length === 0) return null;
  return perEssay.reduce((s, a) => s + a, 0) / perEssay.length;
}

/** Calibrated: an accuracy of at least STUDENT_CALIBRATION.accurateFrom. No accuracy is not calibrated. */
export function isAccurate(accuracy: number | null | undefined): boolean {
  return typeof accuracy === 'number' && accuracy >= STUDENT_CALIBRATION.accurateFrom - EPSILON;
}

export interface WeightedReviewScore {
  score: number;
  accuracy: number | null;
}

export interface WeightedScore {
  /** Plain mean; null without reviews. */
  mean: number | null;
  /** Weights = accuracy, or STUDENT_CALIBRATION.uncalibratedWeight when null; all weights 0 → plain mean. */
  weightedMean: number | null;
  /** Same order as the input: true when the score is an outlier. */
  outliers: boolean[];
}

const reviewWeight = (accuracy: number | null) =>
  validWeight(accuracy === null ? STUDENT_CALIBRATION.uncalibratedWeight : Math.min(1, accuracy));

/**
 * Weighted median: sorted by score, the score where the cumulative weight first reaches half the
 * total, averaged with the one where it does so from the top (so with equal weights and an even count
 * it is the usual median). All weights 0 → equal weights.
 */
export function weightedMedian(items: readonly { score: number; weight: number }[]): number | null {
  if (items.length === 0) return null;
  const total = items.reduce((s, i) => s + i.weight, 0);
  const list = [...items]
    .map((i) => ({ score: i.score, weight: total > 0 ? i.weight : 1 }))
    .sort((a, b) => a.score - b.score);
  const half = list.reduce((s, i) => s + i.weight, 0) / 2;
  const reach = (ordered: typeof list) => {
    let cumulative = 0;
    for (const item of ordered) {
      cumulative += item.weight;
      if (cumulative >= half - EPSILON) return item.score;
    }
    return ordered[ordered.length - 1]!.score;
  };
  return (reach(list) + reach([...list].reverse())) / 2;
}

/**
 * The score of an essay from its reviews: the plain mean, the mean weighted by each reviewer's
 * accuracy (STUDENT_CALIBRATION.uncalibratedWeight without one), and the outliers. A review is an
 * outlier when the essay has at least REVIEW_OUTLIERS.minReviews reviews and its score is more than
 * REVIEW_OUTLIERS.maxShareAway × `maxScore` from the weighted median of the other reviews' scores.
 */
export function weightedReviewScore(reviews: readonly WeightedReviewScore[], maxScore: number): WeightedScore {
  if (reviews.length === 0) return { mean: null, weightedMean: null, outliers: [] };
  const items = reviews.map((r) => ({ score: r.score, weight: reviewWeight(r.accuracy) }));
  const mean = items.reduce((s, i) => s + i.score, 0) / items.length;
  const totalWeight = items.reduce((s, i) => s + i.weight, 0);
  const weightedMean = totalWeight > 0 ? items.reduce((s, i) => s + i.weight * i.score, 0) / totalWeight : mean;
  const limit = REVIEW_OUTLIERS.maxShareAway * maxScore;
  const outliers = items.map((item, i) => {
    if (items.length < REVIEW_OUTLIERS.minReviews || !(maxScore > 0)) return false;
    const median = weightedMedian(items.filter((_other, j) => j !== i))!;
    return Math.abs(item.score - median) > limit + EPSILON;
  });
  return { mean, weightedMean, outliers };
}
