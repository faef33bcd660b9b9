import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DEBRIEF_STEPS, type DebriefStep } from '@switchback/shared';

export const DebriefStepEnum = Object.fromEntries(DEBRIEF_STEPS.map((s) => [s, s])) as Record<DebriefStep, DebriefStep>;
registerEnumType(DebriefStepEnum, { name: 'DebriefStep', description: 'A step of the debrief protocol, in order.' });

/** One contribution to a debrief step: the teacher's reflection, a piece of evidence, a critique, a final comment. */
@ObjectType({ description: 'One contribution to a step of the debrief.' })
@Entity('debrief_entry')
@Index(['lessonStudyId', 'round', 'createdAt'])
export class DebriefEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  lessonStudyId: string;

  @Field(() => Int, { description: 'The round of the cycle (2 after a re-teach).' })
  @Column({ type: 'smallint' })
  round: number;

  @Field(() => DebriefStepEnum)
  @Column({ type: 'varchar', length: 24 })
  step: DebriefStep;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  authorId: string;

  @Field(() => String, { nullable: true, description: 'The look-for point a piece of evidence is about.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  lookForId: string | null;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
