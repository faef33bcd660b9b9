import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One committed Yjs update of a document: the append-only log that compaction folds into the state. */
@Entity('document_update')
@Index(['documentId', 'seq'])
export class DocumentUpdate {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'bytea' })
  update: Buffer;

  /** Who sent it; null for updates the server made (a restore, a fork). */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
