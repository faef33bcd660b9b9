import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReceivedReview } from '../../dto/review.types.js';

/** One criterion of an example: the criterion's title and the reviewer's comment on it. */
@ObjectType()
export class ExampleComment {
  @Field(() => String)
  criterionTitle: string;

  @Field(() => String)
  comment: string;
}

/**
 * An endorsed and approved review, as students read it before they review: signed only by the
 * reviewer's pseudonym in its exchange, without the essay, its writer, a class or a school.
 */
@ObjectType()
export class ExampleReview {
  @Field(() => ID)
  id: string;

  @Field(() => String, {
    description: 'The reviewer\'s pseudonym in the exchange it was written in, e.g. "Blue Heron".',
  })
  reviewerPseudonym: string;

  @Field(() => String, { description: 'The title of the exchange (its prompt) the review was written for.' })
  exchangeTitle: string;

  @Field(() => Boolean, { description: 'Written with the same rubric (any version) as this exchange.' })
  sameRubric: boolean;

  @Field(() => [ExampleComment], { description: 'The comments, by criterion, in the rubric order.' })
  comments: ExampleComment[];

  @Field(() => String)
  strength: string;

  @Field(() => String)
  nextStep: string;

  @Field(() => String, { description: 'What the endorsing teacher found helpful in it (may be empty).' })
  note: string;

  @Field(() => Date)
  approvedAt: Date;
}

/** An endorsement of a review, for the teachers of the exchange who read that review. */
@ObjectType()
export class ReviewEndorsementView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  reviewId: string;

  @Field(() => String, { description: 'AWAITING_APPROVAL or APPROVED.' })
  status: string;

  @Field(() => String)
  note: string;

  @Field(() => String, { description: 'The endorsing teacher\'s name ("you" is `endorsedByMe`).' })
  endorsedBy: string;

  @Field(() => Boolean)
  endorsedByMe: boolean;

  @Field(() => String, { description: "The review's writer: your own student by name, anyone else by pseudonym." })
  reviewerLabel: string;

  @Field(() => String, { description: "The essay's author, named the same way." })
  authorLabel: string;

  @Field(() => Boolean, { description: "You teach the review's writer: approve it to show it as an example." })
  mayApprove: boolean;

  @Field(() => Boolean, { description: 'You endorsed it or teach its writer: you may withdraw it.' })
  mayWithdraw: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  approvedAt: Date | null;

  @Field(() => ReceivedReview)
  review: ReceivedReview;
}
