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
import { LtiPlatform } from './lti-platform.entity.js';

/**
 * An LMS course (the `context` claim) as last seen in a launch, with the service endpoints it
 * announced: Names and Role Provisioning (roster) and Assignment and Grade Services (line items).
 */
@Entity('lti_context')
@Index('uq_lti_context', ['platformId', 'contextId'], { unique: true })
export class LtiContext {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatform, { onDelete: 'CASCADE' })
  platform: Relation<LtiPlatform>;

  /** The platform's id of the course. */
  @Column({ type: 'varchar', length: 255 })
  contextId: string;

  @Column({ type: 'varchar', length: 255, default: '' })
  title: string;

  /** The Switchback class the course's roster syncs into, once linked. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  classId: string | null;

  @ManyToOne(() => SchoolClass, { onDelete: 'SET NULL', nullable: true })
  class: Relation<SchoolClass> | null;

  /** `context_memberships_url` of the NRPS claim. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  nrpsUrl: string | null;

  /** `lineitems` of the AGS endpoint claim. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  agsLineitemsUrl: string | null;

  /** `scope` of the AGS endpoint claim. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  agsScopes: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
