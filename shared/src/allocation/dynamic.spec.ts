import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allocateReviews } from './allocate.js';
import { assignLate, fillShortfalls, reassignStale } from './dynamic.js';
import type {
  Allocation,
  AllocationChange,
  AllocationReviewer,
  AllocationState,
  AllocationSubmission,
  ReviewPair,
} from './types.js';

/** Schools by number of students (one class each unless `classes` says more); everyone submits. */
function exchange(sizes: number[], k = 3, classes = 1) {
  const reviewers: AllocationReviewer[] = [];
  const submissions: AllocationSubmission[] = [];
  sizes.forEach((n, x) => {
    for (let i = 0; i < n; i++) {
      const r = { studentId: `st-${x}-${i}`, classId: `class-${x}-${i % classes}`, schoolId: `school-${x}` };
      reviewers.push(r);
      submissions.push({ id: `essay-${x}-${i}`, ...r });
    }
  });
  return allocateReviews({ submissions, reviewers, k, seed: 'dynamic' });
}

const school = (state: AllocationState, studentId: string) =>
  state.reviewers.find((r) => r.studentId === studentId)!.schoolId;
const reviewersOf = (state: AllocationState, submissionId: string) =>
  state.assignments.filter((a) => a.submissionId === submissionId).map((a) => a.reviewerId);
const loadOf = (a: Allocation, id: string) => a.loads.find((l) => l.reviewerId === id)!.load;

function expectSound(a: Allocation): void {
  const author = new Map(a.submissions.map((s) => [s.id, s.studentId]));
  const keys = a.assignments.map((p) => `${p.submissionId}/${p.reviewerId}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const p of a.assignments) expect(p.reviewerId).not.toBe(author.get(p.submissionId));
  const released = new Set(a.released.map((p) => `${p.submissionId}/${p.reviewerId}`));
  for (const key of keys) expect(released.has(key)).toBe(false);
}

const late = (x: number, i: number, submittedAt = '2025-03-02T10:00:00Z'): AllocationSubmission => ({
  id: `late-${x}-${i}`,
  studentId: `late-st-${x}-${i}`,
  classId: `class-${x}-0`,
  schoolId: `school-${x}`,
  submittedAt,
});

describe('assignLate', () => {
  it('gives a late essay k reviewers from other schools, the least loaded first, and adds its author to the pool', () => {
    const before = exchange([6, 5, 7]);
    const frozen = JSON.stringify(before);
    const { allocation, added, removed } = assignLate(before, late(0, 1));
    expect(JSON.stringify(before)).toBe(frozen);
    expect(removed).toEqual([]);
    expect(added).toHaveLength(3);
    expect(new Set(added.map((p) => p.reviewerId)).size).toBe(3);
    for (const p of added) {
      expect(p.submissionId).toBe('late-0-1');
      expect(school(allocation, p.reviewerId)).not.toBe('school-0');
      expect(loadOf(before, p.reviewerId)).toBe(before.summary.minLoad);
    }
    // Spread: two other schools, so both are represented.
    expect(new Set(added.map((p) => school(allocation, p.reviewerId))).size).toBe(2);
    expect(allocation.reviewers.some((r) => r.studentId === 'late-st-0-1')).toBe(true);
    expect(allocation.shortfalls).toEqual([]);
    expect(allocation.fallbacks).toEqual([]);
    expect(allocation.summary.maxLoad - allocation.summary.minLoad).toBeLessThanOrEqual(4);
    expectSound(allocation);
  });

  it('takes only reviewers who are available now and lets the essay wait for the rest', () => {
    const before = exchange([4, 4, 4]);
    const first = assignLate(before, late(1, 1), { available: ['st-0-0', 'st-1-2'] });
    // st-1-2 is at the author's school: the essay waits for another school rather than take it.
    expect(first.added).toEqual([{ submissionId: 'late-1-1', reviewerId: 'st-0-0' }]);
    expect(first.allocation.shortfalls).toEqual([
      expect.objectContaining({ submissionId: 'late-1-1', assigned: 1, missing: 2, reason: 'WAITING_FOR_REVIEWERS' }),
    ]);
    const second = fillShortfalls(first.allocation, { available: ['st-0-0', 'st-2-3', 'st-2-1'] });
    expect(second.added.map((p) => p.reviewerId).sort()).toEqual(['st-2-1', 'st-2-3']);
    expect(second.allocation.shortfalls).toEqual([]);
    expectSound(second.allocation);
  });

  it('tops up instead of duplicating when the same late essay comes again, and refuses another author', () => {
    const once = assignLate(exchange([3, 3]), late(0, 1)).allocation;
    const twice = assignLate(once, late(0, 1));
    expect(twice.added).toEqual([]);
    expect(twice.allocation.assignments).toEqual(once.assignments);
    expect(() => assignLate(once, { ...late(0, 1), studentId: 'someone-else' })).toThrow(/another student/);
  });

  it('uses the home school only when no other school takes part', () => {
    const before = exchange([5], 2, 2);
    const { allocation, added } = assignLate(before, late(0, 9));
    expect(added).toHaveLength(2);
    expect(allocation.fallbacks.find((f) => f.submissionId === 'late-0-9')).toMatchObject({
      sameSchool: 2,
      reason: 'ONE_SCHOOL_ONLY',
    });
  });

  it('keeps every rule for any sequence of late essays and starting reviewers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(3), fc.array(fc.nat(40), { maxLength: 5 })), { maxLength: 8 }),
        (sizes, events) => {
          let state: Allocation = exchange(sizes, 3);
          const step = (change: AllocationChange) => {
            state = change.allocation;
            // A home-school reviewer only when every student of another school already reviews the essay.
            for (const p of change.added) {
              const s = state.submissions.find((e) => e.id === p.submissionId)!;
              if (school(state, p.reviewerId) !== s.schoolId) continue;
              const got = reviewersOf(state, s.id);
              const idle = state.reviewers.filter(
                (r) => r.schoolId !== s.schoolId && r.studentId !== s.studentId && !got.includes(r.studentId),
              );
              expect(idle).toEqual([]);
            }
          };
          events.forEach(([x, starters], i) => {
            const ids = state.reviewers.map((r) => r.studentId);
            const available = starters.map((n) => ids[n % ids.length]);
            step(assignLate(state, late(x % sizes.length, i), { available }));
            step(fillShortfalls(state, { available }));
          });
          expectSound(state);
          for (const s of state.submissions) {
            const got = reviewersOf(state, s.id);
            expect(got.length).toBeLessThanOrEqual(3);
            const short = state.shortfalls.find((f) => f.submissionId === s.id);
            expect(short?.missing ?? 0).toBe(3 - got.length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('reassignStale', () => {
  it('moves a review nobody started to a finished student of another school, never the author or a duplicate', () => {
    const before = exchange([5, 5, 5]);
    const stale = before.assignments.find((a) => a.submissionId === 'essay-0-0')!;
    const finished = before.reviewers.map((r) => r.studentId).filter((id) => id !== stale.reviewerId);
    const { allocation, added, removed, unresolved } = reassignStale(before, [stale], finished);
    expect(removed).toEqual([stale]);
    expect(unresolved).toEqual([]);
    expect(added).toHaveLength(1);
    const [next] = added;
    expect(next.submissionId).toBe('essay-0-0');
    expect(next.reviewerId).not.toBe('st-0-0');
    expect(finished).toContain(next.reviewerId);
    expect(reviewersOf(before, 'essay-0-0')).not.toContain(next.reviewerId);
    expect(school(allocation, next.reviewerId)).not.toBe('school-0');
    expect(reviewersOf(allocation, 'essay-0-0')).toHaveLength(3);
    expect(allocation.released).toEqual([stale]);
    expectSound(allocation);
  });

  it('never gives the essay back to the reviewer it was taken from', () => {
    const before = exchange([2, 2], 2);
    const stale = before.assignments.find((a) => a.submissionId === 'essay-0-0')!;
    // Only the stale reviewer and the author "finished": nobody else can take it.
    const { allocation, unresolved, added } = reassignStale(before, [stale], [stale.reviewerId, 'st-0-0']);
    expect(added).toEqual([]);
    expect(unresolved).toEqual([stale]);
    expect(allocation.assignments).toEqual(before.assignments);
    // After a real reassignment, topping up never brings the old reviewer back.
    const moved = reassignStale(before, [stale], ['st-0-1', 'st-1-0', 'st-1-1']).allocation;
    const filled = fillShortfalls(moved).allocation;
    expect(reviewersOf(filled, 'essay-0-0')).not.toContain(stale.reviewerId);
  });

  it('prefers the finished student with the fewest reviews and ignores pairs that are not assignments', () => {
    // A late essay makes three reviewers busier than the rest.
    const before = assignLate(exchange([4, 4, 4]), late(0, 1), { joinPool: false }).allocation;
    const stale = before.assignments.filter((a) => a.submissionId === 'essay-1-1').slice(0, 1);
    const bogus: ReviewPair = { submissionId: 'essay-1-1', reviewerId: 'nobody' };
    const finished = before.reviewers.map((r) => r.studentId);
    const { allocation, added, removed } = reassignStale(before, [...stale, bogus], finished);
    expect(removed).toEqual(stale);
    const taken = reviewersOf(before, 'essay-1-1');
    const candidates = finished.filter(
      (id) => school(before, id) !== 'school-1' && !taken.includes(id) && id !== stale[0].reviewerId,
    );
    expect(candidates).toContain(added[0].reviewerId);
    expect(loadOf(before, added[0].reviewerId)).toBe(Math.min(...candidates.map((id) => loadOf(before, id))));
    expectSound(allocation);
  });
});
