import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The score the group agreed for one essay on one criterion, with the facilitator's short rationale. */
@Entity('calibration_agreed_score')
@Index('uq_calibration_agreed_cell', ['essayId', 'criterionId'], { unique: true })
export class CalibrationAgreedScore {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  roundId: string;

  @Column({ type: 'uuid' })
  essayId: string;

  @Column({ type: 'varchar', length: 64 })
  criterionId: string;

  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'uuid' })
  agreedById: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  agreedAt: Date;
}
