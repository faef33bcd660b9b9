import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One line of a group's activity feed ("Ruth joined", "Sam set a goal"…). */
@ObjectType()
@Entity('group_activity')
@Index(['groupId', 'createdAt'])
export class GroupActivity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  groupId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'JOINED, LEFT, GOAL_CREATED, GOAL_UPDATED, POST_CREATED, FACILITATOR_APPOINTED…' })
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Field({ description: 'A sentence to show, e.g. "set a goal: All 10th graders…".' })
  @Column({ type: 'varchar', length: 300 })
  summary: string;

  @Field(() => ID, { nullable: true, description: 'The goal, post or unit it is about.' })
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
