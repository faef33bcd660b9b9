import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DocumentKind } from '@switchback/shared';

/**
 * A live Yjs document. `state` holds the compacted state; updates not yet compacted are in the
 * append-only `document_update` log. The document as people see it is `state` + the log.
 */
@Entity('document')
@Index(['kind', 'ownerId'])
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: DocumentKind;

  /** The id of the row of the owning feature (a unit, a convening session). */
  @Column({ type: 'uuid' })
  ownerId: string;

  /** The merged Yjs update of everything compacted so far. */
  @Column({ type: 'bytea' })
  state: Buffer;

  /** Plain text of every field, refreshed at compaction, for search and previews. */
  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'timestamptz', nullable: true })
  compactedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
