import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, IsNull, type DataSource } from 'typeorm';
import { commentKindForStage, type DocumentAccess, type UnitCommentKind } from '@switchback/shared';
import type { GqlContext } from '../common/auth-context.js';
import { currentUserId } from '../common/current-user.decorator.js';
import { notFound } from '../common/errors.js';
import { loaderFor, rowsByIds } from '../common/loaders.js';
import type { DocumentRef } from '../collaboration/document-policies.js';
import { groupPlaces } from '../groups/group-places.js';
import { Group } from '../groups/group.entity.js';
import type { Membership } from '../networks/membership.entity.js';
import { AccessService } from '../access/access.service.js';
import { unitPolicy, type UnitAction, type UnitFacts } from '../access/policies/unit.policy.js';
import { UnitReview, UnitReviewFriend } from './unit-review.entity.js';
import { Unit } from './unit.entity.js';

export interface UnitContext {
  unit: Unit;
  group: Group;
  /** The caller's membership of the unit's network (an adult's). */
  me: Membership;
  /** An active member of the unit's group: one of its authors. */
  member: boolean;
  /** The review round running now, if any. */
  review: UnitReview | null;
  /** Named a critical friend of the review round running now. */
  friend: boolean;
  access: DocumentAccess;
  /** What the unit policy decides on (`access/policies/unit.policy.ts`). */
  facts: UnitFacts;
}

export const READ_ONLY_ARCHIVED = 'This unit is archived: it is read-only now.';

/**
 * Loads the facts the unit policy decides on (`access/policies/unit.policy.ts`), batched; anyone the
 * policy does not let read a unit gets "not found".
 */
@Injectable()
export class UnitAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly network: AccessService,
  ) {}

  /**
   * Contexts of several units in a handful of queries; an Error in place of each unit the person may
   * not see. With the request's context, rows other contexts of the request read are not read again.
   */
  async contexts(userId: string, unitIds: readonly string[], ctx?: GqlContext): Promise<(UnitContext | Error)[]> {
    const ids = [...new Set(unitIds.filter((id) => isUUID(id)))];
    const units = await rowsByIds(this.db, Unit, ids, ctx);
    const networkIds = [...new Set(units.map((u) => u.networkId))];
    const groupIds = [...new Set(units.map((u) => u.groupId))];
    const inReview = units.filter((u) => u.status === 'IN_REVIEW').map((u) => u.id);
    const [memberships, groups, allPlaces, reviews] = await Promise.all([
      this.network.memberships(userId, networkIds),
      rowsByIds(this.db, Group, groupIds, ctx),
      groupPlaces(this.db, userId, groupIds, ctx),
      inReview.length ? this.db.getRepository(UnitReview).findBy({ unitId: In(inReview), closedAt: IsNull() }) : [],
    ]);
    const places = allPlaces.filter((p) => p.status === 'ACTIVE');
    const friendOf = reviews.length
      ? await this.db.getRepository(UnitReviewFriend).findBy({ userId, reviewId: In(reviews.map((r) => r.id)) })
      : [];
    return unitIds.map((id) => {
      const unit = units.find((u) => u.id === id);
      const me = unit && memberships.find((m) => m.networkId === unit.networkId);
      const group = unit && groups.find((g) => g.id === unit.groupId);
      if (!unit || !me || !group) return notFound('unit');
      const member = places.some((p) => p.groupId === unit.groupId);
      const review = reviews.find((r) => r.unitId === unit.id) ?? null;
      const friend = !!review && friendOf.some((f) => f.reviewId === review.id);
      const facts: UnitFacts = {
        role: me.role,
        status: unit.status,
        author: member,
        groupArchived: !!group.archivedAt,
        groupName: group.name,
        friend,
      };
      if (!unitPolicy.allows(facts, 'read')) return notFound('unit');
      const access: DocumentAccess = unitPolicy.allows(facts, 'edit') ? 'EDIT' : 'VIEW';
      return { unit, group, me, member, review, friend, access, facts };
    });
  }

  async context(userId: string, unitId: string): Promise<UnitContext> {
    const [result] = await this.contexts(userId, [unitId]);
    if (result instanceof Error) throw result;
    return result;
  }

  /** The caller's context for a unit, looked up once per GraphQL request (and batched across units). */
  contextFor(ctx: GqlContext, unitId: string): Promise<UnitContext> {
    const userId = currentUserId(ctx);
    return loaderFor<string, UnitContext>(ctx, `unitContext:${userId}`, (ids) => this.contexts(userId, ids, ctx)).load(
      unitId,
    );
  }

  /**
   * What the live-document engine asks when someone joins a unit's document: it is the working
   * draft, for the authors and critical friends only (readers read the published versions).
   */
  async documentAccess(userId: string, doc: DocumentRef): Promise<DocumentAccess | null> {
    const [result] = await this.contexts(userId, [doc.ownerId]);
    if (result instanceof Error || result.unit.documentId !== doc.id) return null;
    return this.can(result, 'readDraft') ? result.access : null;
  }

  /** Writing the unit (its text, details, versions, status) is for its group's active members. */
  async editor(userId: string, unitId: string): Promise<UnitContext> {
    return this.assertEditor(await this.context(userId, unitId));
  }

  assertEditor(ctx: UnitContext): UnitContext {
    return this.assert(ctx, 'edit');
  }

  can(ctx: UnitContext, action: UnitAction): boolean {
    return unitPolicy.allows(ctx.facts, action);
  }

  /** The context when the unit policy allows `action`; FORBIDDEN with its sentence otherwise. */
  assert(ctx: UnitContext, action: UnitAction): UnitContext {
    unitPolicy.assert(ctx.facts, action);
    return ctx;
  }

  /** The comment kinds the caller may add now: all of them for authors, the stage's kind for critical friends. */
  commentKinds(ctx: UnitContext): UnitCommentKind[] | null {
    if (ctx.access === 'EDIT') return ['CLARIFYING', 'WARM', 'COOL', 'SUGGESTION'];
    if (ctx.friend && ctx.review) {
      const kind = commentKindForStage(ctx.review.stage);
      return kind ? [kind] : [];
    }
    return null;
  }

  canComment(ctx: UnitContext): boolean {
    return !!this.commentKinds(ctx)?.length;
  }

  /** Comments are the conversation of the authors and the critical friends of the running review. */
  canReadComments(ctx: UnitContext): boolean {
    return this.can(ctx, 'readComments');
  }
}
