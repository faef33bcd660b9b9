import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A direct conversation between adults of one network: one to one, or a small group. */
@ObjectType({ description: 'A direct conversation between adults of a network (never students).' })
@Entity('conversation')
@Index(['networkId', 'lastMessageAt'])
export class Conversation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  networkId: string;

  @Field(() => String, { nullable: true, description: 'A name for a small group; one-to-one conversations have none.' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  title: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  /**
   * For a one-to-one conversation, its two people's ids in order ("a:b"), so that starting it again
   * opens the same one; null for a group.
   */
  @Index({ unique: true, where: 'direct_key IS NOT NULL' })
  @Column({ type: 'varchar', length: 80, nullable: true })
  directKey: string | null;

  @Field({ description: 'When the last message was sent (or the conversation started).' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastMessageAt: Date;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
