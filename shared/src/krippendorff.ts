/**
 * Krippendorff's alpha by the coincidence-matrix formulation (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania).
 * Internal: the app uses the ordinal metric through `krippendorffAlphaOrdinal` in calibration-stats.ts;
 * the nominal and interval metrics are here so that the spec can check the published worked example
 * under all three.
 *
 * A unit is one thing the raters scored (a cell: an essay × a criterion); its values are the raters'
 * values, `null`/`undefined` where a rater gave none.
 *   - Units with fewer than 2 values are not pairable and are dropped.
 *   - No pairable unit → `null` (nothing to measure agreement on).
 *   - Every pairable value the same (no expected disagreement, D_e = 0) → `1`. Alpha is 0/0 there; we
 *     read "everyone always chose the same level" as perfect agreement. This is a convention.
 */

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

export function krippendorffAlpha(
  units: readonly (readonly (number | null | undefined)[])[],
  metric: AlphaMetric,
): number | null {
  const pairable = units
    .map((unit) => unit.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)))
    .filter((values) => values.length >= 2);
  if (pairable.length === 0) return null;

  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const V = values.length;
  // o[c][k]: the coincidence matrix. Each unit with m values adds 1/(m − 1) for each ordered pair of
  // its values taken by different raters.
  const o = values.map(() => new Array<number>(V).fill(0));
  for (const unit of pairable) {
    const m = unit.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i !== j) o[index.get(unit[i])!]![index.get(unit[j])!]! += 1 / (m - 1);
      }
    }
  }
  const n_ = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = n_.reduce((s, x) => s + x, 0);

  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    if (metric === 'nominal') return 1;
    if (metric === 'interval') return (values[c]! - values[k]!) ** 2;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let sum = 0;
    for (let g = lo; g <= hi; g++) sum += n_[g]!;
    return (sum - (n_[lo]! + n_[hi]!) / 2) ** 2;
  };

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      const d = delta2(c, k);
      observed += o[c]![k]! * d;
      expected += n_[c]! * n_[k]! * d;
    }
  }
  if (expected === 0) return 1;
  return 1 - ((n - 1) * observed) / expected;
}
