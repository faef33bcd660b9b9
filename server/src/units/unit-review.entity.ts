import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { REVIEW_STAGES, type ReviewStage } from '@switchback/shared';

export const ReviewStageEnum = Object.fromEntries(REVIEW_STAGES.map((s) => [s, s])) as { [K in ReviewStage]: K };
registerEnumType(ReviewStageEnum, {
  name: 'ReviewStage',
  description: 'Protocol order: clarifying questions, warm, cool, then the authors reflect.',
});

/** A critical-friend review round of a unit. */
@ObjectType()
@Entity('unit_review')
@Index(['unitId', 'createdAt'])
export class UnitReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => ReviewStageEnum)
  @Column({ type: 'varchar', length: 12, default: 'CLARIFYING' })
  stage: ReviewStage;

  @Field({ description: "The authors' reflection on the feedback, written in the last stage." })
  @Column({ type: 'text', default: '' })
  reflection: string;

  @Column({ type: 'uuid' })
  startedById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** A critical friend named for a review round: may read the unit and give feedback while it runs. */
@Entity('unit_review_friend')
export class UnitReviewFriend {
  @PrimaryColumn({ type: 'uuid' })
  reviewId: string;

  @PrimaryColumn({ type: 'uuid' })
  @Index()
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
