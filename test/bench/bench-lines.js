/**
 * The one shape every benchmark reports in, so `npm run bench` can print a single table:
 * `writeLines('api', [{ line, ours, peer, ratio, goal, met, data }])` writes
 * test/bench/results/lines-api.json. `ours`/`peer` are display strings (peer null when there is none),
 * `ratio` is oriented so that higher is better for us (null without a peer), `met` is whether the
 * issue's goal for the line holds (null when it has none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

export function writeLines(bench, lines) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `lines-${bench}.json`);
  const at = new Date().toISOString();
  fs.writeFileSync(
    file,
    JSON.stringify(
      lines.map((l) => ({ bench, at, peer: null, ratio: null, met: null, ...l })),
      null,
      2,
    ),
  );
  return file;
}

/** Median and percentiles of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
