import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SeatStatus } from '@switchback/shared';

/** A person's place in a session: confirmed, or on the waitlist in `createdAt` order. */
@Entity('session_seat')
@Index('uq_session_seat', ['sessionId', 'userId'], { unique: true })
export class SessionSeat {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  status: SeatStatus;

  /** Waitlist order. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  checkedInById: string | null;
}
