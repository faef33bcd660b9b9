import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { UnitStatus } from '@switchback/shared';
import { AccessEvents } from '../access/access-events.js';
import { AuditService } from '../audit/audit.service.js';
import { fieldError, forbidden } from '../common/errors.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { GroupAccessService } from '../groups/group-access.service.js';
import type { CreateUnitInput, UnitsArgs, UpdateUnitInput } from './dto/unit.input.js';
import { UnitAccessService } from './unit-access.service.js';
import { forkTitle } from './unit-fork-title.js';
import { lockUnit } from './unit-lock.js';
import { freezeVersion, latestVersion } from './unit-version-rows.js';
import { Unit } from './unit.entity.js';

/** The note of a unit's first published version. */
const FIRST_VERSION_NOTE = 'First published.';

/** Most units a group's list shows at once (a group writes a handful a year). */
const GROUP_LIST_MAX = 500;

/** Units: creating, describing, listing, publishing, archiving and adapting (forking). */
@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccessService,
    private readonly groups: GroupAccessService,
    private readonly docs: CollabDocumentsService,
    private readonly audit: AuditService,
    private readonly events: AccessEvents,
  ) {}

  /** A new DRAFT unit of a group the caller is an active member of, with its empty live document. */
  async create(userId: string, input: CreateUnitInput): Promise<Unit> {
    const { group } = await this.groups.participant(userId, input.groupId);
    return this.insert({
      networkId: group.networkId,
      groupId: group.id,
      title: input.title,
      // A subject or grade-band group's units are about its subject or band unless told otherwise.
      subject: input.subject ?? group.subject ?? '',
      gradeBand: input.gradeBand ?? group.gradeBand ?? null,
      summary: input.summary ?? '',
      forkedFromId: null,
      forkedFromVersionId: null,
      createdById: userId,
    });
  }

  /** The unit row and its document, in one transaction (the document's owner is the unit). */
  /** A new DRAFT unit and its document; `settle` decides fields inside the transaction, before anything is written. */
  private insert(
    fields: Omit<Unit, 'id' | 'documentId' | 'status' | 'publishedAt' | 'createdAt' | 'updatedAt'>,
    state?: Uint8Array,
    settle?: (m: EntityManager) => Promise<Partial<Unit>>,
  ) {
    const id = randomUUID();
    return this.db.transaction(async (m) => {
      if (settle) Object.assign(fields, await settle(m));
      const documentId = await this.docs.create('UNIT', id, state, m);
      await m.insert(Unit, { ...fields, id, documentId, status: 'DRAFT', publishedAt: null });
      return m.getRepository(Unit).findOneByOrFail({ id });
    });
  }

  async update(userId: string, input: UpdateUnitInput): Promise<Unit> {
    const { unit } = await this.access.editor(userId, input.unitId);
    if (input.title != null) unit.title = input.title;
    if (input.subject != null) unit.subject = input.subject;
    if (input.gradeBand != null) unit.gradeBand = input.gradeBand === '' ? null : input.gradeBand;
    if (input.summary != null) unit.summary = input.summary;
    return this.db.getRepository(Unit).save(unit);
  }

  /**
   * A group's units, most recently changed first. Its members see them all; other adults of the
   * network see the published ones and those they are critical friends of.
   */
  async list(userId: string, args: UnitsArgs): Promise<Unit[]> {
    const ctx = await this.groups.context(userId, args.groupId);
    const qb = this.db.getRepository(Unit).createQueryBuilder('u').where('u.group_id = :g', { g: args.groupId });
    if (args.status) qb.andWhere('u.status = :status', { status: args.status });
    if (!this.groups.isActiveMember(ctx)) {
      qb.andWhere(
        `(u.status = 'PUBLISHED' OR (u.status = 'IN_REVIEW' AND EXISTS (
            SELECT 1 FROM unit_review r JOIN unit_review_friend f ON f.review_id = r.id
            WHERE r.unit_id = u.id AND r.closed_at IS NULL AND f.user_id = :me)))`,
        { me: userId },
      );
    }
    return qb.orderBy('u.updated_at', 'DESC').addOrderBy('u.id', 'ASC').limit(GROUP_LIST_MAX).getMany();
  }

  /**
   * Publishing puts a draft in the network's library as its first published version (frozen: the
   * authors keep writing the draft and publish its changes as new versions).
   */
  async publish(userId: string, unitId: string): Promise<Unit> {
    const ctx = await this.access.editor(userId, unitId);
    this.checkPublishable(ctx.unit.status);
    await this.docs.compact(ctx.unit.documentId);
    const state = await this.docs.snapshot(ctx.unit.documentId);
    return this.db.transaction(async (m) => {
      const unit = await lockUnit(m, unitId, ['DRAFT'], 'Only a draft can be published.');
      unit.status = 'PUBLISHED';
      unit.publishedAt = new Date();
      const saved = await m.save(unit);
      await freezeVersion(m, { unitId, state, note: FIRST_VERSION_NOTE, createdById: userId });
      await this.audit.record(m, {
        networkId: unit.networkId,
        actorId: userId,
        action: 'unit.publish',
        targetType: 'unit',
        targetId: unit.id,
        data: { title: unit.title, groupId: unit.groupId },
      });
      this.events.publishAfterCommit(m, { kind: 'document-owner', ownerIds: [unit.id] });
      return saved;
    });
  }

  private checkPublishable(status: UnitStatus) {
    if (status === 'IN_REVIEW')
      throw forbidden('Finish the review round first: close it with your reflection, then publish.');
    if (status === 'PUBLISHED') throw forbidden('This unit is already published.');
  }

  /** Archiving takes a unit out of use (and out of the library); it stays readable to its group. */
  async archive(userId: string, unitId: string): Promise<Unit> {
    const ctx = await this.access.context(userId, unitId);
    if (!ctx.member) throw forbidden(`Only members of ${ctx.group.name} can archive this unit.`);
    if (ctx.unit.status === 'ARCHIVED') throw forbidden('This unit is already archived.');
    if (ctx.unit.status === 'IN_REVIEW') throw forbidden('Close the review round before archiving the unit.');
    return this.db.transaction(async (m) => {
      const unit = await lockUnit(
        m,
        unitId,
        ['DRAFT', 'PUBLISHED'],
        'This unit changed meanwhile: reload it and try again.',
      );
      const from = unit.status;
      unit.status = 'ARCHIVED';
      const saved = await m.save(unit);
      await this.audit.record(m, {
        networkId: unit.networkId,
        actorId: userId,
        action: 'unit.archive',
        targetType: 'unit',
        targetId: unit.id,
        data: { title: unit.title, groupId: unit.groupId, from },
      });
      // Open copies of its document turn read-only (or close for library readers) on every server.
      this.events.publishAfterCommit(m, { kind: 'document-owner', ownerIds: [unit.id] });
      return saved;
    });
  }

  /**
   * Adapting a published unit: a DRAFT copy, in one of the caller's groups, of its latest published
   * version (never the authors' draft), under its new title, with its lineage and the version copied.
   */
  async fork(userId: string, unitId: string, groupId: string, title?: string | null): Promise<Unit> {
    const source = await this.access.context(userId, unitId);
    this.access.assert(source, 'fork');
    const target = await this.groups.participant(userId, groupId);
    if (target.group.networkId !== source.unit.networkId) {
      throw fieldError('groupId', 'Choose one of your groups in this network.');
    }
    const { unit } = source;
    const version = await latestVersion(this.db.manager, unit.id);
    const state = version ? new Uint8Array(version.state) : await this.docs.snapshot(unit.documentId);
    return this.insert(
      {
        networkId: unit.networkId,
        groupId: target.group.id,
        title: unit.title,
        subject: unit.subject,
        gradeBand: unit.gradeBand,
        summary: unit.summary,
        forkedFromId: unit.id,
        forkedFromVersionId: version?.id ?? null,
        createdById: userId,
      },
      state,
      async (m) => {
        // One adaptation into a group at a time: two made at once cannot both take the same title.
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`unit-titles:${target.group.id}`]);
        return { title: await forkTitle(m, target.group.id, unit.title, title) };
      },
    );
  }
}
