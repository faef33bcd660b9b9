import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { FlagReviewInput, RateReviewInput, ResolveFlagInput, ReviewInput } from './dto/review.input.js';
import { ExchangeResults, ReceivedReview, ReviewAssignment, ReviewFlagView } from './dto/review.types.js';
import { ExchangeAccessService } from './exchange-access.service.js';
import { ExchangeResultsService } from './exchange-results.service.js';
import { Exchange } from './exchange.entity.js';
import { ReviewFeedbackService } from './review-feedback.service.js';
import { ReviewModerationService } from './review-moderation.service.js';
import { ReviewsService } from './reviews.service.js';

/** Peer reviews: writing them, reading and rating the ones received, flags, and teachers' results. */
@Resolver(() => Exchange)
export class ReviewsResolver {
  constructor(
    private readonly access: ExchangeAccessService,
    private readonly reviews: ReviewsService,
    private readonly feedback: ReviewFeedbackService,
    private readonly moderation: ReviewModerationService,
    private readonly results: ExchangeResultsService,
  ) {}

  @Query(() => [ReviewAssignment], { description: 'The essays you were asked to review in an exchange (students).' })
  myReviewAssignments(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
  ): Promise<ReviewAssignment[]> {
    return this.reviews.mine(user.id, exchangeId);
  }

  @Query(() => ExchangeResults, { description: "For the exchange's teachers: completion, scores, helpfulness, flags." })
  exchangeResults(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
  ): Promise<ExchangeResults> {
    return this.results.results(user.id, exchangeId);
  }

  @ResolveField(() => [ReceivedReview], {
    nullable: true,
    description: 'Reviews of your essay (students), once feedback is released; null before.',
  })
  async myFeedback(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<ReceivedReview[] | null> {
    return this.feedback.received(await this.access.viewerFor(ctx, exchange.id));
  }

  @Mutation(() => ReviewAssignment, { description: 'Open one of your reviews.' })
  startReview(@CurrentUser() user: User, @IdArg('reviewId', 'review') reviewId: string): Promise<ReviewAssignment> {
    return this.reviews.start(user.id, reviewId);
  }

  @Mutation(() => ReviewAssignment, { description: 'Keep a review in progress without sending it.' })
  saveReviewDraft(@CurrentUser() user: User, @Args('input') input: ReviewInput): Promise<ReviewAssignment> {
    return this.reviews.saveDraft(user.id, input);
  }

  @Mutation(() => ReviewAssignment, { description: 'Send a finished review.' })
  submitReview(@CurrentUser() user: User, @Args('input') input: ReviewInput): Promise<ReviewAssignment> {
    return this.reviews.submit(user.id, input);
  }

  @Mutation(() => ReceivedReview, { description: 'Rate how helpful a review of your essay was (1–5).' })
  rateReview(@CurrentUser() user: User, @Args('input') input: RateReviewInput): Promise<ReceivedReview> {
    return this.feedback.rate(user.id, input);
  }

  @Mutation(() => ReceivedReview, { description: 'Tell your teacher a review of your essay is unkind or unhelpful.' })
  flagReview(@CurrentUser() user: User, @Args('input') input: FlagReviewInput): Promise<ReceivedReview> {
    return this.feedback.flag(user.id, input);
  }

  @Mutation(() => ReviewFlagView, {
    description: "The author's or reviewer's teacher hides or keeps a flagged review.",
  })
  resolveFlag(@CurrentUser() user: User, @Args('input') input: ResolveFlagInput): Promise<ReviewFlagView> {
    return this.moderation.resolve(user.id, input);
  }
}
