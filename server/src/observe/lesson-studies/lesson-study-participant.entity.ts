import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LessonStudyRole } from '@switchback/shared';

/**
 * One role of one person in a cycle (a person may hold several: one row each). A cycle has exactly
 * one FACILITATOR and one TEACHER (the partial unique index). `guest` marks a knowledgeable other
 * from another network: they see this cycle and nothing else of its network.
 */
@Entity('lesson_study_participant')
@Index(['lessonStudyId', 'userId', 'role'], { unique: true })
@Index(['lessonStudyId', 'role'], { unique: true, where: `role IN ('FACILITATOR', 'TEACHER')` })
export class LessonStudyParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  lessonStudyId: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 20 })
  role: LessonStudyRole;

  /** Not a member of the cycle's network: a knowledgeable other invited by its coordinator. */
  @Column({ type: 'boolean', default: false })
  guest: boolean;

  @Column({ type: 'uuid' })
  addedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
