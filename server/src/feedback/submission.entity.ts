import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SubmissionStatus } from '@switchback/shared';

/** A student's essay in an exchange: autosaved as a DRAFT, SUBMITTED (and resubmitted) until the deadline. */
@Entity('submission')
@Index('uq_submission_student', ['exchangeId', 'studentId'], { unique: true })
@Index('uq_submission_pseudonym', ['exchangeId', 'pseudonym'], { unique: true })
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  exchangeId: string;

  @Index()
  @Column({ type: 'uuid' })
  studentId: string;

  @Column({ type: 'uuid' })
  classId: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  /** How everyone outside the student's own teacher sees them in this exchange, e.g. "Blue Heron". */
  @Column({ type: 'varchar', length: 60 })
  pseudonym: string;

  /** The latest text, autosaved as the student writes. */
  @Column({ type: 'text', default: '' })
  body: string;

  /** The text reviewers get: the last one submitted (null until the first submission). */
  @Column({ type: 'text', nullable: true })
  submittedBody: string | null;

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status: SubmissionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
