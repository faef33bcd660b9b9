import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An anchor paper the exchange's owner chose for students to practise on before they review (2 or 3
 * per exchange; none: calibration is off). `essayId` is a `calibration_essay` of an AGREED round on
 * the exchange's rubric; it carries no name or school.
 */
@Entity('exchange_calibration_essay')
@Index('uq_exchange_calibration_essay', ['exchangeId', 'essayId'], { unique: true })
export class ExchangeCalibrationEssay {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  exchangeId: string;

  @Column({ type: 'uuid' })
  essayId: string;

  /** 1-based order students score them in ("Example essay 1"). */
  @Column({ type: 'int' })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
