import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A message in the discussion thread of one essay × criterion cell, after the reveal. */
@Entity('calibration_comment')
@Index('ix_calibration_comment_cell', ['essayId', 'criterionId', 'createdAt'])
export class CalibrationComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  roundId: string;

  @Column({ type: 'uuid' })
  essayId: string;

  @Column({ type: 'varchar', length: 64 })
  criterionId: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
