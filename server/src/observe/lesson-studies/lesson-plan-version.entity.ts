import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A frozen copy of the research lesson plan: version 1 when the lesson is first taught, later ones
 * when agreed revisions are accepted. Never changed or deleted while the cycle exists.
 */
@ObjectType('LessonPlanVersion')
@Entity('lesson_plan_version')
@Index(['lessonStudyId', 'number'], { unique: true })
export class LessonPlanVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  lessonStudyId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  /** The plan document's whole state then, as one Yjs update. */
  @Column({ type: 'bytea' })
  state: Buffer;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
