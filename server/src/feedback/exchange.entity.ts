import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  EXCHANGE_ANONYMITY,
  EXCHANGE_PHASES,
  EXCHANGE_LIMITS,
  type ExchangeAnonymity,
  type ExchangePhase,
} from '@switchback/shared';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ExchangePhaseEnum = asEnum(EXCHANGE_PHASES);
export const ExchangeAnonymityEnum = asEnum(EXCHANGE_ANONYMITY);
registerEnumType(ExchangePhaseEnum, {
  name: 'ExchangePhase',
  description: 'DRAFT → SUBMISSION → REVIEW → FEEDBACK → CLOSED.',
});
registerEnumType(ExchangeAnonymityEnum, {
  name: 'ExchangeAnonymity',
  description: 'DOUBLE_BLIND: authors and reviewers see only pseudonyms. REVIEWERS_ANONYMOUS: reviewers are hidden.',
});

/**
 * A peer-feedback exchange: classes of several schools write essays on one prompt and review each
 * other's with one rubric version (locked when the exchange is created).
 */
@ObjectType('Exchange')
@Entity('exchange')
export class Exchange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID, { description: 'The teacher who created it (and alone advances it).' })
  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: EXCHANGE_LIMITS.titleMax })
  title: string;

  @Field(() => String, { description: 'The essay prompt and instructions for students.' })
  @Column({ type: 'text' })
  prompt: string;

  @Field(() => ID, { description: 'The rubric version used; it is locked.' })
  @Column({ type: 'uuid' })
  rubricId: string;

  @Field(() => Int, { description: 'Reviews each submission gets (k), from 1 to 6.' })
  @Column({ type: 'int', default: EXCHANGE_LIMITS.reviewsDefault })
  reviewsPerSubmission: number;

  @Field(() => ExchangeAnonymityEnum)
  @Column({ type: 'varchar', length: 24 })
  anonymity: ExchangeAnonymity;

  @Field(() => Boolean, { description: 'Reviewers come only from other schools (when the classes allow).' })
  @Column({ type: 'boolean', default: true })
  crossSchoolOnly: boolean;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  submissionDueAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  reviewDueAt: Date;

  @Field(() => Boolean, {
    description:
      'Essays submitted after the deadline are still taken, until reviews are due, and get reviewers as reviewers start.',
  })
  @Column({ type: 'boolean', default: true })
  acceptLateEssays: boolean;

  @Field(() => Date, { nullable: true, description: 'When reviews were allocated (entering REVIEW).' })
  @Column({ type: 'timestamptz', nullable: true })
  reviewsAllocatedAt: Date | null;

  /** When reviews nobody started by the review due date were reassigned (once). */
  @Column({ type: 'timestamptz', nullable: true })
  staleReviewsReassignedAt: Date | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  feedbackReleaseAt: Date;

  @Field(() => ExchangePhaseEnum)
  @Index()
  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  phase: ExchangePhase;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  phaseChangedAt: Date;

  /** Shuffles this exchange's pseudonyms (see `pseudonymFor`). */
  @Column({ type: 'int' })
  pseudonymSeed: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
