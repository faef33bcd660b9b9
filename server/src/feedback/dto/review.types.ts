import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalibrationResults } from '../student-calibration/dto/student-calibration.types.js';
import { UserSummary } from '../../units/dto/unit.types.js';

/** One criterion of a review: the chosen level (points and label) and the comment. */
@ObjectType('ReviewCriterion')
export class ReviewCriterionView {
  @Field(() => String)
  criterionId: string;

  @Field(() => String)
  title: string;

  @Field(() => Int, { nullable: true, description: 'Points of the chosen level; null until chosen.' })
  points: number | null;

  @Field(() => String, { nullable: true, description: 'Label of the chosen level.' })
  levelLabel: string | null;

  @Field(() => String)
  comment: string;
}

/** A review the viewer was asked to write: the essay (by its author's pseudonym) and the review so far. */
@ObjectType('ReviewAssignment')
export class ReviewAssignment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  exchangeId: string;

  @Field(() => String, { description: 'ASSIGNED, STARTED or SUBMITTED.' })
  status: string;

  @Field(() => String, { description: 'The essay\'s author as a pseudonym, e.g. "Blue Heron".' })
  authorPseudonym: string;

  @Field(() => String, { description: 'The essay as submitted.' })
  essay: string;

  @Field(() => Int)
  essayWordCount: number;

  @Field(() => [ReviewCriterionView], { description: 'One per rubric criterion, in the rubric order.' })
  criteria: ReviewCriterionView[];

  @Field(() => String)
  strength: string;

  @Field(() => String)
  nextStep: string;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Boolean, { description: 'A teacher hid this review: its author does not see it.' })
  hidden: boolean;

  @Field(() => Boolean, { description: 'Whether the reviewer may still change and send it now.' })
  editable: boolean;
}

/** A review of the viewer's essay (students), or of their student's essay (teachers). */
@ObjectType('ReceivedReview')
export class ReceivedReview {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The reviewer\'s pseudonym (double-blind), or "Reviewer 1", "Reviewer 2"…' })
  reviewerLabel: string;

  @Field(() => [ReviewCriterionView])
  criteria: ReviewCriterionView[];

  @Field(() => String)
  strength: string;

  @Field(() => String)
  nextStep: string;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Float)
  maxScore: number;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The author's helpfulness rating, 1–5." })
  helpfulness: number | null;

  @Field(() => String, { nullable: true })
  helpfulnessComment: string | null;

  @Field(() => Boolean, { description: 'The author has flagged it and a teacher has not resolved it yet.' })
  flagOpen: boolean;

  @Field(() => Boolean, { description: 'Hidden by a teacher (teachers only ever see hidden reviews).' })
  hidden: boolean;

  @Field(() => Boolean, { description: 'Whether the viewer (its author) may rate or report it now.' })
  canRespond: boolean;
}

/** A flagged review, for the author's and the reviewer's teachers. */
@ObjectType('ReviewFlag')
export class ReviewFlagView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  reviewId: string;

  @Field(() => String)
  reason: string;

  @Field(() => String, { description: 'OPEN or RESOLVED.' })
  status: string;

  @Field(() => String, { nullable: true, description: 'HIDE or KEEP once resolved.' })
  resolution: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => String, { description: "The essay's author: a name for their own teacher, else a pseudonym." })
  authorLabel: string;

  @Field(() => String, { description: 'The reviewer: a name for their own teacher, else a pseudonym.' })
  reviewerLabel: string;

  @Field(() => ReceivedReview, { description: 'The review, to decide on.' })
  review: ReceivedReview;
}

@ObjectType('CompletionRow')
export class CompletionRow {
  @Field(() => String, { description: 'A class or a school; other schools are named by their teacher.' })
  label: string;

  @Field(() => Boolean, { description: 'Your class, or your school.' })
  isMine: boolean;

  @Field(() => Int)
  students: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int, { description: 'Essays submitted after the deadline.' })
  late: number;

  @Field(() => Int, { description: 'Reviews these students were asked to write (current assignments).' })
  reviewsAssigned: number;

  @Field(() => Int)
  reviewsSubmitted: number;
}

@ObjectType('LevelCount')
export class LevelCount {
  @Field(() => Int)
  points: number;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('CriterionDistribution')
export class CriterionDistribution {
  @Field(() => String)
  criterionId: string;

  @Field(() => String)
  title: string;

  @Field(() => [LevelCount], { description: 'How many reviews chose each level, in the rubric order.' })
  levels: LevelCount[];

  @Field(() => Float, { nullable: true })
  averagePoints: number | null;
}

@ObjectType('ReviewerHelpfulness')
export class ReviewerHelpfulness {
  @Field(() => String, { description: 'Your student by name; others by pseudonym.' })
  label: string;

  @Field(() => Boolean)
  isMine: boolean;

  @Field(() => Int)
  reviewsSubmitted: number;

  @Field(() => Int)
  ratings: number;

  @Field(() => Float, { nullable: true })
  averageHelpfulness: number | null;
}

/** One of the viewer's own students in an exchange. */
@ObjectType('StudentResult')
export class StudentResult {
  @Field(() => UserSummary)
  student: UserSummary;

  @Field(() => String, { nullable: true })
  pseudonym: string | null;

  @Field(() => ID, { nullable: true, description: "The student's essay (what the showcase presents), once started." })
  submissionId: string | null;

  @Field(() => String, { description: 'NOT_STARTED, DRAFT or SUBMITTED.' })
  status: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Boolean)
  late: boolean;

  @Field(() => Float, { nullable: true, description: 'Average weighted score of the visible reviews received.' })
  averageScore: number | null;

  @Field(() => Int)
  reviewsAssigned: number;

  @Field(() => Int)
  reviewsSubmitted: number;

  @Field(() => [ReceivedReview], { description: "Reviews of this student's essay (hidden ones marked)." })
  received: ReceivedReview[];
}

/** A teacher's results of an exchange. */
@ObjectType('ExchangeResults')
export class ExchangeResults {
  @Field(() => ID)
  exchangeId: string;

  @Field(() => Float)
  maxScore: number;

  @Field(() => [CompletionRow])
  classes: CompletionRow[];

  @Field(() => [CompletionRow])
  schools: CompletionRow[];

  @Field(() => [CriterionDistribution])
  criteria: CriterionDistribution[];

  @Field(() => [ReviewerHelpfulness])
  helpfulness: ReviewerHelpfulness[];

  @Field(() => [ReviewFlagView], { description: 'Flags on reviews by or of your students.' })
  flags: ReviewFlagView[];

  @Field(() => [StudentResult])
  students: StudentResult[];

  @Field(() => [String], {
    description: 'What the allocation could not do as asked (same-school reviewers, shortfalls).',
  })
  allocationNotes: string[];

  @Field(() => CalibrationResults, {
    nullable: true,
    description: "Reviewers' accuracy and accuracy-weighted scores (null when calibration is off).",
  })
  calibration: CalibrationResults | null;
}
