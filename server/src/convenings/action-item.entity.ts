import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionItemTarget } from '@switchback/shared';

/** An action item of a session's notes that became a goal or a post of the session's group. */
@Entity('session_action_item')
@Index('uq_session_action_item', ['sessionId', 'text'], { unique: true })
export class SessionActionItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'varchar', length: 4 })
  target: ActionItemTarget;

  @Column({ type: 'uuid', nullable: true })
  goalId: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
