/**
 * Feedback on feedback, taught (issue 15, item 3): a teacher endorses a helpful review; with the
 * reviewer's own teacher's approval it becomes an example students read before they review.
 */

export const ENDORSEMENT_LIMITS = {
  /** The endorsing teacher's note on what makes the review helpful. */
  noteMax: 500,
  /** Examples shown before a student reviews, newest first. */
  examplesShown: 3,
} as const;

/** AWAITING_APPROVAL: endorsed, waiting for the reviewer's own teacher. APPROVED: shown as an example. */
export const ENDORSEMENT_STATUSES = ['AWAITING_APPROVAL', 'APPROVED'] as const;
export type EndorsementStatus = (typeof ENDORSEMENT_STATUSES)[number];
