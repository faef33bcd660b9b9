/** What a teacher needs to know about an allocation: short essays, home-school reviews, who does how many. */
import type {
  Allocation,
  AllocationFallback,
  AllocationShortfall,
  AllocationState,
  FallbackReason,
  ReviewerLoad,
  ReviewPair,
} from './types.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const pairKey = (p: ReviewPair) => `${p.submissionId}\u0000${p.reviewerId}`;

/** Per assignment, the index of its submission and of its reviewer in the state (-1: not there). */
export interface AssignmentIndex {
  submission: Int32Array;
  reviewer: Int32Array;
}

/** Recomputes loads, shortfalls, fallbacks and the summary from a state. */
export function describeAllocation(state: AllocationState): Allocation {
  const reviewerIndex = new Map<string, number>();
  state.reviewers.forEach((r, i) => reviewerIndex.set(r.studentId, i));
  const submissionIndex = new Map<string, number>();
  state.submissions.forEach((s, i) => submissionIndex.set(s.id, i));
  const n = state.assignments.length;
  const index = { submission: new Int32Array(n), reviewer: new Int32Array(n) };
  state.assignments.forEach((a, i) => {
    index.submission[i] = submissionIndex.get(a.submissionId) ?? -1;
    index.reviewer[i] = reviewerIndex.get(a.reviewerId) ?? -1;
  });
  return describeIndexed(state, index, reviewerIndex);
}

/**
 * Participants as numbers: school and class (a class is numbered within its school) of every reviewer
 * and submission, and whether a submission's author is in the reviewer pool. The allocation passes its
 * model's; otherwise they are computed from the ids.
 */
export interface ParticipantNumbers {
  schoolCount: number;
  classCount: number;
  revSchool: Int32Array;
  revClass: Int32Array;
  subSchool: Int32Array;
  subClass: Int32Array;
  /** The author's index in the reviewer pool, or -1. */
  subAuthor: Int32Array;
}

function numberParticipants(state: AllocationState, inPool: Map<string, number>): ParticipantNumbers {
  const schools = new Map<string, Map<string, number>>();
  const schoolNumber = new Map<string, number>();
  let classCount = 0;
  const { reviewers, submissions } = state;
  const ids: ParticipantNumbers = {
    schoolCount: 0,
    classCount: 0,
    revSchool: new Int32Array(reviewers.length),
    revClass: new Int32Array(reviewers.length),
    subSchool: new Int32Array(submissions.length),
    subClass: new Int32Array(submissions.length),
    subAuthor: Int32Array.from(submissions, (s) => inPool.get(s.studentId) ?? -1),
  };
  const put = (p: { schoolId: string; classId: string }, school: Int32Array, cls: Int32Array, i: number) => {
    let X = schoolNumber.get(p.schoolId);
    if (X === undefined) {
      schoolNumber.set(p.schoolId, (X = schoolNumber.size));
      schools.set(p.schoolId, new Map());
    }
    const classes = schools.get(p.schoolId)!;
    let c = classes.get(p.classId);
    if (c === undefined) classes.set(p.classId, (c = classCount++));
    school[i] = X;
    cls[i] = c;
  };
  reviewers.forEach((r, i) => put(r, ids.revSchool, ids.revClass, i));
  submissions.forEach((s, i) => put(s, ids.subSchool, ids.subClass, i));
  return { ...ids, schoolCount: schoolNumber.size, classCount };
}

/** The same, when the caller already knows where each assignment's submission and reviewer are. */
export function describeIndexed(
  state: AllocationState,
  index: AssignmentIndex,
  reviewerIndex?: Map<string, number>,
  known?: ParticipantNumbers,
): Allocation {
  const { k, reviewers, submissions } = state;
  const R = reviewers.length;
  let pool = reviewerIndex;
  const inPool = () => (pool ??= new Map<string, number>(reviewers.map((r, i): [string, number] => [r.studentId, i])));
  // Schools and classes as numbers, so the loops compare integers.
  const { revSchool, revClass, subSchool, subClass, subAuthor, schoolCount, classCount } =
    known ?? numberParticipants(state, inPool());
  const perSchool = new Int32Array(schoolCount);
  const perClass = new Int32Array(classCount);
  for (let r = 0; r < R; r++) {
    perSchool[revSchool[r]]++;
    perClass[revClass[r]]++;
  }
  const load = new Int32Array(R);
  const count = new Int32Array(submissions.length);
  const sameSchool = new Int32Array(submissions.length);
  const sameClass = new Int32Array(submissions.length);
  for (let i = 0; i < index.submission.length; i++) {
    const s = index.submission[i];
    const r = index.reviewer[i];
    if (r >= 0) load[r]++;
    if (s < 0) continue;
    count[s]++;
    if (r < 0 || revSchool[r] !== subSchool[s]) continue;
    sameSchool[s]++;
    if (revClass[r] === subClass[s]) sameClass[s]++;
  }
  const released = new Map<string, number>();
  for (const p of state.released)
    if (inPool().has(p.reviewerId)) released.set(p.submissionId, (released.get(p.submissionId) ?? 0) + 1);

  const fairShare = R > 0 ? Math.ceil(state.assignments.length / R) : 0;
  const shortfalls: AllocationShortfall[] = [];
  const fallbacks: AllocationFallback[] = [];
  const summary = {
    reviews: state.assignments.length,
    crossSchool: 0,
    sameSchool: 0,
    sameClass: 0,
    minLoad: 0,
    maxLoad: 0,
  };
  submissions.forEach((s, i) => {
    const eligible = R - (subAuthor[i] >= 0 ? 1 : 0) - (released.get(s.id) ?? 0);
    if (count[i] < k) shortfalls.push(shortfall(s.id, count[i], k, eligible));
    summary.sameSchool += sameSchool[i];
    summary.sameClass += sameClass[i];
    summary.crossSchool += count[i] - sameSchool[i];
    if (!state.crossSchoolOnly || sameSchool[i] === 0) return;
    const atSchool = perSchool[subSchool[i]] ?? 0;
    const elsewhere = R - atSchool;
    const otherClasses = atSchool - perClass[subClass[i]];
    const reason: FallbackReason =
      elsewhere === 0
        ? 'ONE_SCHOOL_ONLY'
        : elsewhere < Math.min(k, eligible)
          ? 'FEW_REVIEWERS_ELSEWHERE'
          : 'OTHER_SCHOOLS_FULL';
    fallbacks.push({
      submissionId: s.id,
      sameSchool: sameSchool[i],
      sameClass: sameClass[i],
      reason,
      message: fallbackMessage(reason, sameSchool[i], sameClass[i], elsewhere, otherClasses, fairShare),
    });
  });
  const loads: ReviewerLoad[] = reviewers.map((r, i) => ({ reviewerId: r.studentId, load: load[i] }));
  if (R > 0) {
    summary.minLoad = load.reduce((a, b) => Math.min(a, b), Infinity);
    summary.maxLoad = load.reduce((a, b) => Math.max(a, b), 0);
  }
  return { ...state, shortfalls, fallbacks, loads, summary };
}

function shortfall(submissionId: string, assigned: number, k: number, eligible: number): AllocationShortfall {
  const missing = k - assigned;
  if (assigned >= eligible)
    return {
      submissionId,
      assigned,
      missing,
      reason: 'POOL_TOO_SMALL',
      message:
        `Only ${plural(Math.max(0, eligible), 'other student')} in this exchange can review this essay, ` +
        `so it gets ${assigned} of the ${plural(k, 'review')} asked for.`,
    };
  return {
    submissionId,
    assigned,
    missing,
    reason: 'WAITING_FOR_REVIEWERS',
    message: `${missing} of the ${plural(k, 'review')} still to be assigned: they go to the next reviewers who start.`,
  };
}

function fallbackMessage(
  reason: FallbackReason,
  sameSchool: number,
  sameClass: number,
  elsewhere: number,
  otherClasses: number,
  fairShare: number,
): string {
  const home = `${plural(sameSchool, 'review comes', 'reviews come')} from the author's own school`;
  const why =
    reason === 'ONE_SCHOOL_ONLY'
      ? `No other school's students review in this exchange, so ${home}.`
      : reason === 'FEW_REVIEWERS_ELSEWHERE'
        ? `Only ${plural(elsewhere, 'student')} at other schools can review, so ${home}.`
        : `Students at other schools already write as many reviews as they can take (their fair share of about ${fairShare}, plus one), so ${home}.`;
  if (sameClass === 0)
    return `${why} ${sameSchool === 1 ? 'It is from another class' : 'They are from other classes'}.`;
  const classWhy =
    otherClasses === 0 ? 'no other class of the school takes part' : "the school's other classes had no room left";
  const who =
    sameClass === sameSchool
      ? sameSchool === 1
        ? 'It is'
        : 'All of them are'
      : `${sameClass} of them ${sameClass === 1 ? 'is' : 'are'}`;
  return `${why} ${who} from the author's own class, because ${classWhy}.`;
}
