import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** Whether an exchange asks students to practise on example essays before they review. */
@ObjectType('ExchangeCalibration')
export class ExchangeCalibration {
  @Field(() => Boolean, { description: 'Students score example essays before they review.' })
  on: boolean;

  @Field(() => Int, { description: 'How many example essays (anchor papers) students score: 0, 2 or 3.' })
  anchorCount: number;

  @Field(() => [ID], {
    nullable: true,
    description: "The chosen anchor papers' ids, for the exchange's teachers; null for students.",
  })
  anchorEssayIds: string[] | null;
}

@ObjectType('AgreedLevel')
export class AgreedLevel {
  @Field(() => String)
  criterionId: string;

  @Field(() => String)
  title: string;

  @Field(() => Int, { description: 'The points of the level the teachers agreed.' })
  points: number;

  @Field(() => String, { description: 'The level\'s label ("Strong").' })
  levelLabel: string;

  @Field(() => String, { description: "The teachers' short rationale." })
  rationale: string;
}

/** An anchor paper of the exchange's rubric a teacher may choose: text only, never a name or school. */
@ObjectType('AnchorPaperChoice')
export class AnchorPaperChoice {
  @Field(() => ID)
  essayId: string;

  @Field(() => String, { description: 'Where it comes from: "Essay 2 of <round title>".' })
  label: string;

  @Field(() => String)
  body: string;

  @Field(() => [AgreedLevel])
  agreed: AgreedLevel[];
}

/** One criterion of a student's try beside the teachers' agreed level (after the try). */
@ObjectType('CalibrationComparison')
export class CalibrationComparison {
  @Field(() => String)
  criterionId: string;

  @Field(() => String)
  title: string;

  @Field(() => Int, { nullable: true, description: 'The points you chose (null: not scored).' })
  yours: number | null;

  @Field(() => String, { nullable: true })
  yourLabel: string | null;

  @Field(() => Int)
  agreed: number;

  @Field(() => String)
  agreedLabel: string;

  @Field(() => String)
  rationale: string;

  @Field(() => Int, { description: 'How many levels apart your choice and the agreed level are.' })
  levelsAway: number;
}

/** One example essay of a student's calibration: text only (never a name or school). */
@ObjectType('StudentCalibrationEssay')
export class StudentCalibrationEssay {
  @Field(() => ID)
  essayId: string;

  @Field(() => Int, { description: '1-based: "Example essay 1".' })
  position: number;

  @Field(() => String)
  body: string;

  @Field(() => Int, { description: 'Tries made: 0, 1 or 2.' })
  tries: number;

  @Field(() => Boolean, { description: 'The first try was far off: one more try is open (and needed).' })
  secondTryOpen: boolean;

  @Field(() => Boolean, { description: 'Nothing more to do on this essay.' })
  done: boolean;

  @Field(() => Float, { nullable: true, description: 'Accuracy of the last try, 0 to 1.' })
  accuracy: number | null;

  @Field(() => [CalibrationComparison], {
    description:
      'The last try beside the agreed levels and rationales (empty before the first try; teachers see the agreed levels).',
  })
  comparison: CalibrationComparison[];
}

/** A student's calibration in an exchange (teachers: a preview). */
@ObjectType('StudentCalibration')
export class StudentCalibration {
  @Field(() => ID)
  exchangeId: string;

  @Field(() => Boolean, { description: 'Calibration is on for this exchange.' })
  on: boolean;

  @Field(() => Boolean, { description: 'You may practise now (students, once your essay is in, until reviews close).' })
  canPractise: boolean;

  @Field(() => Boolean, { description: 'Every example essay is done: reviews are open to you (always true when off).' })
  finished: boolean;

  @Field(() => Float, { nullable: true, description: "Your accuracy: the mean of your essays' last tries (0 to 1)." })
  accuracy: number | null;

  @Field(() => [StudentCalibrationEssay])
  essays: StudentCalibrationEssay[];
}

/** A reviewer's accuracy, for the exchange's teachers (own students by name, others by pseudonym). */
@ObjectType('ReviewerAccuracy')
export class ReviewerAccuracyRow {
  @Field(() => String)
  label: string;

  @Field(() => Boolean)
  isMine: boolean;

  @Field(() => Int, { description: 'Example essays scored.' })
  essaysScored: number;

  @Field(() => Float, { nullable: true, description: '0 to 1; null until they scored an example essay.' })
  accuracy: number | null;

  @Field(() => Boolean, { description: 'Accuracy at or above the calibrated threshold.' })
  calibrated: boolean;
}

@ObjectType('WeightedReceivedScore')
export class WeightedReceivedScore {
  @Field(() => String)
  reviewerLabel: string;

  @Field(() => Float)
  score: number;

  @Field(() => Float, { nullable: true })
  accuracy: number | null;

  @Field(() => Boolean, { description: 'Far from what the other reviewers gave.' })
  outlier: boolean;
}

/** The scores one essay received: plain mean, mean weighted by reviewer accuracy, outliers marked. */
@ObjectType('EssayWeightedScore')
export class EssayWeightedScore {
  @Field(() => String, { description: 'The writer: your student by name, others by pseudonym.' })
  label: string;

  @Field(() => Boolean)
  isMine: boolean;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  weightedMean: number | null;

  @Field(() => [WeightedReceivedScore])
  scores: WeightedReceivedScore[];
}

/** Calibration in a teacher's results (null when calibration is off). */
@ObjectType('CalibrationResults')
export class CalibrationResults {
  @Field(() => Int)
  anchorCount: number;

  @Field(() => [ReviewerAccuracyRow])
  reviewers: ReviewerAccuracyRow[];

  @Field(() => [EssayWeightedScore])
  essays: EssayWeightedScore[];
}
