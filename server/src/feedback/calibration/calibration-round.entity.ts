import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CalibrationRoundStatus } from '@switchback/shared';

/**
 * A teachers' calibration round in a job-alike group: 3 to 6 anchor essays that every member scores
 * on every criterion of one rubric version, blind, until the facilitator reveals the scores; then the
 * group discusses the cells that disagree most and the facilitator records an agreed score and a
 * rationale per essay × criterion. When every cell is agreed the round is AGREED and its essays are
 * anchor papers of the rubric (every version sharing its `rootId`).
 */
@Entity('calibration_round')
export class CalibrationRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  @Index()
  @Column({ type: 'uuid' })
  groupId: string;

  /** The rubric version scored against. */
  @Index()
  @Column({ type: 'uuid' })
  rubricId: string;

  /** The rubric's first version's id (`Rubric.rootId`): anchor papers belong to every version. */
  @Index()
  @Column({ type: 'uuid' })
  rubricRootId: string;

  @Column({ type: 'text' })
  title: string;

  /** The facilitator who opened it. */
  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'varchar', length: 10, default: 'SCORING' })
  status: CalibrationRoundStatus;

  @Column({ type: 'timestamptz', nullable: true })
  revealedAt: Date | null;

  /** When the last cell was agreed (status AGREED). */
  @Column({ type: 'timestamptz', nullable: true })
  agreedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
