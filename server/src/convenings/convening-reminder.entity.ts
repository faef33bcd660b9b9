import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A reminder email sent to a registrant, so that each reminder goes out once. */
@Entity('convening_reminder')
@Index('uq_convening_reminder', ['conveningId', 'userId', 'daysBefore'], { unique: true })
export class ConveningReminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conveningId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'int' })
  daysBefore: number;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
