import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { LtiPlatform } from './lti-platform.entity.js';

/**
 * One login initiation waiting for its launch: the `state` (only its SHA-256 is kept) and the
 * `nonce` sent to the platform. A launch consumes it (deletes the row), so a token is accepted once.
 */
@Entity('lti_launch_state')
export class LtiLaunchState {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_lti_launch_state_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  stateHash: string;

  @Column({ type: 'varchar', length: 64 })
  nonce: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatform, { onDelete: 'CASCADE' })
  platform: Relation<LtiPlatform>;

  @Column({ type: 'varchar', length: 1000 })
  targetLinkUri: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
