import { Column, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '../../../auth/user.entity.js';
import { Exchange } from '../../../feedback/exchange.entity.js';

/** What a teacher chose to send to the LMS gradebook for an exchange (the last choice is kept). */
@Entity('lti_grade_setting')
export class LtiGradeSetting {
  @PrimaryColumn({ type: 'uuid' })
  exchangeId: string;

  @ManyToOne(() => Exchange, { onDelete: 'CASCADE' })
  exchange: Relation<Exchange>;

  /** Each student's essay score (the average of the reviews they received). */
  @Column({ type: 'boolean', default: true })
  sendScore: boolean;

  /** Each student's review completion (reviews written of reviews assigned). */
  @Column({ type: 'boolean', default: false })
  sendCompletion: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  updatedBy: Relation<User> | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
