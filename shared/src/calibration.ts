/**
 * Agreeing on quality (issue 15): teachers' calibration rounds on a rubric, students' calibration
 * before they review, endorsed reviews, and the network's showcase. The names here are the contract
 * between server and client; the statistics live in `calibration-stats.ts` (agreement, Krippendorff's
 * alpha) and `reviewer-accuracy.ts` (a student's accuracy, weighted scores); docs/calibration.md
 * defines them in words.
 */

/** SCORING: each teacher scores blind. REVEALED: everyone sees every score, discusses, the facilitator agrees cell by cell. AGREED: every cell has an agreed score; the essays are anchor papers. */
export const CALIBRATION_ROUND_STATUSES = ['SCORING', 'REVEALED', 'AGREED'] as const;
export type CalibrationRoundStatus = (typeof CALIBRATION_ROUND_STATUSES)[number];

export const CALIBRATION_LIMITS = {
  titleMax: 120,
  /** A round has 3 to 6 anchor essays. */
  essaysMin: 3,
  essaysMax: 6,
  essayMin: 40,
  essayMax: 20_000,
  rationaleMin: 10,
  rationaleMax: 600,
  commentMax: 2_000,
  /** The cells with the widest disagreement get discussion threads first: this many at most. */
  disputedCellsShown: 6,
  /** A student's calibration in an exchange uses 2 or 3 anchor papers. */
  studentAnchorsMin: 2,
  studentAnchorsMax: 3,
} as const;

/**
 * A student gets a second try on an anchor essay when their first try is "far off": accuracy on
 * that essay below `secondTryBelow`, or any criterion two or more levels from the agreed score.
 * A reviewer is "calibrated" (accurate) when their accuracy is at least `accurateFrom`.
 */
export const STUDENT_CALIBRATION = {
  secondTryBelow: 0.7,
  farOffLevels: 2,
  accurateFrom: 0.8,
  /** Weight of a review by a reviewer without an accuracy (calibration off, or not done). */
  uncalibratedWeight: 0.5,
} as const;

/** Why a student's review waits (the API's refusal, and the review page's cue to the example essays). */
export const CALIBRATE_FIRST = 'Score the example essays first: they show what each level looks like.';

/** What a showcase item presents. STUDENT_WORK is an essay of an exchange, pseudonymous, with its teacher's approval. */
export const SHOWCASE_KINDS = ['UNIT', 'LESSON_STUDY', 'EXCHANGE', 'REFLECTION', 'STUDENT_WORK'] as const;
export type ShowcaseKind = (typeof SHOWCASE_KINDS)[number];

/** PUBLISHED: on the showcase. AWAITING_APPROVAL: student work waiting for the writer's own teacher. */
export const SHOWCASE_STATUSES = ['PUBLISHED', 'AWAITING_APPROVAL'] as const;
export type ShowcaseStatus = (typeof SHOWCASE_STATUSES)[number];

/** Warm feedback only (author's chair): what worked, and what I will borrow. */
export const SHOWCASE_RESPONSE_KINDS = ['WORKED', 'BORROW'] as const;
export type ShowcaseResponseKind = (typeof SHOWCASE_RESPONSE_KINDS)[number];

export const SHOWCASE_LIMITS = {
  titleMax: 120,
  bodyMin: 20,
  bodyMax: 4_000,
  responseMin: 10,
  responseMax: 1_000,
  /** Items per page of the showcase. */
  pageSize: 20,
} as const;

/** The prompt shown for each warm response kind. */
export const SHOWCASE_RESPONSE_PROMPTS: Record<ShowcaseResponseKind, string> = {
  WORKED: 'What worked',
  BORROW: 'What I will borrow',
};
