import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RegistrationStatus } from '@switchback/shared';

/** A member's answer to a convening, with what they need to get there and take part. */
@Entity('convening_registration')
@Index('uq_convening_registration', ['conveningId', 'userId'], { unique: true })
export class ConveningRegistration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conveningId: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  status: RegistrationStatus;

  /** How they travel and what help they need (e.g. "Flying from Bethel, need a ride from the airport"). */
  @Column({ type: 'varchar', length: 500, default: '' })
  travel: string;

  @Column({ type: 'boolean', default: false })
  needsLodging: boolean;

  @Column({ type: 'varchar', length: 500, default: '' })
  dietary: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  accessibility: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
