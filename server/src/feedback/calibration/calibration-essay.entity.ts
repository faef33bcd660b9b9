import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One anchor essay of a calibration round: pasted by the facilitator, or taken from an exchange essay
 * its writer's teacher offered (`sourceSubmissionId`). It never carries a name or a school: only the
 * text (checked for giveaways) and its place in the round ("Essay 2").
 */
@Entity('calibration_essay')
@Index('uq_calibration_essay_position', ['roundId', 'position'], { unique: true })
export class CalibrationEssay {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  roundId: string;

  /** 1-based order in the round: shown as "Essay 1", "Essay 2"… */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  body: string;

  /** The exchange essay it was taken from, when its writer's teacher offered it. */
  @Column({ type: 'uuid', nullable: true })
  sourceSubmissionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
