/**
 * `npm run bench:allocation`: allocate reviewers for 10,000 essays from 30 schools (random class sizes),
 * k = 3, with the pure allocation of the shared package (shared/dist: build first). Prints the median
 * time of several runs after a warm-up, the heap growth of one run and the peak RSS, against the
 * 500 ms target. A second case has one school with most of the students (home-school fallbacks).
 * Env: BENCH_RUNS (default 7), BENCH_SUBMISSIONS (default 10000), BENCH_SCHOOLS (default 30).
 */
import { allocateReviews } from '../../shared/dist/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 10_000);
const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 30);
const K = 3;
const TARGET_MS = 500;

/** A small seeded generator so every run allocates the same exchange. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Classes of 8–32 students at schools of random weight; `dominant` gives school 0 that share of students. */
function exchange(total, schools, seed, dominant = 0) {
  const random = generator(seed);
  const weights = Array.from({ length: schools }, () => 0.2 + random() * 2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const submissions = [];
  const reviewers = [];
  let classes = 0;
  while (submissions.length < total) {
    const school =
      dominant > 0 && random() < dominant
        ? 0
        : (() => {
            let x = random() * sum;
            let i = 0;
            while (x > weights[i] && i < schools - 1) x -= weights[i++];
            return i;
          })();
    const classId = `class-${classes++}`;
    const size = Math.min(8 + Math.floor(random() * 25), total - submissions.length);
    for (let i = 0; i < size; i++) {
      const studentId = `student-${submissions.length}`;
      const where = { classId, schoolId: `school-${school}` };
      reviewers.push({ studentId, ...where });
      submissions.push({ id: `essay-${submissions.length}`, studentId, ...where });
    }
  }
  return { submissions, reviewers, classes };
}

function check(allocation) {
  const counts = new Map();
  const pairs = new Set();
  const author = new Map(allocation.submissions.map((s) => [s.id, s.studentId]));
  for (const a of allocation.assignments) {
    const key = `${a.submissionId}/${a.reviewerId}`;
    if (pairs.has(key)) throw new Error(`duplicate pair ${key}`);
    if (author.get(a.submissionId) === a.reviewerId) throw new Error(`self-review ${key}`);
    pairs.add(key);
    counts.set(a.submissionId, (counts.get(a.submissionId) ?? 0) + 1);
  }
  const short = allocation.submissions.filter((s) => counts.get(s.id) !== K).length;
  if (short > 0) throw new Error(`${short} essays without ${K} reviews`);
  return allocation.summary;
}

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
    summary = check(result);
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
bench('one big school (60%)', exchange(SUBMISSIONS, SCHOOLS, 20240502, 0.6));
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (main >= TARGET_MS) process.exitCode = 1;
