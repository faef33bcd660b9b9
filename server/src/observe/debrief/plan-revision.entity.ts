import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PLAN_REVISION_STATUSES = ['PROPOSED', 'AGREED', 'ACCEPTED', 'DECLINED'] as const;
export type PlanRevisionStatus = (typeof PLAN_REVISION_STATUSES)[number];
export const PlanRevisionStatusEnum = Object.fromEntries(PLAN_REVISION_STATUSES.map((s) => [s, s])) as Record<
  PlanRevisionStatus,
  PlanRevisionStatus
>;
registerEnumType(PlanRevisionStatusEnum, {
  name: 'PlanRevisionStatus',
  description:
    'PROPOSED in the debrief; AGREED by the facilitator (then a suggestion on the plan); ACCEPTED into a new plan version; or DECLINED.',
});

/** A change to one section of the research lesson plan, proposed in the debrief's last step. */
@ObjectType({ description: 'A revision of one section of the lesson plan, proposed in the debrief.' })
@Entity('plan_revision')
@Index(['lessonStudyId', 'round'])
export class PlanRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  lessonStudyId: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  round: number;

  @Field({ description: "The plan section's id (goals, flow, lookFors, evaluation)." })
  @Column({ type: 'varchar', length: 32 })
  sectionId: string;

  @Field({ description: 'The text the revision puts in the section.' })
  @Column({ type: 'text' })
  text: string;

  @Field({ description: "Whether the text replaces the section's content (otherwise it is added at its end)." })
  @Column({ type: 'boolean', default: false })
  replacesSection: boolean;

  @Field(() => PlanRevisionStatusEnum)
  @Column({ type: 'varchar', length: 12, default: 'PROPOSED' })
  status: PlanRevisionStatus;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  proposedById: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was agreed, declined or accepted (the last of those).' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The plan version it went into, once accepted.' })
  @Column({ type: 'int', nullable: true })
  versionNumber: number | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
