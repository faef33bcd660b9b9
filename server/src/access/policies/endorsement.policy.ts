import { ADULTS, definePolicy, type Facts } from '../policy.js';

/** What decides a person's part in endorsing a review as an example. */
export interface EndorsementFacts extends Facts {
  /** A teacher of the review's exchange (its owner, invited, or teaching a participating class). */
  teachesExchange: boolean;
  /** Teaches the class of the review's writer or of the essay's author (who alone read the review). */
  readsReview: boolean;
  /** Teaches the class the review's writer is in for the exchange. */
  reviewersTeacher: boolean;
  /** Endorsed the review. */
  endorser: boolean;
}

/**
 * Endorsed reviews. A teacher who reads a review may endorse it as exemplary; it becomes an example
 * for students only with the approval of the writer's own teacher, who may also take it back. The
 * examples themselves are read through the exchange (`exchange.read`).
 */
export const endorsementPolicy = definePolicy<EndorsementFacts, EndorsementAction>(
  'Endorsed review',
  "everyone who is not a teacher of the review's exchange (in the network or not)",
  {
    endorse: {
      does: 'endorse a sent review as exemplary, with a note on what makes it helpful',
      allow: [
        {
          roles: ADULTS,
          when: "a teacher of the exchange who teaches the review's writer or the essay's author",
          test: (f) => f.teachesExchange && f.readsReview,
        },
      ],
      denied: "Only the teachers of the review's writer and of the essay's author can endorse this review.",
    },
    approve: {
      does: 'approve an endorsed review of their student as an example for other students',
      allow: [{ roles: ADULTS, when: "the review's writer's own teacher", test: (f) => f.reviewersTeacher }],
      denied: 'Only the teacher of the student who wrote this review can approve it as an example.',
    },
    withdraw: {
      does: "withdraw an endorsement (its endorser), or decline or withdraw the approval (the writer's teacher)",
      allow: [
        {
          roles: ADULTS,
          when: "the teacher who endorsed it, or the review's writer's own teacher",
          test: (f) => f.endorser || f.reviewersTeacher,
        },
      ],
      denied: "Only the teacher who endorsed this review, or its writer's teacher, can withdraw it.",
    },
  },
);

export type EndorsementAction = 'endorse' | 'approve' | 'withdraw';
