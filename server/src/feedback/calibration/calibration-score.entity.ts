import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One teacher's scores of one anchor essay: the points of the chosen level per criterion. Blind:
 * nobody but the teacher reads it until the round is revealed; it can change until then.
 */
@Entity('calibration_score')
@Index('uq_calibration_score_rater', ['essayId', 'raterId'], { unique: true })
export class CalibrationScore {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  roundId: string;

  @Column({ type: 'uuid' })
  essayId: string;

  /** The scoring teacher's user id. */
  @Index()
  @Column({ type: 'uuid' })
  raterId: string;

  /** Criterion id → points of the chosen level. */
  @Column({ type: 'jsonb' })
  levels: Record<string, number>;

  @UpdateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
