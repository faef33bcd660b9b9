/**
 * `npm run bench:allocation`: allocate reviewers for 10,000 essays from 30 schools (random class sizes),
 * k = 3, with the pure allocation of the shared package (shared/dist: build first). Prints the median
 * time of several runs after a warm-up, the heap growth of one run and the peak RSS, against the
 * 500 ms target. A second case has one school with most of the students (home-school fallbacks).
 * Env: BENCH_RUNS (default 7), BENCH_SUBMISSIONS (default 10000), BENCH_SCHOOLS (default 30).
 */
import { allocateReviews } from '../../shared/dist/index.js';
import { check, exchange } from './allocation-data.js';
import { writeLines } from './bench-lines.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 10_000);
const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 30);
const K = 3;
const TARGET_MS = 500;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function bench(name, data) {
  const input = { submissions: data.submissions, reviewers: data.reviewers, k: K, crossSchoolOnly: true };
  for (let i = 0; i < 2; i++) allocateReviews({ ...input, seed: `warm-${i}` });
  const times = [];
  const cpu = [];
  let growth = 0;
  let retained = 0;
  let summary;
  for (let i = 0; i < RUNS; i++) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const result = allocateReviews({ ...input, seed: `run-${i}` });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    growth = Math.max(growth, process.memoryUsage().heapUsed - before);
    if (globalThis.gc) {
      globalThis.gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed - before);
    }
    summary = check(result, K);
  }
  const ms = median(times);
  console.log(
    `${name}: ${data.submissions.length} essays, ${new Set(data.submissions.map((s) => s.schoolId)).size} schools, ` +
      `${data.classes} classes, k=${K}`,
  );
  console.log(
    `  median ${ms.toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ` +
      `${RUNS} runs) — target ${TARGET_MS} ms: ${ms < TARGET_MS ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  CPU time median ${median(cpu).toFixed(1)} ms (all threads, GC included; the machine is shared, so wall time varies)`,
  );
  console.log(
    `  heap: up to ${mb(growth)} allocated per run` +
      (globalThis.gc ? `, ${mb(retained)} kept by the result` : ' (run node with --expose-gc to see what is kept)'),
  );
  console.log(
    `  reviews ${summary.reviews}, cross-school ${summary.crossSchool}, same school ${summary.sameSchool} ` +
      `(own class ${summary.sameClass}), load ${summary.minLoad}–${summary.maxLoad}`,
  );
  return ms;
}

const main = bench('spread', exchange(SUBMISSIONS, SCHOOLS, 20240501));
const dominant = bench('one big school (60%)', exchange(SUBMISSIONS, SCHOOLS, 20240502, 0.6));
const essays = SUBMISSIONS.toLocaleString('en-US');
writeLines('allocation', [
  {
    line: `allocation, ${essays} essays, ${SCHOOLS} schools`,
    ours: `${main.toFixed(0)} ms`,
    goal: `< ${TARGET_MS} ms`,
    met: main < TARGET_MS,
    data: { medianMs: main },
  },
  {
    line: `allocation, ${essays} essays, one school has 60%`,
    ours: `${dominant.toFixed(0)} ms`,
    goal: `< ${TARGET_MS} ms`,
    met: dominant < TARGET_MS,
    data: { medianMs: dominant },
  },
]);
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (main >= TARGET_MS) process.exitCode = 1;
