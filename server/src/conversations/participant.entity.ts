import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person in a conversation, with how far they have read. */
@Entity('conversation_participant')
@Index(['conversationId', 'userId'], { unique: true })
export class ConversationParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conversationId: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  /** When they last read the conversation; messages after it are unread for them. */
  @Column({ type: 'timestamptz', nullable: true })
  lastReadAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}
