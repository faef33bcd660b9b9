import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ExchangeClassStatus } from '@switchback/shared';

/**
 * A class taking part in an exchange (JOINED), or an invitation to a teacher to add their classes
 * (INVITED, no class yet). The invited teacher's first class fills the invitation.
 */
@Entity('exchange_class')
@Index('uq_exchange_class', ['exchangeId', 'classId'], { unique: true })
export class ExchangeClass {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  exchangeId: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  classId: string | null;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: ExchangeClassStatus;

  /** The teacher invited to add their classes (null for the owner's own classes). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  invitedTeacherId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
