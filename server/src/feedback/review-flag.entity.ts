import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FlagResolution, FlagStatus } from '@switchback/shared';

/** A student's report that a review is unkind or unhelpful; the author's and the reviewer's teachers resolve it. */
@Entity('review_flag')
export class ReviewFlag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  exchangeId: string;

  @Index()
  @Column({ type: 'uuid' })
  reviewId: string;

  @Column({ type: 'uuid' })
  flaggedById: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 10, default: 'OPEN' })
  status: FlagStatus;

  @Column({ type: 'varchar', length: 10, nullable: true })
  resolution: FlagResolution | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
