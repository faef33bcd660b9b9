import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReviewStatus } from '@switchback/shared';

/**
 * One review of one essay by one student: assigned by the allocation, started, then submitted with a
 * level and a comment per criterion and an overall strength and next step. A teacher may hide it
 * (it then never reaches the author); a pair taken away is kept as REASSIGNED and never given again.
 */
@Entity('peer_review')
@Index('uq_peer_review_pair', ['submissionId', 'reviewerId'], { unique: true })
@Index('ix_peer_review_reviewer', ['exchangeId', 'reviewerId'])
export class PeerReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  exchangeId: string;

  @Index()
  @Column({ type: 'uuid' })
  submissionId: string;

  /** The reviewing student (a user id). */
  @Column({ type: 'uuid' })
  reviewerId: string;

  @Column({ type: 'varchar', length: 12, default: 'ASSIGNED' })
  status: ReviewStatus;

  /** Criterion id → points of the chosen level. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  levels: Record<string, number>;

  /** Criterion id → comment. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  comments: Record<string, string>;

  @Column({ type: 'text', default: '' })
  strength: string;

  @Column({ type: 'text', default: '' })
  nextStep: string;

  /** Weighted score of the chosen levels, set on submit. */
  @Column({ type: 'real', nullable: true })
  score: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Hidden by a teacher: never shown to the author. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  /** The author's rating of how helpful the review was, 1–5. */
  @Column({ type: 'smallint', nullable: true })
  helpfulness: number | null;

  @Column({ type: 'text', nullable: true })
  helpfulnessComment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
