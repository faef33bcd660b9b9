import type { AllocationSeed } from './random.js';

export type { AllocationSeed } from './random.js';

/** An essay to be reviewed. `studentId` is its author; class and school are the author's. */
export interface AllocationSubmission {
  id: string;
  studentId: string;
  classId: string;
  schoolId: string;
  /** Orders late submissions and top-ups (earliest first); not used by the initial allocation. */
  submittedAt?: string | number | Date;
}

/** A student who can review: a student of one of the exchange's classes. */
export interface AllocationReviewer {
  studentId: string;
  classId: string;
  schoolId: string;
  /**
   * A reviewer whose calibration accuracy is high enough (`isAccurate`). Only a tie-breaker: essays
   * without a calibrated reviewer get one where that changes nothing the rules look at.
   */
  calibrated?: boolean;
}

/** One review to write: `reviewerId` is the reviewer's student id. */
export interface ReviewPair {
  submissionId: string;
  reviewerId: string;
}

export interface AllocationInput {
  submissions: readonly AllocationSubmission[];
  reviewers: readonly AllocationReviewer[];
  /** Reviews per submission (and so, roughly, per reviewer). */
  k: number;
  /** Reviewers come from other schools (default true); same-school reviews only when no other school can cover. */
  crossSchoolOnly?: boolean;
  seed: AllocationSeed;
}

/** Everything the dynamic steps need; the server can rebuild it from its rows. */
export interface AllocationState {
  k: number;
  crossSchoolOnly: boolean;
  seed: AllocationSeed;
  submissions: readonly AllocationSubmission[];
  reviewers: readonly AllocationReviewer[];
  assignments: readonly ReviewPair[];
  /** Pairs taken away by a reassignment; never given again. */
  released: readonly ReviewPair[];
}

/**
 * POOL_TOO_SMALL: fewer than k other students can review this essay at all.
 * WAITING_FOR_REVIEWERS: reviewers exist but none was available yet (late essays, before reviewers start).
 */
export type ShortfallReason = 'POOL_TOO_SMALL' | 'WAITING_FOR_REVIEWERS';

export interface AllocationShortfall {
  submissionId: string;
  assigned: number;
  missing: number;
  reason: ShortfallReason;
  /** For the teacher. */
  message: string;
}

/**
 * Why an essay got reviewers from its author's own school although the exchange is cross-school:
 * ONE_SCHOOL_ONLY: no reviewer of another school takes part.
 * FEW_REVIEWERS_ELSEWHERE: other schools have fewer than k students who can review.
 * OTHER_SCHOOLS_FULL: the other schools' students already write their fair share of reviews plus one.
 */
export type FallbackReason = 'ONE_SCHOOL_ONLY' | 'FEW_REVIEWERS_ELSEWHERE' | 'OTHER_SCHOOLS_FULL';

export interface AllocationFallback {
  submissionId: string;
  /** Reviews by students of the author's school (including the author's class). */
  sameSchool: number;
  /** Of those, reviews by students of the author's own class. */
  sameClass: number;
  reason: FallbackReason;
  /** For the teacher. */
  message: string;
}

export interface ReviewerLoad {
  reviewerId: string;
  load: number;
}

export interface AllocationSummary {
  reviews: number;
  crossSchool: number;
  sameSchool: number;
  sameClass: number;
  minLoad: number;
  maxLoad: number;
}

/** The state plus what a teacher needs to know about it. */
export interface Allocation extends AllocationState {
  shortfalls: AllocationShortfall[];
  fallbacks: AllocationFallback[];
  /** One entry per reviewer of the pool, by reviewer id. */
  loads: ReviewerLoad[];
  summary: AllocationSummary;
}

/** What a dynamic step changed: write `removed` and `added`, then keep `allocation`. */
export interface AllocationChange {
  allocation: Allocation;
  added: ReviewPair[];
  removed: ReviewPair[];
  /** Stale assignments left in place because no finished reviewer could take them. */
  unresolved: ReviewPair[];
}
