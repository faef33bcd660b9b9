import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One try of a student at scoring an example essay of their exchange: the points they chose per
 * criterion, and how close that came to the teachers' agreed scores (`essayAccuracy`). Try 2 exists
 * only when try 1 was far off; a student's accuracy is the mean over essays of their last try.
 */
@Entity('student_calibration_attempt')
@Index('uq_student_calibration_attempt', ['exchangeId', 'studentId', 'essayId', 'attempt'], { unique: true })
export class StudentCalibrationAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  exchangeId: string;

  @Column({ type: 'uuid' })
  studentId: string;

  /** The anchor paper (`calibration_essay`). */
  @Column({ type: 'uuid' })
  essayId: string;

  /** 1 or 2. */
  @Column({ type: 'int' })
  attempt: number;

  /** Criterion id → the points the student chose. */
  @Column({ type: 'jsonb' })
  levels: Record<string, number>;

  /** 0 to 1 (see `essayAccuracy`). */
  @Column({ type: 'double precision' })
  accuracy: number;

  @Column({ type: 'boolean' })
  farOff: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
