import { describe, expect, it } from '@jest/globals';
import { calibrationAgreement, krippendorffAlphaOrdinal, type RaterEssayScores } from './calibration-stats.js';
import { CALIBRATION_LIMITS } from './calibration.js';
import { krippendorffAlpha } from './krippendorff.js';

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve
 * units, values 1..5 with missing data. Written coder by coder; the units are the columns.
 * Published: nominal 0.743, ordinal 0.815, interval 0.849.
 */
const coders = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const publishedUnits = coders[0]!.map((_v, u) => coders.map((row) => row[u]));

describe('krippendorffAlphaOrdinal', () => {
  it("reproduces Krippendorff's published worked example (ordinal 0.815)", () => {
    expect(krippendorffAlphaOrdinal(publishedUnits)).toBeCloseTo(0.815, 3);
    // The other metrics on the same data, as published: the coincidence matrix is built right.
    expect(krippendorffAlpha(publishedUnits, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(publishedUnits, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('ignores the levels argument: unused levels have no weight in the ordinal metric', () => {
    expect(krippendorffAlphaOrdinal(publishedUnits, [0, 1, 2, 3, 4, 5, 6])).toBe(
      krippendorffAlphaOrdinal(publishedUnits),
    );
  });

  it('computes a two-value case by hand', () => {
    // Units [1,1], [1,2], [2,2]: o11 = 2, o12 = o21 = 1, o22 = 2; n1 = n2 = 3, n = 6.
    // δ²(1,2) = (3 + 3 − 3)² = 9. α = 1 − (n−1)·Σ o δ² / Σ n_c n_k δ² = 1 − 5·18/162 = 4/9.
    expect(
      krippendorffAlphaOrdinal([
        [1, 1],
        [1, 2],
        [2, 2],
      ]),
    ).toBeCloseTo(4 / 9, 10);
  });

  it('computes a three-rater case with a missing value by hand', () => {
    // Units [1,2,3] (each ordered pair weighs 1/2), [1,1,–] (o11 += 2), [3,3] (o33 += 2).
    // n1 = 3, n2 = 1, n3 = 3, n = 7. δ²(1,2) = (3+1−2)² = 4, δ²(2,3) = 4, δ²(1,3) = (3+1+3−3)² = 16.
    // Σ o δ² = 2·(0.5·4 + 0.5·16 + 0.5·4) = 24; Σ n n δ² = 2·(3·4 + 9·16 + 3·4) = 336.
    // α = 1 − 6·24/336 = 4/7.
    expect(
      krippendorffAlphaOrdinal([
        [1, 2, 3],
        [1, 1, null],
        [3, 3],
      ]),
    ).toBeCloseTo(4 / 7, 10);
  });

  it('is negative for two raters at opposite extremes', () => {
    // Units [1,4], [4,1]: o14 = o41 = 2; n1 = n4 = 2, n = 4; δ²(1,4) = (2 + 0 + 0 + 2 − 2)² = 4.
    // α = 1 − 3·16/32 = −0.5.
    expect(
      krippendorffAlphaOrdinal([
        [1, 4],
        [4, 1],
      ]),
    ).toBeCloseTo(-0.5, 10);
  });

  it('is 1 when everyone agrees (no expected disagreement: a convention)', () => {
    expect(
      krippendorffAlphaOrdinal([
        [3, 3, 3],
        [3, 3, undefined],
      ]),
    ).toBe(1);
    expect(
      krippendorffAlphaOrdinal([
        [1, 1],
        [2, 2],
        [4, 4, 4],
      ]),
    ).toBe(1);
  });

  it('is null when no unit has two values (one rater, or nothing scored)', () => {
    expect(krippendorffAlphaOrdinal([[2], [3], [1]])).toBeNull();
    expect(krippendorffAlphaOrdinal([[2, null, undefined], []])).toBeNull();
    expect(krippendorffAlphaOrdinal([])).toBeNull();
  });

  it('drops units with a single value', () => {
    expect(krippendorffAlphaOrdinal([[1, 1], [1, 2], [2, 2], [4], [null, 3]])).toBeCloseTo(4 / 9, 10);
  });
});

describe('calibrationAgreement', () => {
  // c1: points 0/2/4 (ranks 0..2); c2: points 1..4 (ranks 0..3).
  const criteria = [
    { id: 'c1', levels: [4, 0, 2] },
    { id: 'c2', levels: [1, 2, 3, 4] },
  ];
  const scores: RaterEssayScores[] = [
    { essayId: 'e1', raterId: 'A', levels: { c1: 0, c2: 3 } },
    { essayId: 'e1', raterId: 'B', levels: { c1: 2, c2: 3 } },
    { essayId: 'e1', raterId: 'C', levels: { c1: 4 } },
    { essayId: 'e2', raterId: 'A', levels: { c1: 4, c2: 1 } },
    { essayId: 'e2', raterId: 'B', levels: { c1: 4, c2: 4 } },
    { essayId: 'e2', raterId: 'C', levels: { c1: 2, c2: 2 } },
  ];
  const result = calibrationAgreement({ criteria, essayIds: ['e1', 'e2'], scores });
  const cell = (essayId: string, criterionId: string) =>
    result.cells.find((c) => c.essayId === essayId && c.criterionId === criterionId)!;

  it('gives each cell its counts, range, spread and pair agreement, worked by hand', () => {
    expect(result.cells.map((c) => `${c.essayId}/${c.criterionId}`)).toEqual(['e1/c1', 'e1/c2', 'e2/c1', 'e2/c2']);
    // e1/c1: 0, 2, 4 → pairs AB 1 step, AC 2 steps, BC 1 step: exact 0/3, adjacent 2/3.
    expect(cell('e1', 'c1')).toEqual({
      essayId: 'e1',
      criterionId: 'c1',
      alpha: null,
      exact: 0,
      adjacent: 2 / 3,
      counts: [
        { points: 0, count: 1 },
        { points: 2, count: 1 },
        { points: 4, count: 1 },
      ],
      min: 0,
      max: 4,
      spread: 2,
      raters: 3,
    });
    // e1/c2: C left it unscored: A and B both 3 → one pair, in agreement.
    expect(cell('e1', 'c2')).toMatchObject({ exact: 1, adjacent: 1, min: 3, max: 3, spread: 0, raters: 2 });
    expect(cell('e1', 'c2').counts.map((c) => c.count)).toEqual([0, 0, 2, 0]);
    // e2/c1: 4, 4, 2 → exact 1/3, adjacent 3/3.
    expect(cell('e2', 'c1')).toMatchObject({ exact: 1 / 3, adjacent: 1, spread: 1 });
    // e2/c2: 1, 4, 2 → steps 3, 1, 2: exact 0, adjacent 1/3, spread 3.
    expect(cell('e2', 'c2')).toMatchObject({ exact: 0, adjacent: 1 / 3, min: 1, max: 4, spread: 3 });
  });

  it('pools the pairs of the cells for a criterion, an essay and overall', () => {
    // c1: 6 pairs, 1 exact, 5 adjacent. c2: 4 pairs, 1 exact, 2 adjacent.
    expect(result.byCriterion.map(({ criterionId, exact, adjacent }) => ({ criterionId, exact, adjacent }))).toEqual([
      { criterionId: 'c1', exact: 1 / 6, adjacent: 5 / 6 },
      { criterionId: 'c2', exact: 1 / 4, adjacent: 1 / 2 },
    ]);
    // e1: 4 pairs, 1 exact, 3 adjacent. e2: 6 pairs, 1 exact, 4 adjacent.
    expect(result.byEssay.map(({ essayId, exact, adjacent }) => ({ essayId, exact, adjacent }))).toEqual([
      { essayId: 'e1', exact: 1 / 4, adjacent: 3 / 4 },
      { essayId: 'e2', exact: 1 / 6, adjacent: 4 / 6 },
    ]);
    expect(result.overall.exact).toBeCloseTo(2 / 10, 12);
    expect(result.overall.adjacent).toBeCloseTo(7 / 10, 12);
  });

  it("computes a criterion's alpha over its cells, worked by hand", () => {
    // c1 in ranks: units [0,1,2] and [2,2,1]. o01 = o02 = 0.5, o12 = 0.5 + 1 = 1.5, o22 = 1 (and symmetric).
    // n0 = 1, n1 = 2, n2 = 3, n = 6. δ²(0,1) = (3 − 1.5)² = 2.25, δ²(1,2) = (5 − 2.5)² = 6.25, δ²(0,2) = (6 − 2)² = 16.
    // Σ o δ² = 2·(0.5·2.25 + 0.5·16 + 1.5·6.25) = 37; Σ n n δ² = 2·(2·2.25 + 3·16 + 6·6.25) = 180.
    // α = 1 − 5·37/180 = −1/36.
    expect(result.byCriterion[0]!.alpha).toBeCloseTo(-1 / 36, 10);
    // Alpha uses ranks, so the same as the ordinal alpha of the points.
    expect(result.byCriterion[0]!.alpha).toBeCloseTo(
      krippendorffAlphaOrdinal([
        [0, 2, 4],
        [4, 4, 2],
      ])!,
      10,
    );
    expect(result.overall.alpha).toBeCloseTo(
      krippendorffAlphaOrdinal([
        [0, 1, 2],
        [2, 2],
        [2, 2, 1],
        [0, 3, 1],
      ])!,
      10,
    );
  });

  it('lists disputed cells widest first, then least exact agreement, then essay and criterion order', () => {
    expect(result.disputed.map((c) => `${c.essayId}/${c.criterionId}`)).toEqual(['e2/c2', 'e1/c1', 'e2/c1']);
    const limited = calibrationAgreement({ criteria, essayIds: ['e1', 'e2'], scores, limit: 2 });
    expect(limited.disputed.map((c) => `${c.essayId}/${c.criterionId}`)).toEqual(['e2/c2', 'e1/c1']);
  });

  it('breaks ties between equally disputed cells by exact agreement, then by essay and criterion order', () => {
    const flat = [
      { id: 'a', levels: [1, 2] },
      { id: 'b', levels: [1, 2] },
    ];
    const tied = calibrationAgreement({
      criteria: flat,
      essayIds: ['x', 'y'],
      scores: [
        { essayId: 'x', raterId: 'A', levels: { a: 1, b: 1 } },
        { essayId: 'x', raterId: 'B', levels: { a: 2, b: 2 } },
        { essayId: 'x', raterId: 'C', levels: { a: 2, b: 2 } },
        { essayId: 'y', raterId: 'A', levels: { a: 1, b: 1 } },
        { essayId: 'y', raterId: 'B', levels: { a: 2, b: 2 } },
      ],
    });
    // y's cells: one pair, disagreeing (exact 0). x's: 1 of 3 pairs agree.
    expect(tied.disputed.map((c) => `${c.essayId}/${c.criterionId}`)).toEqual(['y/a', 'y/b', 'x/a', 'x/b']);
  });

  it(`shows at most ${CALIBRATION_LIMITS.disputedCellsShown} disputed cells by default, and none where all agree`, () => {
    const many = Array.from({ length: 10 }, (_v, i) => ({ id: `k${i}`, levels: [1, 2, 3] }));
    const split = (value: number) => Object.fromEntries(many.map((c) => [c.id, value]));
    const wide = calibrationAgreement({
      criteria: many,
      essayIds: ['e'],
      scores: [
        { essayId: 'e', raterId: 'A', levels: split(1) },
        { essayId: 'e', raterId: 'B', levels: split(3) },
      ],
    });
    expect(wide.disputed).toHaveLength(CALIBRATION_LIMITS.disputedCellsShown);
    const calm = calibrationAgreement({
      criteria: many,
      essayIds: ['e'],
      scores: [
        { essayId: 'e', raterId: 'A', levels: split(2) },
        { essayId: 'e', raterId: 'B', levels: split(2) },
      ],
    });
    expect(calm.disputed).toEqual([]);
    expect(calm.overall).toEqual({ alpha: 1, exact: 1, adjacent: 1 });
  });

  it('has no figures with one rater, and zero spread', () => {
    const one = calibrationAgreement({
      criteria,
      essayIds: ['e1', 'e2'],
      scores: scores.filter((s) => s.raterId === 'A'),
    });
    expect(one.overall).toEqual({ alpha: null, exact: null, adjacent: null });
    expect(one.byCriterion.every((f) => f.alpha === null && f.exact === null && f.adjacent === null)).toBe(true);
    expect(one.cells.every((c) => c.spread === 0 && c.raters === 1 && c.exact === null)).toBe(true);
    expect(one.disputed).toEqual([]);
  });

  it('gives empty cells no range, and essays nobody scored no figures', () => {
    const none = calibrationAgreement({ criteria, essayIds: ['e1', 'e3'], scores });
    const e3 = none.cells.filter((c) => c.essayId === 'e3');
    expect(e3.map((c) => [c.min, c.max, c.spread, c.raters])).toEqual([
      [null, null, 0, 0],
      [null, null, 0, 0],
    ]);
    expect(none.byEssay[1]).toEqual({ essayId: 'e3', alpha: null, exact: null, adjacent: null });
  });

  it("ignores scores outside the round and points that are not levels; a rater's later entry for an essay wins", () => {
    const odd = calibrationAgreement({
      criteria: [{ id: 'c', levels: [1, 2, 3] }],
      essayIds: ['e'],
      scores: [
        { essayId: 'e', raterId: 'A', levels: { c: 1 } },
        { essayId: 'e', raterId: 'A', levels: { c: 3 } },
        { essayId: 'e', raterId: 'B', levels: { c: 3, other: 1 } },
        { essayId: 'e', raterId: 'C', levels: { c: 7 } },
        { essayId: 'elsewhere', raterId: 'D', levels: { c: 1 } },
      ],
    });
    expect(odd.cells).toHaveLength(1);
    expect(odd.cells[0]).toMatchObject({ raters: 2, exact: 1, spread: 0, min: 3, max: 3 });
  });
});
