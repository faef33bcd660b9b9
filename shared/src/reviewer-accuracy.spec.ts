import { describe, expect, it } from '@jest/globals';
import { STUDENT_CALIBRATION } from './calibration.js';
import {
  essayAccuracy,
  isAccurate,
  reviewerAccuracy,
  weightedMedian,
  weightedReviewScore,
  type AccuracyCriterion,
} from './reviewer-accuracy.js';

// c1: points 0/2/4 (3 levels, widest distance 2), weight 2. c2: points 1..4 (widest 3), weight 1.
const criteria: AccuracyCriterion[] = [
  { id: 'c1', weight: 2, levels: [4, 2, 0] },
  { id: 'c2', weight: 1, levels: [1, 2, 3, 4] },
];
const agreed = { c1: 4, c2: 1 };

describe('essayAccuracy', () => {
  it('is 1 − the weighted mean of the criteria distances, worked by hand', () => {
    // c1: 2 vs 4 → 1 level of 2 = 0.5. c2: 4 vs 1 → 3 levels of 3 = 1. (2·0.5 + 1·1) / 3 = 2/3 → 1/3.
    const far = essayAccuracy(criteria, { c1: 2, c2: 4 }, agreed);
    expect(far.accuracy).toBeCloseTo(1 / 3, 12);
    expect(far.byCriterion).toEqual([
      { criterionId: 'c1', student: 2, agreed: 4, levelsAway: 1 },
      { criterionId: 'c2', student: 4, agreed: 1, levelsAway: 3 },
    ]);
    expect(far.farOff).toBe(true);
    // c1 exact, c2: 2 vs 1 → 1/3. (0 + 1/3) / 3 = 1/9 → 8/9.
    const close = essayAccuracy(criteria, { c1: 4, c2: 2 }, agreed);
    expect(close.accuracy).toBeCloseTo(8 / 9, 12);
    expect(close.farOff).toBe(false);
    expect(essayAccuracy(criteria, agreed, agreed)).toMatchObject({ accuracy: 1, farOff: false });
  });

  it('counts a criterion left unscored, or scored off the scale, as the widest distance', () => {
    // c2 missing → 3 levels away, distance 1: (0 + 1) / 3 → 2/3.
    const missing = essayAccuracy(criteria, { c1: 4 }, agreed);
    expect(missing.accuracy).toBeCloseTo(2 / 3, 12);
    expect(missing.byCriterion[1]).toEqual({ criterionId: 'c2', student: null, agreed: 1, levelsAway: 3 });
    const offScale = essayAccuracy(criteria, { c1: 3, c2: 1 }, agreed);
    expect(offScale.byCriterion[0]).toEqual({ criterionId: 'c1', student: null, agreed: 4, levelsAway: 2 });
    expect(offScale.accuracy).toBeCloseTo(1 / 3, 12);
    expect(essayAccuracy(criteria, {}, agreed).accuracy).toBe(0);
  });

  it('is far off two levels away on one criterion, even when accurate overall', () => {
    const six = [1, 2, 3, 4, 5, 6];
    const heavy = [
      { id: 'small', weight: 1, levels: six },
      { id: 'big', weight: 9, levels: six },
    ];
    // small: 2 levels of 5 = 0.4, weight 1 of 10 → accuracy 0.96.
    const result = essayAccuracy(heavy, { small: 3, big: 4 }, { small: 1, big: 4 });
    expect(result.accuracy).toBeCloseTo(0.96, 12);
    expect(result.farOff).toBe(true);
  });

  it(`is far off below ${STUDENT_CALIBRATION.secondTryBelow}, not at it`, () => {
    const binary = Array.from({ length: 10 }, (_v, i) => ({ id: `b${i}`, weight: 1, levels: [0, 1] }));
    const truth = Object.fromEntries(binary.map((c) => [c.id, 1]));
    const wrong = (n: number) => Object.fromEntries(binary.map((c, i) => [c.id, i < n ? 0 : 1]));
    expect(essayAccuracy(binary, wrong(3), truth)).toMatchObject({ accuracy: 0.7, farOff: false });
    expect(essayAccuracy(binary, wrong(4), truth).accuracy).toBeCloseTo(0.6, 12);
    expect(essayAccuracy(binary, wrong(4), truth).farOff).toBe(true);
  });

  it('weighs criteria equally when no weight is positive, and skips criteria without an agreed level or with one level', () => {
    const zero = criteria.map((c) => ({ ...c, weight: 0 }));
    // (0.5 + 1) / 2 → 0.25.
    expect(essayAccuracy(zero, { c1: 2, c2: 4 }, agreed).accuracy).toBeCloseTo(0.25, 12);
    const partial = essayAccuracy(criteria, { c1: 2, c2: 4 }, { c1: 4 });
    expect(partial.byCriterion.map((c) => c.criterionId)).toEqual(['c1']);
    expect(partial.accuracy).toBeCloseTo(0.5, 12);
    const single = essayAccuracy(
      [{ id: 'only', weight: 5, levels: [3] }, ...criteria],
      { only: 3, c1: 4, c2: 1 },
      { ...agreed, only: 3 },
    );
    expect(single.accuracy).toBe(1);
    expect(essayAccuracy([], {}, {})).toEqual({ accuracy: 1, farOff: false, byCriterion: [] });
  });
});

describe('reviewerAccuracy and isAccurate', () => {
  it('averages the essays, none without essays', () => {
    expect(reviewerAccuracy([0.5, 1])).toBe(0.75);
    expect(reviewerAccuracy([2 / 3])).toBeCloseTo(2 / 3, 12);
    expect(reviewerAccuracy([])).toBeNull();
  });

  it(`is accurate from ${STUDENT_CALIBRATION.accurateFrom}, despite rounding, and never without an accuracy`, () => {
    expect(isAccurate(0.8)).toBe(true);
    expect(isAccurate(reviewerAccuracy([0.7, 0.9]))).toBe(true);
    expect(isAccurate(0.79)).toBe(false);
    expect(isAccurate(null)).toBe(false);
    expect(isAccurate(undefined)).toBe(false);
  });
});

describe('weightedMedian', () => {
  it('is the usual median with equal weights, and leans to the heavier scores', () => {
    expect(
      weightedMedian([
        { score: 4, weight: 1 },
        { score: 6, weight: 1 },
      ]),
    ).toBe(5);
    expect(weightedMedian([3, 1, 2].map((score) => ({ score, weight: 1 })))).toBe(2);
    expect(
      weightedMedian([
        { score: 1, weight: 0.2 },
        { score: 9, weight: 0.9 },
        { score: 5, weight: 0.3 },
      ]),
    ).toBe(9);
    expect(
      weightedMedian([
        { score: 4, weight: 0 },
        { score: 6, weight: 0 },
      ]),
    ).toBe(5);
    expect(weightedMedian([])).toBeNull();
  });
});

describe('weightedReviewScore', () => {
  it('weighs reviews by accuracy, half weight without one, worked by hand', () => {
    // Weights 1 and 0.5: (8 + 2) / 1.5.
    expect(
      weightedReviewScore(
        [
          { score: 8, accuracy: 1 },
          { score: 4, accuracy: null },
        ],
        10,
      ),
    ).toEqual({ mean: 6, weightedMean: 10 / 1.5, outliers: [false, false] });
  });

  it('flags a score more than a quarter of the maximum from the weighted median of the others', () => {
    // For the 2: the others are 7 (0.8) and 8 (0.9): half weight 0.85 is reached at 8 from both sides → 8; 6 > 2.5.
    // For the 8: the others are 2 (0.5) and 7 (0.8) → 7; 1 ≤ 2.5. For the 7: 2 (0.5), 8 (0.9) → 8.
    const result = weightedReviewScore(
      [
        { score: 8, accuracy: 0.9 },
        { score: 7, accuracy: 0.8 },
        { score: 2, accuracy: null },
      ],
      10,
    );
    expect(result.outliers).toEqual([false, false, true]);
    expect(result.mean).toBeCloseTo(17 / 3, 12);
    expect(result.weightedMean).toBeCloseTo((0.9 * 8 + 0.8 * 7 + 0.5 * 2) / 2.2, 12);
  });

  it('keeps a score exactly a quarter away, and flags nothing with fewer than 3 reviews', () => {
    const at = (third: number) =>
      weightedReviewScore(
        [5, 5, third].map((score) => ({ score, accuracy: null })),
        10,
      ).outliers;
    expect(at(7.5)).toEqual([false, false, false]);
    expect(at(7.6)).toEqual([false, false, true]);
    expect(
      weightedReviewScore(
        [
          { score: 0, accuracy: 1 },
          { score: 10, accuracy: 1 },
        ],
        10,
      ).outliers,
    ).toEqual([false, false]);
  });

  it('falls back to the plain mean when every weight is 0, and has nothing without reviews', () => {
    expect(
      weightedReviewScore(
        [
          { score: 3, accuracy: 0 },
          { score: 6, accuracy: 0 },
        ],
        10,
      ),
    ).toEqual({ mean: 4.5, weightedMean: 4.5, outliers: [false, false] });
    expect(weightedReviewScore([], 10)).toEqual({ mean: null, weightedMean: null, outliers: [] });
  });
});
