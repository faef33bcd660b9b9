import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EXCHANGE_CLASS_STATUSES } from '@switchback/shared';
import { UserSummary } from '../../units/dto/unit.types.js';

/** A student in an exchange as the viewer may see them: a pseudonym, and a name only for their own teacher. */
@ObjectType('ExchangeParticipant')
export class ExchangeParticipant {
  @Field(() => String, { nullable: true, description: 'E.g. "Blue Heron"; given when the student starts writing.' })
  pseudonym: string | null;

  @Field(() => Boolean, { description: "Whether this is the viewer's own student." })
  isMine: boolean;

  @Field(() => String, { description: 'NOT_STARTED, DRAFT or SUBMITTED.' })
  status: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Int)
  wordCount: number;

  @Field(() => UserSummary, { nullable: true, description: "Null unless the viewer is this student's own teacher." })
  student: UserSummary | null;
}

@ObjectType('ExchangeProgress')
export class ExchangeProgress {
  @Field(() => Int, { description: 'Students enrolled in the class.' })
  enrolled: number;

  @Field(() => Int, { description: 'Students who have started an essay (draft or submitted).' })
  started: number;

  @Field(() => Int)
  submitted: number;
}

/**
 * A class in an exchange (or an invitation still waiting for a class). Its name and school are
 * given only to teachers of the same school: across schools a class is its teacher and its counts.
 */
@ObjectType('ExchangeClass')
export class ExchangeClassView {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: `One of ${EXCHANGE_CLASS_STATUSES.join(', ')}.` })
  status: string;

  @Field(() => ID, { nullable: true })
  classId: string | null;

  @Field(() => String, { nullable: true, description: 'Null across schools.' })
  className: string | null;

  @Field(() => String, { nullable: true, description: 'Null across schools.' })
  schoolName: string | null;

  @Field(() => UserSummary, { description: 'The class teacher, or the invited teacher.' })
  teacher: UserSummary;

  @Field(() => Boolean, { description: 'Whether the viewer teaches this class (or is the invited teacher).' })
  isMine: boolean;

  @Field(() => ExchangeProgress)
  progress: ExchangeProgress;

  @Field(() => [ExchangeParticipant], {
    description: "The viewer's own students all by name; others' only as pseudonyms once they start.",
  })
  participants: ExchangeParticipant[];
}

/** Words of a student's essay that would tell reviewers at other schools who wrote it. */
@ObjectType()
export class EssayGiveaway {
  @Field(() => String, { description: "'SCHOOL', 'TOWN' or 'NAME': what the words name." })
  kind: 'SCHOOL' | 'TOWN' | 'NAME';

  @Field({ description: 'The words as the essay writes them.' })
  phrase: string;
}

/** The viewer's own essay in an exchange. */
@ObjectType('Submission')
export class SubmissionView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  exchangeId: string;

  @Field(() => String, { description: 'How others see you in this exchange.' })
  pseudonym: string;

  @Field(() => String, { description: 'The latest text (autosaved).' })
  body: string;

  @Field(() => String, { nullable: true, description: 'The text reviewers get: the last one submitted.' })
  submittedBody: string | null;

  @Field(() => String, { description: 'DRAFT until first submitted, then SUBMITTED.' })
  status: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Boolean, { description: 'The text changed since it was last submitted.' })
  hasUnsubmittedChanges: boolean;

  @Field(() => Int)
  wordCount: number;

  @Field(() => Date)
  updatedAt: Date;
}
