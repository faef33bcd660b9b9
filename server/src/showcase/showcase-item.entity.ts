import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SHOWCASE_KINDS, SHOWCASE_STATUSES, type ShowcaseKind, type ShowcaseStatus } from '@switchback/shared';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ShowcaseKindEnum = asEnum(SHOWCASE_KINDS);
export const ShowcaseStatusEnum = asEnum(SHOWCASE_STATUSES);
registerEnumType(ShowcaseKindEnum, { name: 'ShowcaseKind' });
registerEnumType(ShowcaseStatusEnum, {
  name: 'ShowcaseStatus',
  description: "PUBLISHED: on the showcase. AWAITING_APPROVAL: student work waiting for the writer's own teacher.",
});

/** An exchange's results as presented: counts and the mean score, never a student. */
@ObjectType({ description: "An exchange's results as presented: completion and the mean score, no student." })
export class ShowcaseExchangeSummary {
  @Field(() => Int)
  students: number;

  @Field(() => Int)
  essaysSubmitted: number;

  @Field(() => Int)
  reviewsSubmitted: number;

  @Field(() => Float, { nullable: true, description: 'The mean total score of the essays reviewed.' })
  meanScore: number | null;

  @Field(() => Int)
  maxScore: number;
}

/** What the person asking may do with an item, decided once per item per request (see `viewerOf`). */
export interface ShowcaseViewer {
  mine: boolean;
  respond: boolean;
  feature: boolean;
  approve: boolean;
  remove: boolean;
}

const NOBODY: ShowcaseViewer = { mine: false, respond: false, feature: false, approve: false, remove: false };

/**
 * Something a teacher presents to the whole network (author's chair): a published unit, a shared
 * lesson-study record, an exchange's results, a reflection, or a student's essay (pseudonymous, with
 * the writer's teacher's approval). See docs/showcase.md and showcase.policy.ts.
 */
@ObjectType({ description: 'An item of the network showcase (author’s chair).' })
@Entity('showcase_item')
@Index(['networkId', 'status'])
@Index('uq_showcase_target', ['networkId', 'kind', 'targetId'], { unique: true, where: 'target_id IS NOT NULL' })
export class ShowcaseItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ShowcaseKindEnum)
  @Column({ type: 'varchar', length: 16 })
  kind: ShowcaseKind;

  /** The unit, lesson study, exchange or submission presented (null for a reflection); see the resolver. */
  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: "The presenter's short reflection or summary." })
  @Column({ type: 'text' })
  body: string;

  @Index()
  @Column({ type: 'uuid' })
  presenterId: string;

  @Field(() => ShowcaseStatusEnum)
  @Column({ type: 'varchar', length: 20 })
  status: ShowcaseStatus;

  /** Student work: the writer's own teacher, who approves it (null for other kinds). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  approverId: string | null;

  /** Student work: the writer (never shown; kept so that deleting a student's data removes it). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  writerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a coordinator featured it (featured items come first).' })
  @Column({ type: 'timestamptz', nullable: true })
  featuredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  featuredById: string | null;

  @Field(() => String, { nullable: true, description: 'Student work: the pseudonym the essay is shown under.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  pseudonym: string | null;

  @Field(() => String, { nullable: true, description: 'Student work: the essay as it was presented.' })
  @Column({ type: 'text', nullable: true })
  essay: string | null;

  @Field(() => ShowcaseExchangeSummary, { nullable: true, description: "An exchange's results, as presented." })
  @Column({ type: 'jsonb', nullable: true })
  exchangeSummary: ShowcaseExchangeSummary | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The caller's reading of this item, set by the service (not stored). */
  viewer?: ShowcaseViewer;
}

export const viewerOf = (item: ShowcaseItem): ShowcaseViewer => item.viewer ?? NOBODY;
