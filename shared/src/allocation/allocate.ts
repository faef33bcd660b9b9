/**
 * Who reviews whose essay in a cross-school peer-feedback exchange. Pure and deterministic for a seed.
 *
 * Rules, most important first: never one's own essay and never the same essay twice; every essay gets
 * k reviews when the pool has k other students; nobody writes more than one review over the fair
 * share floor(T/R) (T reviews, R reviewers) unless the pool leaves no other way; reviewers from other
 * schools whenever another school's students can take the review within that limit (else another
 * class of the author's school, and the author's own class last, reported in `fallbacks`); as few
 * reviewers above the fair share as possible; an essay's reviewers from as many different schools as
 * possible (2 + 2 beats 3 + 1); each school's essays spread over the other schools in proportion to
 * their size; loads even inside each school.
 *
 * plan.ts decides the amounts (min-cost flows over schools, then over the classes of a school that
 * must review its own essays), realize.ts names the reviewers, even.ts evens loads among
 * schoolmates, and calibrated.ts, only as a tie-breaker, swaps calibrated reviewers (issue 15) to
 * essays that have none where the swap changes nothing the rules look at. The property tests
 * compare the result with an exact individual-level optimum: load limits, home-school and own-class
 * counts always match it; the spread over schools matches it whenever no essay needs a home-school
 * reviewer.
 */
import { preferCalibrated } from './calibrated.js';
import { describeIndexed } from './diagnostics.js';
import { evenLoads } from './even.js';
import { buildModel, normalizeParticipants } from './model.js';
import { planSchools } from './plan.js';
import { createRandom } from './random.js';
import { realize } from './realize.js';
import type { Allocation, AllocationInput, ReviewPair } from './types.js';

/** Allocates reviewers; also says how many reviews had to leave the plan (0 except in degenerate pools). */
export function allocateReviewsDetailed(input: AllocationInput): { allocation: Allocation; repaired: number } {
  const crossSchoolOnly = input.crossSchoolOnly ?? true;
  const { submissions, reviewers } = normalizeParticipants(input.submissions, input.reviewers, input.k);
  const model = buildModel(submissions, reviewers, input.k, crossSchoolOnly, createRandom(input.seed));
  const schools = planSchools(model);
  const { reviewersOf, repaired } = realize(model, schools);
  evenLoads(model, reviewersOf);
  preferCalibrated(model, reviewersOf);
  const total = reviewersOf.reduce((sum, list) => sum + list.length, 0);
  // Pushed, not preallocated: new Array(n) of this size starts in V8's slow dictionary mode.
  const assignments: ReviewPair[] = [];
  const index = { submission: new Int32Array(total), reviewer: new Int32Array(total) };
  // Ids in one array: reading them from 100k scattered reviewer objects costs a cache miss each.
  const reviewerIds = reviewers.map((r) => r.studentId);
  let i = 0;
  for (let s = 0; s < reviewersOf.length; s++) {
    const list = reviewersOf[s];
    const submissionId = submissions[s].id;
    // Reviewers are sorted by id, so index order is id order (insertion sort: k is small).
    for (let a = 1; a < list.length; a++)
      for (let b = a; b > 0 && list[b - 1] > list[b]; b--) [list[b - 1], list[b]] = [list[b], list[b - 1]];
    for (let j = 0; j < list.length; j++) {
      const r = list[j];
      assignments.push({ submissionId, reviewerId: reviewerIds[r] });
      index.submission[i] = s;
      index.reviewer[i++] = r;
    }
  }
  const state = { k: input.k, crossSchoolOnly, seed: input.seed, submissions, reviewers, assignments, released: [] };
  const allocation = describeIndexed(state, index, undefined, model);
  return { allocation, repaired };
}

/** Allocates k reviewers to every submission (see the rules above). */
export function allocateReviews(input: AllocationInput): Allocation {
  return allocateReviewsDetailed(input).allocation;
}
