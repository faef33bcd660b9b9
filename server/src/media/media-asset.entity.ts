import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ObservationOwnerKind } from '@switchback/shared';

export const MEDIA_STATUSES = ['UPLOADING', 'READY', 'DELETED'] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];

/**
 * One uploaded recording of a lesson. Its id is the tus upload id, and also the key of its bytes
 * in the storage (`<id>`, and `<id>.low.mp4` for the low-bandwidth rendition). Rows stay after
 * deletion (status DELETED, files gone) so the audit log's references keep their meaning.
 */
@Entity('media_asset')
@Index(['ownerKind', 'ownerId'])
export class MediaAsset {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  networkId: string;

  @Column({ type: 'varchar', length: 20 })
  ownerKind: ObservationOwnerKind;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Index()
  @Column({ type: 'uuid' })
  uploadedById: string;

  @Column({ type: 'varchar', length: 200 })
  filename: string;

  @Column({ type: 'varchar', length: 60 })
  mimeType: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 12, default: 'UPLOADING' })
  status: MediaStatus;

  /** When the uploader confirmed the class's recording consent (required to start the upload). */
  @Column({ type: 'timestamptz' })
  consentConfirmedAt: Date;

  @Column({ type: 'real', nullable: true })
  durationSeconds: number | null;

  @Column({ type: 'boolean', default: false })
  hasLowRendition: boolean;

  /** When the low rendition was tried (done or failed), so a failing file is not retried forever. */
  @Column({ type: 'timestamptz', nullable: true })
  renditionAttemptedAt: Date | null;

  /** The storage's key of the original bytes. */
  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  /** When the participants were warned that retention will delete it (once). */
  @Column({ type: 'timestamptz', nullable: true })
  retentionWarnedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
