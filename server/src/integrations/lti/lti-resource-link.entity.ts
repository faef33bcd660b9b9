import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { SchoolClass } from '../../classes/school-class.entity.js';
import { Exchange } from '../../feedback/exchange.entity.js';
import { LtiContext } from './lti-context.entity.js';

/**
 * A link placed in an LMS course (the `resource_link` claim) and what it opens in Switchback: an
 * exchange or a class, set by deep linking (or left empty until a teacher picks).
 */
@Entity('lti_resource_link')
@Index('uq_lti_resource_link', ['contextId', 'resourceLinkId'], { unique: true })
export class LtiResourceLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The lti_context row (not the platform's course id). */
  @Column({ type: 'uuid' })
  contextId: string;

  @ManyToOne(() => LtiContext, { onDelete: 'CASCADE' })
  context: Relation<LtiContext>;

  @Column({ type: 'varchar', length: 255 })
  resourceLinkId: string;

  @Column({ type: 'varchar', length: 255, default: '' })
  title: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  exchangeId: string | null;

  @ManyToOne(() => Exchange, { onDelete: 'SET NULL', nullable: true })
  exchange: Relation<Exchange> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  classId: string | null;

  @ManyToOne(() => SchoolClass, { onDelete: 'SET NULL', nullable: true })
  class: Relation<SchoolClass> | null;

  /** `lineitem` of the AGS endpoint claim: the gradebook column of this link, when the platform made one. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  agsLineitemUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
