/**
 * The exchange after the first allocation: late essays, reviewers who start, reviews nobody started.
 * Pure: a state in, a new state (with what changed) out. The same rules as the allocation, one essay
 * at a time: never the author, never twice, never a pair that was taken away; then, in order, room left
 * under the balanced share, another school (then another class), a school the essay has no reviewer
 * from yet, the lightest load, a calibrated reviewer for an essay that has none yet (issue 15), and a
 * seeded tie-break.
 */
import { describeAllocation, pairKey } from './diagnostics.js';
import { normalizeParticipants } from './model.js';
import { pairRank } from './random.js';
import type {
  AllocationChange,
  AllocationReviewer,
  AllocationState,
  AllocationSubmission,
  ReviewPair,
} from './types.js';

interface Context {
  state: AllocationState;
  reviewerById: Map<string, AllocationReviewer>;
  load: Map<string, number>;
  reviewersOf: Map<string, string[]>;
  released: Set<string>;
}

function context(state: AllocationState): Context {
  const reviewerById = new Map(state.reviewers.map((r) => [r.studentId, r]));
  const load = new Map(state.reviewers.map((r) => [r.studentId, 0]));
  const reviewersOf = new Map(state.submissions.map((s) => [s.id, [] as string[]]));
  for (const a of state.assignments) {
    load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
    reviewersOf.get(a.submissionId)?.push(a.reviewerId);
  }
  return { state, reviewerById, load, reviewersOf, released: new Set(state.released.map(pairKey)) };
}

const eligible = (ctx: Context, s: AllocationSubmission, r: AllocationReviewer) =>
  r.studentId !== s.studentId &&
  !ctx.reviewersOf.get(s.id)!.includes(r.studentId) &&
  !ctx.released.has(pairKey({ submissionId: s.id, reviewerId: r.studentId }));

/** 0: another school (or any reviewer when the exchange is not cross-school), 1: another class, 2: own class. */
const tierOf = (ctx: Context, s: AllocationSubmission, r: AllocationReviewer) =>
  !ctx.state.crossSchoolOnly || r.schoolId !== s.schoolId ? 0 : r.classId !== s.classId ? 1 : 2;

/** The best tier any eligible reviewer of the whole pool offers this essay. */
function bestTier(ctx: Context, s: AllocationSubmission): number {
  let best = 3;
  for (const r of ctx.state.reviewers) if (eligible(ctx, s, r)) best = Math.min(best, tierOf(ctx, s, r));
  return best;
}

/**
 * Picks the best reviewer for `s` among `candidates` (see the order above), or null. With `maxTier`,
 * reviewers of a worse tier are not taken at all (the essay waits for a better one to start).
 */
function pickOne(
  ctx: Context,
  s: AllocationSubmission,
  candidates: readonly AllocationReviewer[],
  shareLimit: number | null,
  maxTier = 2,
): AllocationReviewer | null {
  const current = ctx.reviewersOf.get(s.id)!.map((id) => ctx.reviewerById.get(id));
  const schoolsOf = current.map((r) => r?.schoolId);
  const lacksCalibrated = !current.some((r) => r?.calibrated);
  let best: AllocationReviewer | null = null;
  let bestKey: number[] = [];
  for (const r of candidates) {
    if (!eligible(ctx, s, r)) continue;
    const load = ctx.load.get(r.studentId) ?? 0;
    const tier = tierOf(ctx, s, r);
    if (tier > maxTier) continue;
    const key = [
      shareLimit !== null && load >= shareLimit ? 1 : 0,
      tier,
      schoolsOf.filter((id) => id === r.schoolId).length,
      load,
      // Only among otherwise equal reviewers; with nobody calibrated it is the same for everyone.
      lacksCalibrated && !r.calibrated ? 1 : 0,
      pairRank(ctx.state.seed, s.id, r.studentId),
    ];
    if (!best || lexLess(key, bestKey)) {
      best = r;
      bestKey = key;
    }
  }
  return best;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

function assign(ctx: Context, s: AllocationSubmission, r: AllocationReviewer): ReviewPair {
  ctx.reviewersOf.get(s.id)!.push(r.studentId);
  ctx.load.set(r.studentId, (ctx.load.get(r.studentId) ?? 0) + 1);
  return { submissionId: s.id, reviewerId: r.studentId };
}

const comparePairs = (a: ReviewPair, b: ReviewPair) =>
  a.submissionId < b.submissionId
    ? -1
    : a.submissionId > b.submissionId
      ? 1
      : a.reviewerId < b.reviewerId
        ? -1
        : a.reviewerId > b.reviewerId
          ? 1
          : 0;

function change(
  state: AllocationState,
  added: ReviewPair[],
  removed: ReviewPair[],
  unresolved: ReviewPair[] = [],
): AllocationChange {
  const gone = new Set(removed.map(pairKey));
  const assignments = [...state.assignments.filter((a) => !gone.has(pairKey(a))), ...added].sort(comparePairs);
  const released = [...state.released, ...removed].sort(comparePairs);
  return { allocation: describeAllocation({ ...state, assignments, released }), added, removed, unresolved };
}

const time = (s: AllocationSubmission) =>
  s.submittedAt === undefined ? Infinity : new Date(s.submittedAt as string | number | Date).getTime();

export interface FillOptions {
  /** Reviewers who may take the reviews now (e.g. those starting to review); default: the whole pool. */
  available?: Iterable<string>;
  /** Only these submissions (default: every submission with fewer reviews than it should have). */
  submissionIds?: Iterable<string>;
}

/**
 * Gives essays that lack reviews (late essays, or essays waiting for reviewers) their missing reviews
 * from the available reviewers: fewest reviews first, then earliest submitted. Call it when reviewers
 * start reviewing; essays still short stay in `shortfalls` as WAITING_FOR_REVIEWERS. An essay is never
 * given a home-school reviewer while some other school's student could still review it: it waits.
 */
export function fillShortfalls(state: AllocationState, options: FillOptions = {}): AllocationChange {
  const ctx = context(state);
  const only = options.submissionIds ? new Set(options.submissionIds) : null;
  const available = options.available ? new Set(options.available) : null;
  const candidates = state.reviewers.filter((r) => !available || available.has(r.studentId));
  const releasedFrom = new Map<string, number>();
  for (const p of state.released)
    if (ctx.reviewerById.has(p.reviewerId))
      releasedFrom.set(p.submissionId, (releasedFrom.get(p.submissionId) ?? 0) + 1);
  const wanted = (s: AllocationSubmission) =>
    Math.min(
      state.k,
      state.reviewers.length - (ctx.reviewerById.has(s.studentId) ? 1 : 0) - (releasedFrom.get(s.id) ?? 0),
    );
  const targets = state.submissions
    .filter((s) => !only || only.has(s.id))
    .map((s) => ({ s, missing: wanted(s) - ctx.reviewersOf.get(s.id)!.length }))
    .filter((t) => t.missing > 0)
    .sort(
      (a, b) =>
        ctx.reviewersOf.get(a.s.id)!.length - ctx.reviewersOf.get(b.s.id)!.length ||
        time(a.s) - time(b.s) ||
        (a.s.id < b.s.id ? -1 : 1),
    );
  const total = state.assignments.length + targets.reduce((sum, t) => sum + t.missing, 0);
  const shareLimit = state.reviewers.length > 0 ? Math.ceil(total / state.reviewers.length) : 0;
  const added: ReviewPair[] = [];
  for (const { s, missing } of targets) {
    for (let i = 0; i < missing; i++) {
      const r = pickOne(ctx, s, candidates, shareLimit, bestTier(ctx, s));
      if (!r) break;
      added.push(assign(ctx, s, r));
    }
  }
  return change(state, added, []);
}

export interface LateOptions {
  /** Reviewers who may take the late essay now; default: the whole pool. */
  available?: Iterable<string>;
  /** Add the late author to the reviewer pool if missing (default true). */
  joinPool?: boolean;
}

/**
 * A late essay: adds it (and, by default, its author to the pool) and gives it reviewers from the
 * available ones. Submitting again with the same id only tops up missing reviews.
 */
export function assignLate(
  state: AllocationState,
  submission: AllocationSubmission,
  options: LateOptions = {},
): AllocationChange {
  const existing = state.submissions.find((s) => s.id === submission.id);
  if (existing && existing.studentId !== submission.studentId)
    throw new Error(`Submission ${submission.id} belongs to another student`);
  const joins = (options.joinPool ?? true) && !state.reviewers.some((r) => r.studentId === submission.studentId);
  const { submissions, reviewers } = normalizeParticipants(
    existing ? state.submissions : [...state.submissions, submission],
    joins
      ? [
          ...state.reviewers,
          { studentId: submission.studentId, classId: submission.classId, schoolId: submission.schoolId },
        ]
      : state.reviewers,
    state.k,
  );
  return fillShortfalls(
    { ...state, submissions, reviewers },
    { available: options.available, submissionIds: [submission.id] },
  );
}

/**
 * Reviews not started by the review due date go to students who have finished theirs: another school
 * first, then the fewest reviews. At this point a late review from the author's school beats none, so
 * a home-school reviewer is taken (and reported in `fallbacks`) when no finished student of another
 * school can; a review nobody finished can take stays where it is (`unresolved`). Pairs that are not
 * current assignments are ignored.
 */
export function reassignStale(
  state: AllocationState,
  stale: Iterable<ReviewPair>,
  finishedReviewers: Iterable<string>,
): AllocationChange {
  const ctx = context(state);
  const finished = new Set(finishedReviewers);
  const candidates = state.reviewers.filter((r) => finished.has(r.studentId));
  const submission = new Map(state.submissions.map((s) => [s.id, s]));
  const current = new Set(state.assignments.map(pairKey));
  const pairs = [...new Map([...stale].map((p) => [pairKey(p), p])).values()]
    .filter((p) => current.has(pairKey(p)) && submission.has(p.submissionId))
    .sort(comparePairs);
  const added: ReviewPair[] = [];
  const removed: ReviewPair[] = [];
  const unresolved: ReviewPair[] = [];
  for (const p of pairs) {
    const s = submission.get(p.submissionId)!;
    const list = ctx.reviewersOf.get(s.id)!;
    list.splice(list.indexOf(p.reviewerId), 1);
    ctx.released.add(pairKey(p));
    const r = pickOne(ctx, s, candidates, null);
    if (r) {
      ctx.load.set(p.reviewerId, (ctx.load.get(p.reviewerId) ?? 1) - 1);
      removed.push(p);
      added.push(assign(ctx, s, r));
    } else {
      list.push(p.reviewerId);
      ctx.released.delete(pairKey(p));
      unresolved.push(p);
    }
  }
  return change(state, added, removed, unresolved);
}
