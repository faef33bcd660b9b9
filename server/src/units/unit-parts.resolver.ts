import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { AddUnitCommentInput, StartUnitReviewInput } from './dto/unit.input.js';
import { UnitSectionContent, UserSummary } from './dto/unit.types.js';
import { UnitCommentsService } from './unit-comments.service.js';
import { sectionsOf } from './unit-content.js';
import { UnitComment } from './unit-comment.entity.js';
import { UnitReview } from './unit-review.entity.js';
import { UnitReviewsService } from './unit-reviews.service.js';
import { UnitRevision } from './unit-revision.entity.js';
import { UnitRevisionsService } from './unit-revisions.service.js';
import { UnitViewService } from './unit-view.service.js';
import { Unit } from './unit.entity.js';

/** What hangs off a unit and is shown with it: saved versions, comments, the running review. */
@Resolver(() => Unit)
export class UnitPartsResolver {
  constructor(
    private readonly revisionService: UnitRevisionsService,
    private readonly commentService: UnitCommentsService,
    private readonly reviewService: UnitReviewsService,
  ) {}

  @ResolveField(() => [UnitRevision], { description: 'Saved versions, newest first (for the group only).' })
  revisions(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitRevision[]> {
    return this.revisionService.list(ctx, unit.id);
  }

  @ResolveField(() => [UnitComment], { description: 'For the authors and the critical friends of the running review.' })
  comments(
    @Parent() unit: Unit,
    @Context() ctx: GqlContext,
    @Args('includeResolved', { type: () => Boolean, nullable: true, defaultValue: false })
    includeResolved: boolean | null,
  ): Promise<UnitComment[]> {
    return this.commentService.list(ctx, unit.id, includeResolved === true);
  }

  @ResolveField(() => UnitReview, { nullable: true, description: 'The review round running now, if any.' })
  async currentReview(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<UnitReview | null> {
    return unit.status === 'IN_REVIEW' ? this.reviewService.current(ctx, unit.id) : null;
  }

  @Query(() => UnitRevision)
  unitRevision(@CurrentUser() user: User, @IdArg('id', 'version') id: string): Promise<UnitRevision> {
    return this.revisionService.get(user.id, id);
  }

  @Mutation(() => UnitRevision, { description: 'Saves the unit as it is now under a name.' })
  saveUnitRevision(
    @CurrentUser() user: User,
    @IdArg('unitId', 'unit') unitId: string,
    @Args('name', { type: () => String }) name: string,
  ): Promise<UnitRevision> {
    return this.revisionService.save(user.id, unitId, name);
  }

  @Mutation(() => Unit, { description: "Makes the unit's content that of a saved version, as a new edit." })
  restoreUnitRevision(@CurrentUser() user: User, @IdArg('revisionId', 'version') revisionId: string): Promise<Unit> {
    return this.revisionService.restore(user.id, revisionId);
  }

  @Mutation(() => UnitComment)
  addUnitComment(@CurrentUser() user: User, @Args('input') input: AddUnitCommentInput): Promise<UnitComment> {
    return this.commentService.add(user.id, input);
  }

  @Mutation(() => UnitComment)
  resolveUnitComment(
    @CurrentUser() user: User,
    @IdArg('commentId', 'comment') commentId: string,
  ): Promise<UnitComment> {
    return this.commentService.resolve(user.id, commentId);
  }

  @Mutation(() => UnitReview, { description: 'Puts a draft in review and names its critical friends.' })
  startUnitReview(@CurrentUser() user: User, @Args('input') input: StartUnitReviewInput): Promise<UnitReview> {
    return this.reviewService.start(user.id, input);
  }

  @Mutation(() => UnitReview, {
    description:
      'Authors move the review to its next stage; closing it (after the reflection stage) needs a reflection.',
  })
  advanceUnitReview(
    @CurrentUser() user: User,
    @IdArg('unitId', 'unit') unitId: string,
    @Args('reflection', { type: () => String, nullable: true }) reflection?: string | null,
  ): Promise<UnitReview> {
    return this.reviewService.advance(user.id, unitId, reflection);
  }
}

@Resolver(() => UnitRevision)
export class UnitRevisionResolver {
  constructor(
    private readonly revisions: UnitRevisionsService,
    private readonly view: UnitViewService,
  ) {}

  @ResolveField(() => UserSummary, { nullable: true })
  createdBy(@Parent() revision: UnitRevision, @Context() ctx: GqlContext): Promise<UserSummary | null> {
    return this.view.user(ctx, revision.createdById);
  }

  @ResolveField(() => [UnitSectionContent], { description: 'Every section as it was in this version.' })
  async sections(@Parent() revision: UnitRevision, @Context() ctx: GqlContext): Promise<UnitSectionContent[]> {
    return sectionsOf(await this.revisions.state(ctx, revision));
  }
}

@Resolver(() => UnitComment)
export class UnitCommentResolver {
  constructor(private readonly view: UnitViewService) {}

  @ResolveField(() => UserSummary)
  async author(@Parent() comment: UnitComment, @Context() ctx: GqlContext): Promise<UserSummary> {
    return (await this.view.user(ctx, comment.authorId)) ?? { id: comment.authorId, displayName: 'Someone' };
  }
}

@Resolver(() => UnitReview)
export class UnitReviewResolver {
  constructor(
    private readonly reviews: UnitReviewsService,
    private readonly view: UnitViewService,
  ) {}

  @ResolveField(() => [UserSummary], { description: 'The critical friends named for the round.' })
  async friends(@Parent() review: UnitReview, @Context() ctx: GqlContext): Promise<UserSummary[]> {
    const ids = await this.reviews.friendIds(ctx, review.id);
    const users = await Promise.all(ids.map((id) => this.view.user(ctx, id)));
    return users.filter((u): u is UserSummary => u !== null);
  }
}
