import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import type { ObservationOwnerKind } from '@switchback/shared';
import { AuditService } from '../audit/audit.service.js';
import { every, runExclusive } from '../common/exclusive-job.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { Notification } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { MediaAsset } from './media-asset.entity.js';
import { MediaOwners } from './media-owners.js';
import { MediaService } from './media.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const EVERY_HOUR = 60 * 60 * 1000;

const OWNER_WORDS: Record<ObservationOwnerKind, string> = {
  LESSON_STUDY: 'lesson study',
  MENTORSHIP: 'mentoring pair',
};

export interface RetentionRun {
  warned: number;
  deleted: number;
}

/**
 * Retention of classroom video: MEDIA_RETENTION_DAYS after its lesson study or mentoring pair
 * closes, a recording's files (original and rendition) are deleted, its row is marked DELETED and a
 * `media.delete` audit event says it was retention. MEDIA_RETENTION_WARNING_DAYS before that, the
 * owner's participants are notified once and a `media.retention_warning` event is written. Runs
 * hourly in one process at a time (an exclusive job); `runRetention(now)` runs it at once.
 */
@Injectable()
export class RetentionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('MediaRetention');
  private stop = () => {};

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly owners: MediaOwners,
    private readonly media: MediaService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.stop = every(EVERY_HOUR, this.logger, () => this.runRetention());
  }

  onModuleDestroy(): void {
    this.stop();
  }

  /** One pass at `now`: null when another process is running it right now. */
  async runRetention(now: Date = new Date()): Promise<RetentionRun | null> {
    const notified: Notification[] = [];
    const result = await runExclusive(this.db, 'mediaRetention', async (m) => {
      const run: RetentionRun = { warned: 0, deleted: 0 };
      const owners: { owner_kind: ObservationOwnerKind; owner_id: string }[] = await m.query(
        `SELECT DISTINCT owner_kind, owner_id FROM media_asset WHERE status <> 'DELETED'`,
      );
      for (const { owner_kind: kind, owner_id: ownerId } of owners) {
        const owner = this.owners.owner(kind);
        const closedAt = owner && (await owner.closedAt(ownerId));
        if (!owner || !closedAt) continue;
        const deletesAt = new Date(closedAt.getTime() + this.config.media.retentionDays * DAY_MS);
        const warnAt = new Date(deletesAt.getTime() - this.config.media.retentionWarningDays * DAY_MS);
        const assets = await m.findBy(MediaAsset, { ownerKind: kind, ownerId, status: Not('DELETED') });
        if (now >= deletesAt) {
          const reason = `retention: ${this.config.media.retentionDays} days after the ${OWNER_WORDS[kind]} closed`;
          for (const a of assets) await this.media.remove(m, a, null, reason);
          run.deleted += assets.length;
        } else if (now >= warnAt) {
          const unwarned = assets.filter((a) => !a.retentionWarnedAt);
          if (!unwarned.length) continue;
          notified.push(
            ...(await this.warn(m, kind, ownerId, unwarned, deletesAt, now, await owner.participants(ownerId))),
          );
          run.warned += unwarned.length;
        }
      }
      return run;
    });
    await this.notifications.push(notified);
    return result;
  }

  private async warn(
    m: EntityManager,
    kind: ObservationOwnerKind,
    ownerId: string,
    assets: MediaAsset[],
    deletesAt: Date,
    now: Date,
    participants: string[],
  ): Promise<Notification[]> {
    const day = deletesAt.toISOString().slice(0, 10);
    const count = assets.length === 1 ? 'Its recording' : `Its ${assets.length} recordings`;
    const created = await this.notifications.create(m, {
      userIds: participants,
      networkId: assets[0]!.networkId,
      kind: 'RECORDING_RETENTION',
      text: `A ${OWNER_WORDS[kind]} you took part in has closed. ${count} will be deleted on ${day}, as the network's retention rule says.`,
    });
    await m.update(
      MediaAsset,
      { id: In(assets.map((a) => a.id)), retentionWarnedAt: IsNull() },
      { retentionWarnedAt: now },
    );
    for (const a of assets)
      await this.audit.record(m, {
        networkId: a.networkId,
        actorId: null,
        action: 'media.retention_warning',
        targetType: 'media',
        targetId: a.id,
        data: { ownerKind: kind, ownerId, deletesAt: deletesAt.toISOString(), notified: created.length },
      });
    return created;
  }
}
