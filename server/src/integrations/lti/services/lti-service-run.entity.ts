import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../../auth/user.entity.js';
import { SchoolClass } from '../../../classes/school-class.entity.js';
import { Exchange } from '../../../feedback/exchange.entity.js';
import type { GradeRunSummary, RosterRunSummary } from './lti-run-summaries.js';

/**
 * One roster sync of a class or one grade send of an exchange, with what happened to whom. People are
 * kept by id only (never a name): names are looked up when someone who may see them reads it.
 */
@Entity('lti_service_run')
@Index('ix_lti_service_run_class', ['classId', 'createdAt'])
@Index('ix_lti_service_run_exchange', ['exchangeId', 'createdAt'])
export class LtiServiceRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  networkId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: 'ROSTER' | 'GRADES';

  @Column({ type: 'uuid', nullable: true })
  classId: string | null;

  @ManyToOne(() => SchoolClass, { onDelete: 'CASCADE', nullable: true })
  class: Relation<SchoolClass> | null;

  @Column({ type: 'uuid', nullable: true })
  exchangeId: string | null;

  @ManyToOne(() => Exchange, { onDelete: 'CASCADE', nullable: true })
  exchange: Relation<Exchange> | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  actor: Relation<User> | null;

  @Column({ type: 'jsonb' })
  summary: RosterRunSummary | GradeRunSummary;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
