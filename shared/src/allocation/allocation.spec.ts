import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { shuffledBySeed } from '../../../test/support/shuffle.js';
import { allocateReviews, allocateReviewsDetailed } from './allocate.js';
import type { Allocation, AllocationInput, AllocationReviewer, AllocationSubmission, ReviewPair } from './types.js';

/** A generated exchange: schools of classes; in each class `absent` students did not submit. */
interface Shape {
  schools: { size: number; absent: number }[][];
  k: number;
  cross: boolean;
  seed: number;
  /** Who reviews: every student of the classes, only those who submitted, or (odd data) submitters but one. */
  pool: 'all' | 'submitters' | 'partial';
}

function build(shape: Shape): AllocationInput {
  const submissions: AllocationSubmission[] = [];
  const students: AllocationReviewer[] = [];
  const submitted = new Set<string>();
  shape.schools.forEach((classes, x) =>
    classes.forEach(({ size, absent }, c) => {
      for (let i = 0; i < size; i++) {
        const student = { studentId: `st-${x}-${c}-${i}`, classId: `class-${c}`, schoolId: `school-${x}` };
        students.push(student);
        if (i < Math.min(absent, size - 1)) continue;
        submissions.push({ id: `essay-${x}-${c}-${i}`, ...student });
        submitted.add(student.studentId);
      }
    }),
  );
  const reviewers =
    shape.pool === 'all'
      ? students
      : students.filter((s) => submitted.has(s.studentId) !== (shape.pool === 'partial' && s === students[0]));
  return { submissions, reviewers, k: shape.k, crossSchoolOnly: shape.cross, seed: shape.seed };
}

const shapeOf = (maxSchools: number, maxClasses: number, maxSize: number, maxK: number) =>
  fc.record({
    schools: fc.array(
      fc.array(fc.record({ size: fc.integer({ min: 1, max: maxSize }), absent: fc.integer({ min: 0, max: 2 }) }), {
        minLength: 1,
        maxLength: maxClasses,
      }),
      { minLength: 1, maxLength: maxSchools },
    ),
    k: fc.integer({ min: 1, max: maxK }),
    cross: fc.boolean(),
    seed: fc.integer(),
    pool: fc.constantFrom<Shape['pool']>('all', 'all', 'submitters', 'submitters', 'partial'),
  });

/** What the rules rank, measured the same way for the allocation and for the oracle. */
function measure(input: AllocationInput, pairs: readonly ReviewPair[]) {
  const reviewer = new Map(input.reviewers.map((r) => [r.studentId, r]));
  const submission = new Map(input.submissions.map((s) => [s.id, s]));
  const R = input.reviewers.length;
  const total = input.submissions.reduce((sum, s) => sum + wanted(input, s), 0);
  const share = R > 0 ? Math.floor(total / R) : 0;
  const load = new Map(input.reviewers.map((r) => [r.studentId, 0]));
  const bySchool = new Map<string, number>();
  let sameSchool = 0;
  let sameClass = 0;
  for (const p of pairs) {
    const s = submission.get(p.submissionId)!;
    const r = reviewer.get(p.reviewerId)!;
    load.set(r.studentId, load.get(r.studentId)! + 1);
    const key = `${s.id}/${r.schoolId}`;
    bySchool.set(key, (bySchool.get(key) ?? 0) + 1);
    if (r.schoolId === s.schoolId) {
      sameSchool++;
      if (r.classId === s.classId) sameClass++;
    }
  }
  const loads = [...load.values()];
  return {
    /** Reviews beyond share + 1 (first) and reviewers above the share (second): balanced = [0, T mod R]. */
    over: loads.reduce((sum, l) => sum + Math.max(0, l - share - 1), 0),
    extra: loads.reduce((sum, l) => sum + (l > share ? 1 : 0), 0),
    sameSchool: input.crossSchoolOnly ? sameSchool : 0,
    sameClass: input.crossSchoolOnly ? sameClass : 0,
    /** Pairs of an essay's reviewers from the same school (3 + 1 is less even than 2 + 2). */
    repeats: [...bySchool.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0),
    spread: loads.length ? Math.max(...loads) - Math.min(...loads) : 0,
  };
}

const wanted = (input: AllocationInput, s: AllocationSubmission) =>
  Math.min(input.k, input.reviewers.filter((r) => r.studentId !== s.studentId).length);

/**
 * The exact optimum, individual by individual: a min-cost flow (Bellman–Ford queue, one path at a
 * time) from essays through (essay, school) slots to reviewers, with lexicographic weights in the
 * order of the rules: nobody beyond the fair share plus one, other schools, as few above the fair share
 * as possible, other classes, schools not yet represented.
 */
function oracle(input: AllocationInput): ReviewPair[] {
  const { submissions: subs, reviewers: revs, k } = input;
  const cross = input.crossSchoolOnly ?? true;
  const schools = [...new Set([...subs, ...revs].map((p) => p.schoolId))];
  const [N, S, R] = [subs.length, schools.length, revs.length];
  const total = subs.reduce((sum, s) => sum + wanted(input, s), 0);
  const share = R > 0 ? Math.floor(total / R) : 0;
  const slot = (i: number, y: number) => 1 + N + i * S + y;
  const rev = (j: number) => 1 + N + N * S + j;
  const V = 2 + N + N * S + R;
  const sink = V - 1;
  const wRepeat = 1;
  const wClass = cross ? V * k * wRepeat + 1 : 0;
  const wExtra = V * (wClass + k * wRepeat) + 1;
  const wSchool = cross ? V * (wExtra + wClass + k * wRepeat) + 1 : 0;
  const wOver = V * (wExtra + wSchool + wClass + k * wRepeat) + 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: V }, () => []);
  const edge = (u: number, v: number, c: number, w: number) => {
    for (const [a, b, cc, ww] of [
      [u, v, c, w],
      [v, u, 0, -w],
    ]) {
      out[a].push(to.length);
      to.push(b);
      cap.push(cc);
      cost.push(ww);
    }
  };
  const pairEdges: { i: number; j: number; e: number }[] = [];
  subs.forEach((s, i) => {
    edge(0, 1 + i, wanted(input, s), 0);
    schools.forEach((school, y) => {
      for (let t = 1; t <= k; t++)
        edge(1 + i, slot(i, y), 1, (t - 1) * wRepeat + (school === s.schoolId ? wSchool : 0));
    });
    revs.forEach((r, j) => {
      if (r.studentId === s.studentId) return;
      pairEdges.push({ i, j, e: to.length });
      const home = r.schoolId === s.schoolId && r.classId === s.classId;
      edge(slot(i, schools.indexOf(r.schoolId)), rev(j), 1, home ? wClass : 0);
    });
  });
  revs.forEach((_, j) => {
    edge(rev(j), sink, share, 0);
    edge(rev(j), sink, 1, wExtra);
    edge(rev(j), sink, total, wOver);
  });
  for (let sent = 0; sent < total; sent++) {
    const dist = new Array<number>(V).fill(Infinity);
    const via = new Array<number>(V).fill(-1);
    const queued = new Uint8Array(V);
    const queue = [0];
    dist[0] = 0;
    while (queue.length) {
      const u = queue.shift()!;
      queued[u] = 0;
      for (const e of out[u]) {
        if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]]) {
          dist[to[e]] = dist[u] + cost[e];
          via[to[e]] = e;
          if (!queued[to[e]]) {
            queued[to[e]] = 1;
            queue.push(to[e]);
          }
        }
      }
    }
    if (dist[sink] === Infinity) throw new Error('oracle: no complete allocation');
    for (let v = sink; v !== 0; v = to[via[v] ^ 1]) {
      cap[via[v]]--;
      cap[via[v] ^ 1]++;
    }
  }
  return pairEdges
    .filter((p) => cap[p.e] === 0)
    .map((p) => ({ submissionId: subs[p.i].id, reviewerId: revs[p.j].studentId }));
}

/** The rules that hold for every allocation, whatever the pool. */
function expectValid(input: AllocationInput, a: Allocation): void {
  const author = new Map(input.submissions.map((s) => [s.id, s]));
  const pool = new Map(input.reviewers.map((r) => [r.studentId, r]));
  const seen = new Set<string>();
  const count = new Map<string, number>();
  for (const p of a.assignments) {
    expect(author.has(p.submissionId)).toBe(true);
    const s = author.get(p.submissionId)!;
    expect(pool.has(p.reviewerId)).toBe(true);
    expect(p.reviewerId).not.toBe(s.studentId);
    expect(seen.has(`${p.submissionId}/${p.reviewerId}`)).toBe(false);
    seen.add(`${p.submissionId}/${p.reviewerId}`);
    count.set(p.submissionId, (count.get(p.submissionId) ?? 0) + 1);
  }
  for (const s of input.submissions) expect(count.get(s.id) ?? 0).toBe(wanted(input, s));
  const short = input.submissions.filter((s) => (count.get(s.id) ?? 0) < input.k);
  expect(a.shortfalls.map((f) => [f.submissionId, f.missing, f.reason]).sort()).toEqual(
    short.map((s) => [s.id, input.k - (count.get(s.id) ?? 0), 'POOL_TOO_SMALL']).sort(),
  );
  const home = input.submissions.filter((s) =>
    a.assignments.some((p) => p.submissionId === s.id && pool.get(p.reviewerId)!.schoolId === s.schoolId),
  );
  expect(a.fallbacks.map((f) => f.submissionId).sort()).toEqual(
    input.crossSchoolOnly ? home.map((s) => s.id).sort() : [],
  );
  for (const f of a.fallbacks) expect(f.message.length).toBeGreaterThan(20);
  expect(a.loads.map((l) => l.load).reduce((x, y) => x + y, 0)).toBe(a.assignments.length);
}

describe('allocateReviews: properties', () => {
  it('never self-reviews, never repeats a pair, gives every essay k reviews when the pool allows, reports the rest', () => {
    fc.assert(
      fc.property(shapeOf(6, 3, 8, 5), (shape) => {
        const input = build(shape);
        const { allocation, repaired } = allocateReviewsDetailed(input);
        expectValid(input, allocation);
        // Loads are even among schoolmates (across schools, outside readers come first).
        for (const school of new Set(input.reviewers.map((r) => r.schoolId))) {
          const loads = allocation.loads.filter(
            (l) => input.reviewers.find((r) => r.studentId === l.reviewerId)!.schoolId === school,
          );
          const values = loads.map((l) => l.load);
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        }
        if (!input.crossSchoolOnly) expect(measure(input, allocation.assignments).spread).toBeLessThanOrEqual(1);
        expect(repaired).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('is exactly as balanced, cross-school and far from the own class as the best allocation, and as spread', () => {
    fc.assert(
      fc.property(shapeOf(4, 2, 4, 3), (shape) => {
        const input = build(shape);
        const { spread: _a, repeats: mineRepeats, ...mine } = measure(input, allocateReviews(input).assignments);
        const { spread: _b, repeats: bestRepeats, ...best } = measure(input, oracle(input));
        expect(mine).toEqual(best);
        // Spread over schools is exact unless some essays must be reviewed at home: then the plan of
        // schools cannot foresee which essays of a class take the home reviews (see the report).
        if (best.sameSchool === 0) expect(mineRepeats).toBe(bestRepeats);
      }),
      { numRuns: 250 },
    );
  });

  it('gives the same allocation for the same seed, whatever order the participants come in', () => {
    fc.assert(
      fc.property(shapeOf(5, 3, 6, 4), fc.integer(), (shape, shuffleSeed) => {
        const input = build(shape);
        const again = {
          ...input,
          submissions: shuffledBySeed(input.submissions, shuffleSeed),
          reviewers: shuffledBySeed(input.reviewers, shuffleSeed),
        };
        expect(allocateReviews(again)).toEqual(allocateReviews(input));
      }),
      { numRuns: 100 },
    );
  });

  it('gives different allocations for different seeds', () => {
    const input = build({
      schools: [[{ size: 8, absent: 0 }], [{ size: 6, absent: 1 }], [{ size: 7, absent: 0 }]],
      k: 3,
      cross: true,
      seed: 0,
      pool: 'all',
    });
    const distinct = new Set(
      Array.from({ length: 10 }, (_, seed) => JSON.stringify(allocateReviews({ ...input, seed }).assignments)),
    );
    expect(distinct.size).toBe(10);
  });
});

/** Classes as [school, class, students]; everyone submits and reviews. */
function classes(list: [number, number, number][], k: number, crossSchoolOnly = true): AllocationInput {
  const reviewers: AllocationReviewer[] = [];
  for (const [x, c, n] of list)
    for (let i = 0; i < n; i++)
      reviewers.push({ studentId: `st-${x}-${c}-${i}`, classId: `c-${c}`, schoolId: `s-${x}` });
  const submissions = reviewers.map((r) => ({ id: `essay-${r.studentId}`, ...r }));
  return { submissions, reviewers, k, crossSchoolOnly, seed: 'example' };
}

describe('allocateReviews: examples', () => {
  it('one school only: reviews come from other classes, and every essay says why', () => {
    const input = classes(
      [
        [0, 0, 4],
        [0, 1, 4],
        [0, 2, 4],
      ],
      3,
    );
    const a = allocateReviews(input);
    expectValid(input, a);
    expect(a.summary).toMatchObject({
      reviews: 36,
      crossSchool: 0,
      sameSchool: 36,
      sameClass: 0,
      minLoad: 3,
      maxLoad: 3,
    });
    expect(a.fallbacks).toHaveLength(12);
    for (const f of a.fallbacks) {
      expect(f).toMatchObject({ sameSchool: 3, sameClass: 0, reason: 'ONE_SCHOOL_ONLY' });
      expect(f.message).toBe(
        "No other school's students review in this exchange, so 3 reviews come from the author's own school. " +
          'They are from other classes.',
      );
    }
  });

  it('one class only: classmates review each other, and the message says there is no other class', () => {
    const a = allocateReviews(classes([[0, 0, 5]], 2));
    expect(a.fallbacks.map((f) => f.sameClass)).toEqual([2, 2, 2, 2, 2]);
    expect(a.fallbacks[0].message).toContain('because no other class of the school takes part');
  });

  it('a dominant school reviews exactly the essays other schools cannot cover', () => {
    // 6 + 2 + 2 students, k = 3: the small schools' 12 essays are all reviewed by the big school.
    const a = allocateReviews(
      classes(
        [
          [0, 0, 3],
          [0, 1, 3],
          [1, 0, 2],
          [2, 0, 2],
        ],
        3,
      ),
    );
    // The small schools' four students write one more than the fair share (4 each: 16 of the big
    // school's 18 reviews); the last 2 come from the big school's other class.
    expect(a.summary).toMatchObject({ sameSchool: 2, sameClass: 0, minLoad: 2, maxLoad: 4 });
    expect(
      a.loads
        .filter((l) => l.reviewerId.startsWith('st-0-'))
        .map((l) => l.load)
        .sort(),
    ).toEqual([2, 2, 2, 2, 3, 3]);
    expect(a.fallbacks).toHaveLength(2);
    expect(a.fallbacks.every((f) => f.submissionId.startsWith('essay-st-0-') && f.sameSchool === 1)).toBe(true);
    expect(a.fallbacks[0].reason).toBe('OTHER_SCHOOLS_FULL');
    expect(a.fallbacks[0].message).toContain('their fair share of about 3, plus one');
  });

  it('too few students elsewhere: the rest come from home, with the reason', () => {
    const a = allocateReviews(
      classes(
        [
          [0, 0, 3],
          [0, 1, 3],
          [1, 0, 1],
        ],
        3,
      ),
    );
    const f = a.fallbacks.find((x) => x.submissionId === 'essay-st-0-0-0')!;
    expect(f).toMatchObject({ sameSchool: 2, reason: 'FEW_REVIEWERS_ELSEWHERE' });
    expect(f.message).toContain('Only 1 student at other schools can review');
  });

  it('k larger than the pool: every possible review once, the shortfall reported, no duplicates', () => {
    const input = classes(
      [
        [0, 0, 2],
        [1, 0, 1],
      ],
      5,
    );
    const a = allocateReviews(input);
    expectValid(input, a);
    expect(a.assignments).toHaveLength(6);
    expect(a.shortfalls).toHaveLength(3);
    expect(a.shortfalls[0]).toMatchObject({ assigned: 2, missing: 3, reason: 'POOL_TOO_SMALL' });
    expect(a.shortfalls[0].message).toBe(
      'Only 2 other students in this exchange can review this essay, so it gets 2 of the 5 reviews asked for.',
    );
  });

  it('a single student gets no reviewer and is told so', () => {
    const a = allocateReviews(classes([[0, 0, 1]], 3));
    expect(a.assignments).toEqual([]);
    expect(a.shortfalls).toEqual([
      expect.objectContaining({ submissionId: 'essay-st-0-0-0', assigned: 0, missing: 3, reason: 'POOL_TOO_SMALL' }),
    ]);
    expect(a.loads).toEqual([{ reviewerId: 'st-0-0-0', load: 0 }]);
  });

  it('handles empty exchanges and reviewers who did not submit', () => {
    expect(allocateReviews({ submissions: [], reviewers: [], k: 3, seed: 1 }).assignments).toEqual([]);
    const input = classes(
      [
        [0, 0, 3],
        [1, 0, 3],
      ],
      2,
    );
    const noPool = allocateReviews({ ...input, reviewers: [] });
    expect(noPool.shortfalls).toHaveLength(6);
    const readers = allocateReviews({ ...input, submissions: input.submissions.slice(0, 1) });
    expect(readers.assignments.map((p) => p.reviewerId.slice(0, 5))).toEqual(['st-1-', 'st-1-']);
  });

  it('without cross-school rules, home reviewers are normal and nothing is reported', () => {
    const input = classes(
      [
        [0, 0, 6],
        [1, 0, 2],
      ],
      3,
      false,
    );
    const a = allocateReviews(input);
    expectValid(input, a);
    expect(a.fallbacks).toEqual([]);
    expect(a.summary.sameSchool).toBeGreaterThan(0);
  });

  it('spreads each essay over three schools when there are three other schools of the same size', () => {
    // With unequal sizes balance wins: a school of 6 must write 18 reviews for 14 other essays.
    const a = allocateReviews(
      classes(
        [
          [0, 0, 5],
          [1, 0, 3],
          [1, 1, 2],
          [2, 0, 5],
          [3, 0, 5],
        ],
        3,
      ),
    );
    const schoolOf = new Map(a.reviewers.map((r) => [r.studentId, r.schoolId]));
    for (const s of a.submissions) {
      const schools = a.assignments.filter((p) => p.submissionId === s.id).map((p) => schoolOf.get(p.reviewerId));
      expect(new Set(schools).size).toBe(3);
    }
  });

  it('refuses input it cannot make sense of', () => {
    const input = classes([[0, 0, 3]], 2);
    expect(() => allocateReviews({ ...input, k: 0 })).toThrow(/at least 1/);
    expect(() => allocateReviews({ ...input, k: 1.5 })).toThrow(/whole number/);
    expect(() => allocateReviews({ ...input, submissions: [...input.submissions, input.submissions[0]] })).toThrow(
      /listed twice/,
    );
    expect(() => allocateReviews({ ...input, reviewers: [...input.reviewers, input.reviewers[1]] })).toThrow(
      /listed twice/,
    );
  });
});
