/**
 * The synthetic exchanges the allocation benchmarks allocate (allocation.bench.js, statewide.bench.js):
 * classes of 8–32 students at schools of random weight, from a seed, and a check of the result.
 */
/** A small seeded generator so every run allocates the same exchange. */
export function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Classes of 8–32 students at schools of random weight; `dominant` gives school 0 that share of students. */
export function exchange(total, schools, seed, dominant = 0) {
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

export function check(allocation, k = 3) {
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
  const short = allocation.submissions.filter((s) => counts.get(s.id) !== k).length;
  if (short > 0) throw new Error(`${short} essays without ${k} reviews`);
  return allocation.summary;
}
