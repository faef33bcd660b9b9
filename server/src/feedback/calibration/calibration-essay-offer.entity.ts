import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An exchange essay its writer's own teacher offered as a calibration essay. Facilitators of the
 * network's groups see only its text (never the writer's name, school or pseudonym) and may copy it
 * into a round. One offer per essay: offering again returns the same one.
 */
@Entity('calibration_essay_offer')
@Index('uq_calibration_essay_offer_submission', ['submissionId'], { unique: true })
export class CalibrationEssayOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @Index()
  @Column({ type: 'uuid' })
  networkId: string;

  /** The teacher who offered it (the teacher of the class the student wrote from). */
  @Column({ type: 'uuid' })
  offeredById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  offeredAt: Date;
}
