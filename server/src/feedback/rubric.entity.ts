import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RubricCriterion } from '@switchback/shared';
import { RubricCriterionType } from './dto/rubric.types.js';

/**
 * A peer-feedback rubric, one row per version. Versions of one rubric share `rootId` (the first
 * version's id). A version used by an exchange is locked: editing it makes the next version.
 */
@ObjectType('Rubric')
@Entity('rubric')
@Index(['rootId', 'version'], { unique: true })
export class Rubric {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => ID, { description: 'The teacher who wrote it (and alone may edit or share it).' })
  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [RubricCriterionType])
  @Column({ type: 'jsonb' })
  criteria: RubricCriterion[];

  @Field(() => Int, { description: '1 for a new rubric; editing a locked version adds one.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => ID, { description: "The first version's id, shared by every version." })
  @Column({ type: 'uuid' })
  rootId: string;

  @Field(() => Date, { nullable: true, description: 'Set when an exchange uses this version; it no longer changes.' })
  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The job-alike group whose members may see and duplicate it.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  sharedWithGroupId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
