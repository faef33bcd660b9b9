import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who has changed a document, and how much: kept when the log is compacted away. */
@Entity('document_contributor')
export class DocumentContributor {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'integer', default: 0 })
  edits: number;

  @Column({ type: 'timestamptz' })
  firstEditedAt: Date;

  @Column({ type: 'timestamptz' })
  lastEditedAt: Date;
}
