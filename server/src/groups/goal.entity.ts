import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { GOAL_STATUSES, type GoalStatus } from '@switchback/shared';

export const GoalStatusEnum = Object.fromEntries(GOAL_STATUSES.map((s) => [s, s])) as { [K in GoalStatus]: K };
registerEnumType(GoalStatusEnum, { name: 'GoalStatus' });

/** A shared, interdependent goal of a group, e.g. "all our 10th graders will answer a counter-claim". */
@ObjectType()
@Entity('goal')
export class Goal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  @Field()
  @Column({ type: 'text' })
  statement: string;

  @Field()
  @Column({ type: 'text', default: '' })
  successCriteria: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @Field(() => GoalStatusEnum)
  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status: GoalStatus;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
