import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import {
  LESSON_STUDY_PHASES,
  OBSERVATION_MODES,
  OBSERVE_LIMITS,
  type LessonStudyPhase,
  type LookFor,
  type ObservationMode,
  type PhaseDates,
} from '@switchback/shared';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const LessonStudyPhaseEnum = asEnum(LESSON_STUDY_PHASES);
export const ObservationModeEnum = asEnum(OBSERVATION_MODES);
registerEnumType(LessonStudyPhaseEnum, {
  name: 'LessonStudyPhase',
  description: 'PLAN → TEACH → DEBRIEF → REVISE → (RETEACH → DEBRIEF → REVISE) → SHARE → CLOSED.',
});
registerEnumType(ObservationModeEnum, {
  name: 'ObservationMode',
  description: 'RECORDED: observers watch an uploaded recording. IN_PERSON: an open class. BOTH.',
});

/**
 * One lesson-study cycle of a job-alike group: a research lesson planned together on a live
 * document, taught by one member while the others observe, debriefed, revised (and perhaps
 * re-taught) and shared. Phases advance in order, by the facilitator only.
 */
@ObjectType('LessonStudy')
@Entity('lesson_study')
@Index(['groupId', 'createdAt'])
export class LessonStudy {
  /** Chosen by the service, so the plan document can be created in the same transaction. */
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: OBSERVE_LIMITS.titleMax })
  title: string;

  @Field(() => String, { description: 'The research theme: the long-term goal for students.' })
  @Column({ type: 'varchar', length: OBSERVE_LIMITS.themeMax })
  theme: string;

  @Field(() => ID, { nullable: true, description: 'A unit of the same network the plan belongs beside.' })
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Field(() => LessonStudyPhaseEnum)
  @Column({ type: 'varchar', length: 8, default: 'PLAN' })
  phase: LessonStudyPhase;

  @Field(() => Int, { description: '1, or 2 once the lesson is re-taught.' })
  @Column({ type: 'int', default: 1 })
  round: number;

  @Field(() => ID, { description: 'The live document (kind LESSON_PLAN) of the research lesson plan.' })
  @Column({ type: 'uuid' })
  planDocumentId: string;

  /** The points observers look for: edited during PLAN, frozen from TEACH on. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  lookFors: LookFor[];

  @Field(() => ObservationModeEnum)
  @Column({ type: 'varchar', length: 9, default: 'RECORDED' })
  observationMode: ObservationMode;

  @Field(() => ID, {
    nullable: true,
    description: 'The convening session (kind OPEN_CLASS) of an in-person open class.',
  })
  @Column({ type: 'uuid', nullable: true })
  openClassSessionId: string | null;

  /** Each phase's planned dates, as calendar days (YYYY-MM-DD): `{ TEACH: { startsOn, endsOn } }`. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  phaseDates: PhaseDates;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => Date, { nullable: true, description: 'When the cycle closed (media retention counts from then).' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
