import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { UNIT_LIMITS, nextReviewStage } from '@switchback/shared';
import type { GqlContext } from '../common/auth-context.js';
import { badInput, fieldError, forbidden } from '../common/errors.js';
import { loaderFor, manyEach, oneEach } from '../common/loaders.js';
import { AccessEvents } from '../access/access-events.js';
import { User } from '../auth/user.entity.js';
import { GroupMember } from '../groups/group-member.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { StartUnitReviewInput } from './dto/unit.input.js';
import { UnitAccessService, type UnitContext } from './unit-access.service.js';
import { UnitReview, UnitReviewFriend } from './unit-review.entity.js';
import { lockUnit } from './unit-lock.js';

const FRIENDS_FIELD = 'friendIds';

/**
 * Critical-friend review rounds: the authors put a draft in review and name friends from outside
 * the group; feedback runs in protocol order (clarifying, warm, cool), then the authors reflect
 * and close the round, which returns the unit to DRAFT.
 */
@Injectable()
export class UnitReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccessService,
    private readonly notifications: NotificationsService,
    private readonly events: AccessEvents,
  ) {}

  async start(userId: string, input: StartUnitReviewInput): Promise<UnitReview> {
    const ctx = await this.access.editor(userId, input.unitId);
    if (ctx.unit.status === 'IN_REVIEW') throw forbidden('A review round is already running for this unit.');
    if (ctx.unit.status !== 'DRAFT') throw forbidden('Only a draft can go into review: this unit is published.');
    const friendIds = await this.checkFriends(ctx, userId, input.friendIds);
    const author = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    const { review, created } = await this.db.transaction(async (m) => {
      const unit = await lockUnit(m, ctx.unit.id, ['DRAFT'], 'Only a draft can go into review.');
      const review = await m.save(m.create(UnitReview, { unitId: unit.id, stage: 'CLARIFYING', startedById: userId }));
      await m.insert(
        UnitReviewFriend,
        friendIds.map((friendId) => ({ reviewId: review.id, userId: friendId })),
      );
      unit.status = 'IN_REVIEW';
      await m.save(unit);
      this.events.publishAfterCommit(m, { kind: 'document-owner', ownerIds: [unit.id] });
      const created = await this.notifications.create(m, {
        userIds: friendIds,
        networkId: unit.networkId,
        kind: 'UNIT_REVIEW',
        text: `${author.displayName} asked you to be a critical friend for the unit "${unit.title}"`,
        groupId: unit.groupId,
        unitId: unit.id,
      });
      return { review, created };
    });
    await this.notifications.push(created);
    return review;
  }

  /** Friends are adults of the unit's network from outside its group; an input error otherwise. */
  private async checkFriends(ctx: UnitContext, userId: string, given: string[]): Promise<string[]> {
    const ids = [...new Set(given)];
    if (ids.includes(userId)) throw fieldError(FRIENDS_FIELD, 'You cannot be a critical friend of your own unit.');
    const [adults, insiders] = await Promise.all([
      this.db.getRepository(Membership).findBy({ networkId: ctx.unit.networkId, userId: In(ids), status: 'ACTIVE' }),
      this.db.getRepository(GroupMember).findBy({ groupId: ctx.unit.groupId, userId: In(ids), status: 'ACTIVE' }),
    ]);
    if (adults.filter((m) => m.role !== 'STUDENT').length !== ids.length) {
      throw badInput('Critical friends must be adults of this network.', {
        [FRIENDS_FIELD]: 'Choose teachers, principals or coordinators of this network.',
      });
    }
    if (insiders.length) {
      throw fieldError(
        FRIENDS_FIELD,
        `Critical friends come from outside ${ctx.group.name}: its members already write this unit.`,
      );
    }
    return ids;
  }

  /** Moves the running round to its next stage; from the reflection it closes (a reflection is needed). */
  async advance(userId: string, unitId: string, reflection?: string | null): Promise<UnitReview> {
    const ctx = await this.access.editor(userId, unitId);
    if (!ctx.review) throw forbidden('No review round is running for this unit.');
    const text = reflection?.trim() ?? '';
    if (text.length > UNIT_LIMITS.commentMax)
      throw fieldError('reflection', `Keep the reflection under ${UNIT_LIMITS.commentMax} characters.`);
    if (text && ctx.review.stage !== 'REFLECTION')
      throw fieldError('reflection', 'Write the reflection once the feedback is in, in the reflection stage.');
    return this.db.transaction(async (m) => {
      const unit = await lockUnit(m, unitId, ['IN_REVIEW'], 'No review round is running for this unit.');
      const review = await m.getRepository(UnitReview).findOneByOrFail({ id: ctx.review!.id });
      if (review.closedAt || review.stage !== ctx.review!.stage)
        throw forbidden('The review moved on meanwhile: reload it and try again.');
      const next = nextReviewStage(review.stage)!;
      if (next === 'CLOSED') {
        review.reflection = text || review.reflection;
        if (!review.reflection)
          throw fieldError('reflection', 'Write your reflection on the feedback before closing the review.');
        review.closedAt = new Date();
        unit.status = 'DRAFT';
        await m.save(unit);
        // The critical friends' open copies close: the round is over.
        this.events.publishAfterCommit(m, { kind: 'document-owner', ownerIds: [unit.id] });
      }
      review.stage = next;
      return m.save(review);
    });
  }

  /** The running review round of a unit, batched per request. */
  current(ctx: GqlContext, unitId: string): Promise<UnitReview | null> {
    return loaderFor<string, UnitReview | null>(ctx, 'unitCurrentReview', async (ids) =>
      oneEach(
        ids,
        await this.db.getRepository(UnitReview).findBy({ unitId: In([...ids]), closedAt: IsNull() }),
        (r) => r.unitId,
      ),
    ).load(unitId);
  }

  /** The user ids of a review's friends, batched per request (callers have read its unit). */
  async friendIds(ctx: GqlContext, reviewId: string): Promise<string[]> {
    const rows = await loaderFor<string, UnitReviewFriend[]>(ctx, 'unitReviewFriends', async (ids) =>
      manyEach(
        ids,
        await this.db
          .getRepository(UnitReviewFriend)
          .find({ where: { reviewId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        (f) => f.reviewId,
      ),
    ).load(reviewId);
    return rows.map((r) => r.userId);
  }
}
