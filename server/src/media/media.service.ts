import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import type { ObservationOwnerKind } from '@switchback/shared';
import { isUUID } from 'class-validator';
import { AuditService } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import { notFound } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MediaAccessService, type MediaGrant } from './media-access.service.js';
import { MediaAsset } from './media-asset.entity.js';
import { MediaOwners } from './media-owners.js';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';
import type { Recording } from './dto/recording.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A viewing is audited once per person and recording in this window (seeks re-request byte 0). */
export const VIEW_AUDIT_WINDOW_MINUTES = 5;

export interface NewUpload {
  id: string;
  userId: string;
  networkId: string;
  ownerKind: ObservationOwnerKind;
  ownerId: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
}

/** Recording rows: created with a tus upload, listed, played, deleted (the rules are media.policy.ts). */
@Injectable()
export class MediaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly access: MediaAccessService,
    private readonly owners: MediaOwners,
    private readonly audit: AuditService,
  ) {}

  /** The row of a new upload, written before tus creates its file (the consent is confirmed now). */
  async createUpload(u: NewUpload): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.insert(MediaAsset, {
        id: u.id,
        networkId: u.networkId,
        ownerKind: u.ownerKind,
        ownerId: u.ownerId,
        uploadedById: u.userId,
        filename: u.filename,
        mimeType: u.mimeType,
        sizeBytes: u.sizeBytes,
        status: 'UPLOADING',
        consentConfirmedAt: new Date(),
        storageKey: u.id,
      });
    });
  }

  /** The caller's own unfinished (or, for HEAD, finished) upload, or null: nobody else's. */
  async ownUpload(userId: string, id: string, finishedToo: boolean): Promise<MediaAsset | null> {
    if (!isUUID(id)) return null;
    const asset = await this.db.getRepository(MediaAsset).findOneBy({ id, uploadedById: userId });
    if (!asset || asset.status === 'DELETED' || (asset.status === 'READY' && !finishedToo)) return null;
    return asset;
  }

  /** Marks an upload READY and audits it; false when it was no longer uploading. */
  async finishUpload(id: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const asset = await m.findOne(MediaAsset, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!asset || asset.status !== 'UPLOADING') return false;
      await m.update(MediaAsset, { id }, { status: 'READY' });
      await this.audit.record(m, {
        networkId: asset.networkId,
        actorId: asset.uploadedById,
        action: 'media.upload',
        targetType: 'media',
        targetId: id,
        data: { ownerKind: asset.ownerKind, ownerId: asset.ownerId, sizeBytes: asset.sizeBytes, consent: true },
      });
      return true;
    });
  }

  /** A READY recording the person may watch, or null (not found, exactly as for an unknown id). */
  async playable(userId: string, id: string): Promise<MediaAsset | null> {
    if (!isUUID(id)) return null;
    const asset = await this.db.getRepository(MediaAsset).findOneBy({ id, status: 'READY' });
    if (!asset) return null;
    const grant = await this.access.facts(userId, { kind: asset.ownerKind, id: asset.ownerId }, asset.uploadedById);
    return grant && this.access.allows(grant, 'view') ? asset : null;
  }

  /** Records one `media.view`, unless the person started watching it in the last few minutes. */
  async auditView(userId: string, asset: MediaAsset, rendition: 'original' | 'low'): Promise<void> {
    await this.db.transaction(async (m) => {
      // One viewer's parallel first requests must not both pass the check.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`media.view:${userId}:${asset.id}`]);
      const [recent] = await m.query<unknown[]>(
        `SELECT 1 FROM audit_event WHERE action = 'media.view' AND actor_id = $1 AND target_id = $2
           AND created_at > now() - make_interval(mins => $3) LIMIT 1`,
        [userId, asset.id, VIEW_AUDIT_WINDOW_MINUTES],
      );
      if (recent) return;
      await this.audit.record(m, {
        networkId: asset.networkId,
        actorId: userId,
        action: 'media.view',
        targetType: 'media',
        targetId: asset.id,
        data: { ownerKind: asset.ownerKind, ownerId: asset.ownerId, rendition },
      });
    });
  }

  /** The owner's recordings for someone who may watch them (their own unfinished uploads too). */
  async recordings(userId: string, ownerKind: ObservationOwnerKind, ownerId: string): Promise<Recording[]> {
    const grant = await this.access.facts(userId, { kind: ownerKind, id: ownerId });
    if (!grant || !this.access.allows(grant, 'view')) throw notFound('lesson');
    const rows = await this.db
      .getRepository(MediaAsset)
      .createQueryBuilder('a')
      .innerJoin(User, 'u', 'u.id = a.uploaded_by_id')
      .addSelect('u.display_name', 'uploader_name')
      .where('a.owner_kind = :ownerKind AND a.owner_id = :ownerId', { ownerKind, ownerId })
      .andWhere(
        new Brackets((q) =>
          q.where("a.status = 'READY'").orWhere("a.status = 'UPLOADING' AND a.uploaded_by_id = :userId", { userId }),
        ),
      )
      .orderBy('a.created_at', 'ASC')
      .getRawAndEntities();
    const deletesAt = await this.deletesAt(ownerKind as ObservationOwnerKind, ownerId);
    return rows.entities.map((a, i) => ({
      id: a.id,
      filename: a.filename,
      sizeBytes: a.sizeBytes,
      durationSeconds: a.durationSeconds,
      hasLowRendition: a.hasLowRendition,
      status: a.status,
      uploadedByName: String((rows.raw[i] as { uploader_name: string }).uploader_name),
      mine: a.uploadedById === userId,
      createdAt: a.createdAt,
      deletesAt,
    }));
  }

  /**
   * Whether `id` is a finished (READY) recording of this owner: what other features ask before they
   * point at a recording (an observation note's `mediaId`). The caller has checked the owner's access.
   */
  async isReadyRecordingOf(id: string, ownerKind: ObservationOwnerKind, ownerId: string): Promise<boolean> {
    if (!isUUID(id)) return false;
    return this.db.getRepository(MediaAsset).existsBy({ id, ownerKind, ownerId, status: 'READY' });
  }

  /** When retention deletes the owner's recordings, or null while the owner is open. */
  async deletesAt(kind: ObservationOwnerKind, ownerId: string): Promise<Date | null> {
    const closedAt = await this.owners.owner(kind)?.closedAt(ownerId);
    return closedAt ? new Date(closedAt.getTime() + this.config.media.retentionDays * DAY_MS) : null;
  }

  /** Deletes a recording (its uploader, or whoever may upload to its owner); others: not found / forbidden. */
  async delete(userId: string, id: string): Promise<boolean> {
    const asset = await this.db.getRepository(MediaAsset).findOneBy({ id });
    const grant: MediaGrant | null =
      asset && asset.status !== 'DELETED'
        ? await this.access.facts(userId, { kind: asset.ownerKind, id: asset.ownerId }, asset.uploadedById)
        : null;
    if (!asset || !grant || !(this.access.allows(grant, 'view') || grant.facts.uploader)) throw notFound('recording');
    this.access.assert(grant, 'delete');
    await this.db.transaction((m) => this.remove(m, asset, userId, 'deleted by a participant'));
    return true;
  }

  /** Deletes the files and marks the row DELETED, with a `media.delete` audit event saying why. */
  async remove(m: EntityManager, asset: MediaAsset, actorId: string | null, reason: string): Promise<void> {
    await this.storage.deleteAll(asset.id);
    await m.update(MediaAsset, { id: asset.id }, { status: 'DELETED', deletedAt: new Date(), hasLowRendition: false });
    await this.audit.record(m, {
      networkId: asset.networkId,
      actorId,
      action: 'media.delete',
      targetType: 'media',
      targetId: asset.id,
      data: { ownerKind: asset.ownerKind, ownerId: asset.ownerId, filename: asset.filename, reason },
    });
  }
}
