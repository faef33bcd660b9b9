import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { UNIT_LIMITS } from '@switchback/shared';
import { AuditService } from '../audit/audit.service.js';
import type { GqlContext } from '../common/auth-context.js';
import { badInput, fieldError, forbidden, notFound } from '../common/errors.js';
import { loaderFor, manyEach, oneEach } from '../common/loaders.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Notification } from '../notifications/notification.entity.js';
import type { UnitSectionContent } from './dto/unit.types.js';
import { UnitAccessService, type UnitContext } from './unit-access.service.js';
import { sectionsOf } from './unit-content.js';
import { diffSections, type SectionDiff } from './unit-diff.js';
import { lockUnit } from './unit-lock.js';
import { freezeVersion } from './unit-version-rows.js';
import { UnitVersion } from './unit-version.entity.js';
import type { Unit } from './unit.entity.js';

/** Every column but the state: lists do not carry whole documents. */
const LIST_COLUMNS = {
  id: true,
  unitId: true,
  number: true,
  note: true,
  createdById: true,
  createdAt: true,
} as const;

/**
 * Published versions of a unit: what readers, the library and forks see. The authors write a
 * working draft (the live document) and publish its changes as a new version with a note; the
 * people who adapted the unit are told, and can compare the version they copied with the latest.
 */
@Injectable()
export class UnitVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccessService,
    private readonly docs: CollabDocumentsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** "Publish changes": the draft as it is now becomes the next version, with a note of what changed. */
  async publishChanges(userId: string, unitId: string, note: string): Promise<UnitVersion> {
    const trimmed = typeof note === 'string' ? note.trim() : '';
    if (!trimmed) throw fieldError('note', 'Say in a few words what changed, e.g. "Added a rebuttal lesson".');
    if (trimmed.length > UNIT_LIMITS.versionNoteMax)
      throw fieldError('note', `Keep the note under ${UNIT_LIMITS.versionNoteMax} characters.`);
    const ctx = await this.access.editor(userId, unitId);
    if (ctx.unit.status !== 'PUBLISHED')
      throw forbidden('Only a published unit has changes to publish: publish it first.');
    await this.docs.compact(ctx.unit.documentId);
    const state = await this.docs.snapshot(ctx.unit.documentId);
    const { version, created } = await this.db.transaction(async (m) => {
      const unit = await lockUnit(m, unitId, ['PUBLISHED'], 'This unit is not published any more: reload it.');
      const last = await m.getRepository(UnitVersion).findOne({ where: { unitId }, order: { number: 'DESC' } });
      if (last && !differs(last.state, state))
        throw badInput(`Nothing has changed since version ${last.number}: there is nothing to publish.`);
      const version = await freezeVersion(m, { unitId, state, note: trimmed, createdById: userId });
      await this.audit.record(m, {
        networkId: unit.networkId,
        actorId: userId,
        action: 'unit.publishChanges',
        targetType: 'unit',
        targetId: unit.id,
        data: { title: unit.title, groupId: unit.groupId, version: version.number },
      });
      return { version, created: await this.notifyForkers(m, unit, version, userId) };
    });
    await this.notifications.push(created);
    return version;
  }

  /** Tells the people who adapted the unit (in a fork that is not archived) that it has a new version. */
  private async notifyForkers(m: EntityManager, unit: Unit, version: UnitVersion, userId: string) {
    const forks: { id: string; group_id: string; title: string; created_by_id: string }[] = await m.query(
      `SELECT id, group_id, title, created_by_id FROM unit
        WHERE forked_from_id = $1 AND status <> 'ARCHIVED' AND created_by_id <> $2`,
      [unit.id, userId],
    );
    const created: Notification[] = [];
    for (const fork of forks) {
      created.push(
        ...(await this.notifications.create(m, {
          userIds: [fork.created_by_id],
          networkId: unit.networkId,
          kind: 'UNIT_UPDATED',
          text: `"${unit.title}", which you adapted as "${fork.title}", has a new version: ${version.note}`,
          groupId: fork.group_id,
          // Opens the adaptation, where "what changed upstream" is.
          unitId: fork.id,
        })),
      );
    }
    return created;
  }

  /** A published version, for whoever may read the unit (anyone else: "not found"). */
  async get(userId: string, versionId: string): Promise<UnitVersion> {
    const version = isUUID(versionId) ? await this.db.getRepository(UnitVersion).findOneBy({ id: versionId }) : null;
    if (!version) throw notFound('version');
    const ctx = await this.access.context(userId, version.unitId).catch(() => null);
    if (!ctx) throw notFound('version');
    return version;
  }

  /** What changed from one version of a unit to another, section by section. */
  async compare(userId: string, fromId: string, toId: string): Promise<SectionDiff[]> {
    const [from, to] = await Promise.all([this.get(userId, fromId), this.get(userId, toId)]);
    if (from.unitId !== to.unitId)
      throw badInput('Compare two versions of the same unit.', { toVersionId: 'Choose a version of the same unit.' });
    return diffSections(new Uint8Array(from.state), new Uint8Array(to.state));
  }

  /** A unit's published versions, newest first, for whoever may read it. */
  list(ctx: GqlContext, unitId: string): Promise<UnitVersion[]> {
    return loaderFor<string, UnitVersion[]>(ctx, 'unitVersions', async (ids) =>
      manyEach(
        ids,
        await this.db.getRepository(UnitVersion).find({
          select: LIST_COLUMNS,
          where: { unitId: In([...ids]) },
          order: { number: 'DESC' },
        }),
        (v) => v.unitId,
      ),
    ).load(unitId);
  }

  async latest(ctx: GqlContext, unitId: string): Promise<UnitVersion | null> {
    return (await this.list(ctx, unitId))[0] ?? null;
  }

  /** A version by id without an access check: callers have checked the unit it belongs to. */
  byId(ctx: GqlContext, versionId: string): Promise<UnitVersion | null> {
    return loaderFor<string, UnitVersion | null>(ctx, 'unitVersionById', async (ids) =>
      oneEach(
        ids,
        await this.db.getRepository(UnitVersion).find({ select: LIST_COLUMNS, where: { id: In([...ids]) } }),
        (v) => v.id,
      ),
    ).load(versionId);
  }

  /** The frozen state of a version (lists leave it out), batched per request. */
  async state(ctx: GqlContext, version: UnitVersion): Promise<Uint8Array> {
    if (version.state) return new Uint8Array(version.state);
    const row = await loaderFor<string, UnitVersion | null>(ctx, 'unitVersionStates', async (ids) =>
      oneEach(ids, await this.db.getRepository(UnitVersion).findBy({ id: In([...ids]) }), (v) => v.id),
    ).load(version.id);
    if (!row) throw notFound('version');
    return new Uint8Array(row.state);
  }

  /**
   * The unit's text for the caller: the working draft for its authors and critical friends, the
   * latest published version for everyone else (the draft of a unit never published is theirs only).
   */
  async sections(ctx: GqlContext, unitCtx: UnitContext): Promise<UnitSectionContent[]> {
    const version = this.access.can(unitCtx, 'readDraft') ? null : await this.latest(ctx, unitCtx.unit.id);
    return sectionsOf(version ? await this.state(ctx, version) : await this.docs.snapshot(unitCtx.unit.documentId));
  }

  /** For its editors: whether the draft differs from the latest published version (null for anyone else). */
  async draftChanged(ctx: GqlContext, unitCtx: UnitContext): Promise<boolean | null> {
    if (unitCtx.access !== 'EDIT' || unitCtx.unit.status !== 'PUBLISHED') return null;
    const latest = await this.latest(ctx, unitCtx.unit.id);
    if (!latest) return true;
    return differs(await this.state(ctx, latest), await this.docs.snapshot(unitCtx.unit.documentId));
  }

  /**
   * On a fork: the original's versions published since the one it copied, newest first (empty when
   * the original is no longer readable, e.g. archived).
   */
  async upstreamSince(ctx: GqlContext, fork: Unit): Promise<UnitVersion[]> {
    if (!fork.forkedFromId || !fork.forkedFromVersionId) return [];
    const copied = await this.byId(ctx, fork.forkedFromVersionId);
    const original = await this.access.contextFor(ctx, fork.forkedFromId).catch(() => null);
    if (!copied || !original) return [];
    return (await this.list(ctx, fork.forkedFromId)).filter((v) => v.number > copied.number);
  }

  /** The version of the original a fork copied, when the original is still readable to the caller. */
  async copiedVersion(ctx: GqlContext, fork: Unit): Promise<UnitVersion | null> {
    if (!fork.forkedFromId || !fork.forkedFromVersionId) return null;
    const original = await this.access.contextFor(ctx, fork.forkedFromId).catch(() => null);
    return original ? this.byId(ctx, fork.forkedFromVersionId) : null;
  }
}

/** Whether two states hold different content (formatting included), whatever their Yjs history. */
function differs(a: Uint8Array, b: Uint8Array): boolean {
  const before = sectionsOf(new Uint8Array(a));
  const after = sectionsOf(new Uint8Array(b));
  return before.some((s, i) => s.html !== after[i]?.html);
}
