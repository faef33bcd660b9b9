import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { UNIT_LIMITS } from '@switchback/shared';
import type { GqlContext } from '../common/auth-context.js';
import { fieldError, forbidden, notFound } from '../common/errors.js';
import { loaderFor, manyEach, oneEach } from '../common/loaders.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { UnitAccessService, type UnitContext } from './unit-access.service.js';
import { UnitRevision } from './unit-revision.entity.js';
import type { Unit } from './unit.entity.js';

/** Every column but the state: lists do not carry whole documents. */
const LIST_COLUMNS = { id: true, unitId: true, name: true, createdById: true, createdAt: true } as const;

/**
 * Named versions of a unit: the whole document saved under a name. Restoring one is a new edit on
 * top of the current text, so later work is never destroyed (it stays in the history).
 */
@Injectable()
export class UnitRevisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccessService,
    private readonly docs: CollabDocumentsService,
  ) {}

  async save(userId: string, unitId: string, name: string): Promise<UnitRevision> {
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (!trimmed) throw fieldError('name', 'Name the version, e.g. "Before the review".');
    if (trimmed.length > UNIT_LIMITS.revisionNameMax)
      throw fieldError('name', `Keep the name under ${UNIT_LIMITS.revisionNameMax} characters.`);
    const { unit } = await this.access.editor(userId, unitId);
    const state = await this.docs.snapshot(unit.documentId);
    const repo = this.db.getRepository(UnitRevision);
    return repo.save(repo.create({ unitId: unit.id, name: trimmed, state: Buffer.from(state), createdById: userId }));
  }

  /** A saved version, for the members of the unit's group. */
  async get(userId: string, revisionId: string): Promise<UnitRevision> {
    const revision = isUUID(revisionId)
      ? await this.db.getRepository(UnitRevision).findOneBy({ id: revisionId })
      : null;
    if (!revision) throw notFound('version');
    const ctx = await this.access.context(userId, revision.unitId).catch(() => null);
    if (!ctx) throw notFound('version');
    if (!ctx.member) throw forbidden(this.membersOnly(ctx));
    return revision;
  }

  private membersOnly(ctx: UnitContext): string {
    return `Only members of ${ctx.group.name} can see the unit's saved versions.`;
  }

  /** Makes the unit's content equal to a saved version's, as a new edit by the caller. */
  async restore(userId: string, revisionId: string): Promise<Unit> {
    const revision = await this.get(userId, revisionId);
    const { unit } = await this.access.editor(userId, revision.unitId);
    await this.docs.replaceContent(unit.documentId, new Uint8Array(revision.state), userId);
    return unit;
  }

  /** A unit's saved versions, newest first; empty for anyone outside its group. */
  async list(ctx: GqlContext, unitId: string): Promise<UnitRevision[]> {
    if (!(await this.access.contextFor(ctx, unitId)).member) return [];
    return loaderFor<string, UnitRevision[]>(ctx, 'unitRevisions', async (ids) =>
      manyEach(
        ids,
        await this.db.getRepository(UnitRevision).find({
          select: LIST_COLUMNS,
          where: { unitId: In([...ids]) },
          order: { createdAt: 'DESC', id: 'ASC' },
        }),
        (r) => r.unitId,
      ),
    ).load(unitId);
  }

  /** The saved state of a version (lists leave it out), batched per request. */
  async state(ctx: GqlContext, revision: UnitRevision): Promise<Uint8Array> {
    if (revision.state) return new Uint8Array(revision.state);
    const row = await loaderFor<string, UnitRevision | null>(ctx, 'unitRevisionStates', async (ids) =>
      oneEach(ids, await this.db.getRepository(UnitRevision).findBy({ id: In([...ids]) }), (r) => r.id),
    ).load(revision.id);
    if (!row) throw notFound('version');
    return new Uint8Array(row.state);
  }
}
