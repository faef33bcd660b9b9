import { rubricMaxScore, type RubricCriterion } from '@switchback/shared';
import type { ReceivedReview, ReviewCriterionView } from './dto/review.types.js';
import type { PeerReview } from './peer-review.entity.js';

/** A review's levels and comments laid out on the rubric's criteria, in the rubric's order. */
export function criteriaView(criteria: readonly RubricCriterion[], review: PeerReview): ReviewCriterionView[] {
  return criteria.map((c) => {
    const points = review.levels[c.id];
    const level = points === undefined ? undefined : c.levels.find((l) => l.points === points);
    return {
      criterionId: c.id,
      title: c.title,
      points: level ? level.points : null,
      levelLabel: level ? level.label : null,
      comment: review.comments[c.id] ?? '',
    };
  });
}

/** A submitted review as its author (or a teacher) reads it. */
export function receivedView(
  criteria: readonly RubricCriterion[],
  review: PeerReview,
  reviewerLabel: string,
  flagOpen: boolean,
  canRespond = false,
): ReceivedReview {
  return {
    id: review.id,
    reviewerLabel,
    criteria: criteriaView(criteria, review),
    strength: review.strength,
    nextStep: review.nextStep,
    score: review.score,
    maxScore: rubricMaxScore(criteria),
    submittedAt: review.submittedAt,
    helpfulness: review.helpfulness,
    helpfulnessComment: review.helpfulnessComment,
    flagOpen,
    hidden: review.hiddenAt !== null,
    canRespond,
  };
}
