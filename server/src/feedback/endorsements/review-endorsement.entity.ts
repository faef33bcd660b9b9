import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A teacher's endorsement of a submitted review as exemplary, with an optional note on what makes it
 * helpful. Once the reviewer's own teacher approves (implied when they endorsed it themselves), it is
 * an example students of the network's other exchanges read before they review: pseudonymous, and
 * without the essay it answers.
 */
@Entity('review_endorsement')
@Index('ix_review_endorsement_examples', ['networkId', 'rubricRootId', 'approvedAt'])
export class ReviewEndorsement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** One endorsement per review. */
  @Index('uq_review_endorsement_review', { unique: true })
  @Column({ type: 'uuid' })
  reviewId: string;

  @Index()
  @Column({ type: 'uuid' })
  exchangeId: string;

  @Column({ type: 'uuid' })
  networkId: string;

  /** The root of the exchange's rubric: examples go first to exchanges on the same rubric. */
  @Column({ type: 'uuid' })
  rubricRootId: string;

  /** The endorsing teacher. */
  @Column({ type: 'uuid' })
  endorsedById: string;

  @Column({ type: 'text', default: '' })
  note: string;

  /** The reviewer's teacher who approved showing it as an example; null while it waits. */
  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
