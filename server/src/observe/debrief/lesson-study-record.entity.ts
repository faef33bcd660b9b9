import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The evidence of one look-for point, as the record shows it: counts and the evidence shared. */
@ObjectType({ description: 'The evidence gathered on one look-for point.' })
export class LookForEvidence {
  @Field()
  lookForId: string;

  @Field()
  lookFor: string;

  @Field(() => Int, {
    description: 'How many observation notes were tagged with it (the notes themselves stay private).',
  })
  noteCount: number;

  @Field(() => Int)
  evidenceCount: number;

  @Field(() => [String], { description: 'The evidence observers shared in the debrief.' })
  evidence: string[];
}

/**
 * A closed cycle's published record in the network library: the plan's first and latest versions,
 * the evidence by look-for point and the team's reflection. Never the recording or anyone's raw notes.
 */
@ObjectType({ description: "A shared lesson study's record, in the network library." })
@Entity('lesson_study_record')
@Index(['networkId', 'sharedAt'])
export class LessonStudyRecord {
  @Field(() => ID, { description: "The lesson study's id." })
  @PrimaryColumn({ type: 'uuid' })
  lessonStudyId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit the lesson belongs to, if any: the record sits beside it.',
  })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  theme: string;

  @Field({ description: "The team's reflection, written when sharing." })
  @Column({ type: 'text' })
  reflection: string;

  @Field(() => [LookForEvidence])
  @Column({ type: 'jsonb' })
  evidence: LookForEvidence[];

  @Field(() => Int)
  @Column({ type: 'int' })
  firstVersion: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  latestVersion: number;

  @Field(() => Int, { description: 'How many revisions were accepted into the plan.' })
  @Column({ type: 'int' })
  revisionsAccepted: number;

  @Column({ type: 'uuid' })
  sharedById: string;

  @Field()
  @Column({ type: 'timestamptz' })
  sharedAt: Date;
}
