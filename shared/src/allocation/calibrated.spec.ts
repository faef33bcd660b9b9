import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { shuffledBySeed } from '../../../test/support/shuffle.js';
import { allocateReviews } from './allocate.js';
import { assignLate, fillShortfalls } from './dynamic.js';
import { hashString } from './random.js';
import type {
  Allocation,
  AllocationChange,
  AllocationInput,
  AllocationReviewer,
  AllocationSubmission,
  ReviewPair,
} from './types.js';

/** A generated exchange (as in allocation.spec.ts), plus which reviewers are calibrated. */
interface Shape {
  schools: { size: number; absent: number }[][];
  k: number;
  cross: boolean;
  seed: number;
  submittersOnly: boolean;
  /** One flag per student, cycled. */
  calibrated: boolean[];
}

function build(shape: Shape): AllocationInput {
  const submissions: AllocationSubmission[] = [];
  const students: AllocationReviewer[] = [];
  const submitted = new Set<string>();
  shape.schools.forEach((classes, x) =>
    classes.forEach(({ size, absent }, c) => {
      for (let i = 0; i < size; i++) {
        const calibrated = shape.calibrated[students.length % shape.calibrated.length];
        const student = { studentId: `st-${x}-${c}-${i}`, classId: `class-${c}`, schoolId: `school-${x}` };
        students.push({ ...student, calibrated });
        if (i < Math.min(absent, size - 1)) continue;
        submissions.push({ id: `essay-${x}-${c}-${i}`, ...student });
        submitted.add(student.studentId);
      }
    }),
  );
  const reviewers = shape.submittersOnly ? students.filter((s) => submitted.has(s.studentId)) : students;
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
    submittersOnly: fc.boolean(),
    calibrated: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
  });

const plain = (input: AllocationInput): AllocationInput => ({
  ...input,
  reviewers: input.reviewers.map(({ studentId, classId, schoolId }) => ({ studentId, classId, schoolId })),
});

/** 0: another school, 1: another class of the essay's school, 2: the essay's own class. */
function tier(s: AllocationSubmission, r: AllocationReviewer): number {
  return r.schoolId !== s.schoolId ? 0 : r.classId !== s.classId ? 1 : 2;
}

/** Everything the rules look at, per essay and per reviewer (not who exactly). */
function profile(input: AllocationInput, a: Allocation) {
  const reviewer = new Map(input.reviewers.map((r) => [r.studentId, r]));
  const perEssay = new Map(input.submissions.map((s) => [s.id, [] as string[]]));
  const submission = new Map(input.submissions.map((s) => [s.id, s]));
  for (const p of a.assignments) {
    const s = submission.get(p.submissionId)!;
    const r = reviewer.get(p.reviewerId)!;
    perEssay.get(s.id)!.push(`${r.schoolId}/${tier(s, r)}`);
  }
  return {
    essays: [...perEssay].map(([id, list]) => [id, list.sort()]),
    loads: a.loads,
    shortfalls: a.shortfalls,
    fallbacks: a.fallbacks,
    summary: a.summary,
  };
}

function withCalibrated(input: AllocationInput, pairs: readonly ReviewPair[]): Set<string> {
  const calibrated = new Set(input.reviewers.filter((r) => r.calibrated).map((r) => r.studentId));
  return new Set(pairs.filter((p) => calibrated.has(p.reviewerId)).map((p) => p.submissionId));
}

function expectValid(input: AllocationInput, a: Allocation): void {
  const author = new Map(input.submissions.map((s) => [s.id, s.studentId]));
  const pool = new Set(input.reviewers.map((r) => r.studentId));
  const seen = new Set<string>();
  const count = new Map<string, number>();
  const broken: string[] = [];
  for (const p of a.assignments) {
    const key = `${p.submissionId}/${p.reviewerId}`;
    if (!pool.has(p.reviewerId)) broken.push(`${key}: not in the pool`);
    if (p.reviewerId === author.get(p.submissionId)) broken.push(`${key}: self review`);
    if (seen.has(key)) broken.push(`${key}: twice`);
    seen.add(key);
    count.set(p.submissionId, (count.get(p.submissionId) ?? 0) + 1);
  }
  for (const s of input.submissions) {
    const wanted = Math.min(input.k, input.reviewers.filter((r) => r.studentId !== s.studentId).length);
    if ((count.get(s.id) ?? 0) !== wanted) broken.push(`${s.id}: ${count.get(s.id) ?? 0} reviews, not ${wanted}`);
  }
  expect(broken).toEqual([]);
}

/**
 * A swap the tie-breaker could still make: a calibrated reviewer of an essay with two or more, and a
 * reviewer of the same school on an essay with none, who could trade places without a self review, a
 * repeat, or a change of kind (another school / another class / own class) for either essay.
 */
function missedSwap(input: AllocationInput, a: Allocation): string | null {
  const reviewer = new Map(input.reviewers.map((r) => [r.studentId, r]));
  const sub = new Map(input.submissions.map((s) => [s.id, s]));
  const of = new Map(input.submissions.map((s) => [s.id, [] as string[]]));
  for (const p of a.assignments) of.get(p.submissionId)!.push(p.reviewerId);
  const calibratedOn = (id: string) => of.get(id)!.filter((r) => reviewer.get(r)!.calibrated).length;
  for (const [id2, list2] of of) {
    if (calibratedOn(id2) > 0) continue;
    const s2 = sub.get(id2)!;
    for (const [id1, list1] of of) {
      if (calibratedOn(id1) < 2) continue;
      const s1 = sub.get(id1)!;
      for (const r1 of list1.map((r) => reviewer.get(r)!).filter((r) => r.calibrated))
        for (const r2 of list2.map((r) => reviewer.get(r)!))
          if (
            r1.schoolId === r2.schoolId &&
            r1.studentId !== s2.studentId &&
            r2.studentId !== s1.studentId &&
            !list2.includes(r1.studentId) &&
            !list1.includes(r2.studentId) &&
            tier(s1, r1) === tier(s1, r2) &&
            tier(s2, r2) === tier(s2, r1)
          )
            return `${r1.studentId} (${id1}) ↔ ${r2.studentId} (${id2})`;
    }
  }
  return null;
}

describe('allocation: the calibration tie-breaker', () => {
  it('keeps every rule exactly: same loads, same schools and kinds of reviewer per essay, same reports', () => {
    fc.assert(
      fc.property(shapeOf(5, 3, 7, 4), (shape) => {
        const input = build(shape);
        const mine = allocateReviews(input);
        const before = allocateReviews(plain(input));
        expectValid(input, mine);
        expect(profile(input, mine)).toEqual(profile(input, before));
      }),
      { numRuns: 300 },
    );
  });

  it('gives at least as many essays a calibrated reviewer, and leaves no rule-keeping swap undone', () => {
    let gained = 0;
    fc.assert(
      fc.property(shapeOf(5, 3, 7, 4), (shape) => {
        const input = build(shape);
        const allocation = allocateReviews(input);
        const mine = withCalibrated(input, allocation.assignments).size;
        const before = withCalibrated(input, allocateReviews(plain(input)).assignments).size;
        expect(mine).toBeGreaterThanOrEqual(before);
        gained += mine - before;
        expect(missedSwap(input, allocation)).toBeNull();
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: over the runs, the tie-breaker did move calibrated reviewers.
    expect(gained).toBeGreaterThan(0);
  });

  it('changes nothing when no reviewer is calibrated: the same pairs as before calibration existed', () => {
    fc.assert(
      fc.property(shapeOf(5, 3, 7, 4), (shape) => {
        const input = build({ ...shape, calibrated: [false] });
        expect(allocateReviews(input).assignments).toEqual(allocateReviews(plain(input)).assignments);
      }),
      { numRuns: 150 },
    );
    // Fingerprints of allocations made by the code before the tie-breaker (same seeds, same pools).
    const classes = (list: [number, number, number][], k: number, cross: boolean, seed: string): AllocationInput => {
      const reviewers: AllocationReviewer[] = [];
      for (const [x, c, n] of list)
        for (let i = 0; i < n; i++)
          reviewers.push({ studentId: `st-${x}-${c}-${i}`, classId: `c-${c}`, schoolId: `s-${x}`, calibrated: false });
      const submissions = reviewers.map(({ studentId, classId, schoolId }) => ({
        id: `essay-${studentId}`,
        studentId,
        classId,
        schoolId,
      }));
      return { submissions, reviewers, k, crossSchoolOnly: cross, seed };
    };
    const fingerprint = (input: AllocationInput) => hashString(JSON.stringify(allocateReviews(input).assignments));
    const cases: [AllocationInput, number][] = [
      [
        classes(
          [
            [0, 0, 7],
            [0, 1, 5],
            [1, 0, 6],
            [2, 0, 4],
            [2, 1, 3],
            [3, 0, 8],
          ],
          3,
          true,
          'golden-1',
        ),
        617444530,
      ],
      [
        classes(
          [
            [0, 0, 9],
            [0, 1, 9],
            [1, 0, 3],
          ],
          3,
          true,
          'golden-2',
        ),
        3855921206,
      ],
      [
        classes(
          [
            [0, 0, 6],
            [1, 0, 5],
            [1, 1, 4],
          ],
          2,
          false,
          'golden-3',
        ),
        1261888682,
      ],
    ];
    for (const [input, expected] of cases) expect(fingerprint(input)).toBe(expected);
  });

  it('is deterministic by seed with calibrated reviewers, whatever order the participants come in', () => {
    fc.assert(
      fc.property(shapeOf(4, 3, 6, 3), fc.integer(), (shape, shuffleSeed) => {
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

  it('moves a calibrated reviewer to an essay without one when a swap keeps everything else', () => {
    // Two schools of 4, k = 2: every essay is reviewed by two students of the other school. Only
    // st-1-0-0 and st-1-0-1 are calibrated: school 0's four essays can each get one of them.
    const reviewers: AllocationReviewer[] = [];
    for (const x of [0, 1])
      for (let i = 0; i < 4; i++)
        reviewers.push({
          studentId: `st-${x}-0-${i}`,
          classId: `c-${x}`,
          schoolId: `s-${x}`,
          calibrated: x === 1 && i < 2,
        });
    const submissions = reviewers.map(({ studentId, classId, schoolId }) => ({
      id: `essay-${studentId}`,
      studentId,
      classId,
      schoolId,
    }));
    for (let seed = 0; seed < 20; seed++) {
      const input = { submissions, reviewers, k: 2, crossSchoolOnly: true, seed };
      const a = allocateReviews(input);
      expect(withCalibrated(input, a.assignments).size).toBe(4);
      expect(profile(input, a)).toEqual(profile(input, allocateReviews(plain(input))));
    }
  });
});

describe('dynamic steps: the calibration tie-breaker', () => {
  it('gives a late essay a calibrated reviewer among equally good ones', () => {
    // Two schools of three, k = 1: everyone reviews one essay of the other school.
    const reviewers: AllocationReviewer[] = [
      { studentId: 'a', classId: 'c0', schoolId: 's0' },
      { studentId: 'b', classId: 'c0', schoolId: 's0' },
      { studentId: 'c', classId: 'c0', schoolId: 's0' },
      { studentId: 'x', classId: 'c1', schoolId: 's1' },
      { studentId: 'y', classId: 'c1', schoolId: 's1' },
      { studentId: 'z', classId: 'c1', schoolId: 's1' },
    ];
    const submissions = reviewers.map((r) => ({ id: `e-${r.studentId}`, ...r }));
    const base = allocateReviews({ submissions, reviewers, k: 1, crossSchoolOnly: true, seed: 'late' });
    const late = { id: 'e-new', studentId: 'new', classId: 'c0', schoolId: 's0' };
    const loadOf = (id: string) => base.loads.find((l) => l.reviewerId === id)!.load;
    const lightest = Math.min(...['x', 'y', 'z'].map(loadOf));
    const equals = ['x', 'y', 'z'].filter((id) => loadOf(id) === lightest);
    const plainPick = assignLate(base, late).added.map((p) => p.reviewerId);
    expect(equals).toContain(plainPick[0]);
    const picks = ['x', 'y', 'z'].map((chosen) => {
      const flagged = { ...base, reviewers: base.reviewers.map((r) => ({ ...r, calibrated: r.studentId === chosen })) };
      const picked = assignLate(flagged, late).added.map((p) => p.reviewerId);
      // Only a tie-breaker: the calibrated reviewer wins when they are as good as the plain choice.
      expect(picked).toEqual(equals.includes(chosen) ? [chosen] : plainPick);
      return picked[0];
    });
    // Here x, y and z are equally good (one review each), so whoever is calibrated gets the late essay.
    expect(equals).toEqual(['x', 'y', 'z']);
    expect(picks).toEqual(['x', 'y', 'z']);
  });

  it('changes nothing in the dynamic steps when nobody is calibrated', () => {
    fc.assert(
      fc.property(shapeOf(4, 2, 5, 3), (shape) => {
        const input = build(shape);
        const [first, ...rest] = input.submissions;
        if (!first) return;
        const start = allocateReviews(plain({ ...input, submissions: rest }));
        const noneCalibrated = { ...start, reviewers: start.reviewers.map((r) => ({ ...r, calibrated: false })) };
        expect(assignLate(noneCalibrated, first).added).toEqual(assignLate(start, first).added);
        expect(fillShortfalls(noneCalibrated).added).toEqual(fillShortfalls(start).added);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the dynamic rules with calibrated reviewers, for any sequence of late essays and starters', () => {
    fc.assert(
      fc.property(
        shapeOf(4, 2, 5, 3),
        fc.array(fc.array(fc.nat(40), { maxLength: 5 }), { maxLength: 6 }),
        (shape, events) => {
          const input = build({ ...shape, cross: true });
          let state: Allocation = allocateReviews(input);
          const step = (change: AllocationChange) => {
            state = change.allocation;
            // Never the author; a home-school reviewer only when every student of another school already reviews the essay.
            for (const p of change.added) {
              const s = state.submissions.find((e) => e.id === p.submissionId)!;
              const r = state.reviewers.find((x) => x.studentId === p.reviewerId)!;
              expect(r.studentId).not.toBe(s.studentId);
              if (r.schoolId !== s.schoolId) continue;
              const got = state.assignments.filter((a) => a.submissionId === s.id).map((a) => a.reviewerId);
              const idle = state.reviewers.filter(
                (x) => x.schoolId !== s.schoolId && x.studentId !== s.studentId && !got.includes(x.studentId),
              );
              expect(idle).toEqual([]);
            }
          };
          events.forEach((starters, i) => {
            const ids = state.reviewers.map((r) => r.studentId);
            const available = starters.map((n) => ids[n % ids.length]!);
            const { classId, schoolId } = state.reviewers[i % state.reviewers.length]!;
            step(assignLate(state, { id: `late-${i}`, studentId: `late-st-${i}`, classId, schoolId }, { available }));
            step(fillShortfalls(state, { available }));
          });
          const keys = state.assignments.map((p) => `${p.submissionId}/${p.reviewerId}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const s of state.submissions) {
            const got = state.assignments.filter((a) => a.submissionId === s.id).length;
            expect(got).toBeLessThanOrEqual(input.k);
            expect(state.shortfalls.find((f) => f.submissionId === s.id)?.missing ?? 0).toBe(
              Math.max(0, input.k - got),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
