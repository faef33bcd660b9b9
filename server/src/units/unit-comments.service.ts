import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { REVIEW_STAGE_LABELS, UNIT_COMMENT_KIND_LABELS } from '@switchback/shared';
import type { GqlContext } from '../common/auth-context.js';
import { forbidden, notFound } from '../common/errors.js';
import { loaderFor, manyEach } from '../common/loaders.js';
import type { AddUnitCommentInput } from './dto/unit.input.js';
import { READ_ONLY_ARCHIVED, UnitAccessService, type UnitContext } from './unit-access.service.js';
import { UnitComment } from './unit-comment.entity.js';

/** Comments anchored to a section: the authors' notes and the critical friends' feedback. */
@Injectable()
export class UnitCommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccessService,
  ) {}

  async add(userId: string, input: AddUnitCommentInput): Promise<UnitComment> {
    const ctx = await this.access.context(userId, input.unitId);
    const kinds = this.access.commentKinds(ctx);
    if (!kinds) throw forbidden(this.refusal(ctx));
    if (!kinds.includes(input.kind)) {
      const stage = ctx.review ? REVIEW_STAGE_LABELS[ctx.review.stage].toLowerCase() : '';
      throw forbidden(
        kinds.length
          ? `The review is in the ${stage} stage: add ${UNIT_COMMENT_KIND_LABELS[kinds[0]].toLowerCase()} for now.`
          : 'The feedback stages are over: the authors are writing their reflection now.',
      );
    }
    return this.db.getRepository(UnitComment).save(
      this.db.getRepository(UnitComment).create({
        unitId: ctx.unit.id,
        sectionId: input.sectionId,
        kind: input.kind,
        body: input.body,
        authorId: userId,
        reviewId: ctx.unit.status === 'IN_REVIEW' ? (ctx.review?.id ?? null) : null,
        resolvedAt: null,
        resolvedById: null,
      }),
    );
  }

  private refusal(ctx: UnitContext): string {
    if (ctx.member && ctx.unit.status === 'ARCHIVED') return READ_ONLY_ARCHIVED;
    if (ctx.member) return `${ctx.group.name} is archived: its units are read-only now.`;
    return `Only members of ${ctx.group.name} and the critical friends they name can comment on this unit.`;
  }

  /** The authors resolve any comment; a critical friend may resolve their own while the round runs. */
  async resolve(userId: string, commentId: string): Promise<UnitComment> {
    const comment = isUUID(commentId) ? await this.db.getRepository(UnitComment).findOneBy({ id: commentId }) : null;
    if (!comment) throw notFound('comment');
    const ctx = await this.access.context(userId, comment.unitId).catch(() => null);
    if (!ctx || !this.access.canReadComments(ctx)) throw notFound('comment');
    const own = comment.authorId === userId && this.access.canComment(ctx);
    if (ctx.access !== 'EDIT' && !own) {
      throw forbidden(ctx.member ? this.refusal(ctx) : `Only members of ${ctx.group.name} can resolve comments.`);
    }
    if (comment.resolvedAt) return comment;
    comment.resolvedAt = new Date();
    comment.resolvedById = userId;
    return this.db.getRepository(UnitComment).save(comment);
  }

  /** A unit's comments, oldest first, for its authors and critical friends (nobody else sees them). */
  async list(ctx: GqlContext, unitId: string, includeResolved: boolean): Promise<UnitComment[]> {
    if (!this.access.canReadComments(await this.access.contextFor(ctx, unitId))) return [];
    const all = await loaderFor<string, UnitComment[]>(ctx, 'unitComments', async (ids) =>
      manyEach(
        ids,
        await this.db
          .getRepository(UnitComment)
          .find({ where: { unitId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        (c) => c.unitId,
      ),
    ).load(unitId);
    return includeResolved ? all : all.filter((c) => !c.resolvedAt);
  }
}
