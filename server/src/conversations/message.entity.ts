import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One message of a conversation. */
@ObjectType('ConversationMessage')
@Entity('conversation_message')
@Index(['conversationId', 'createdAt'])
@Index(['authorId', 'createdAt'])
export class ConversationMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  conversationId: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
