import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { User } from '../../auth/user.entity.js';
import { CurrentUser } from '../../common/current-user.decorator.js';
import { IdArg } from '../../common/id-arg.js';
import { EndorseReviewInput } from './dto/endorsement.input.js';
import { ExampleReview, ReviewEndorsementView } from './dto/endorsement.types.js';
import { EndorsementsService } from './endorsements.service.js';
import { ExampleReviewsService } from './example-reviews.service.js';

/** Endorsed reviews: teachers endorse and approve them; students read the approved ones as examples. */
@Resolver()
export class EndorsementsResolver {
  constructor(
    private readonly endorsements: EndorsementsService,
    private readonly examples: ExampleReviewsService,
  ) {}

  @Query(() => [ExampleReview], {
    description:
      "What a helpful comment looks like: up to 3 approved endorsed reviews of the network's other exchanges, same rubric first.",
  })
  exampleReviews(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
  ): Promise<ExampleReview[]> {
    return this.examples.examples(user.id, exchangeId);
  }

  @Query(() => [ReviewEndorsementView], {
    description: "For the exchange's teachers: endorsements of reviews by or of their students.",
  })
  reviewEndorsements(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
  ): Promise<ReviewEndorsementView[]> {
    return this.endorsements.list(user.id, exchangeId);
  }

  @Mutation(() => ReviewEndorsementView, { description: 'Endorse a sent review as exemplary.' })
  endorseReview(@CurrentUser() user: User, @Args('input') input: EndorseReviewInput): Promise<ReviewEndorsementView> {
    return this.endorsements.endorse(user.id, input);
  }

  @Mutation(() => ReviewEndorsementView, {
    description: "The review's writer's teacher: show an endorsed review to students as an example.",
  })
  approveEndorsement(
    @CurrentUser() user: User,
    @IdArg('endorsementId', 'endorsement') endorsementId: string,
  ): Promise<ReviewEndorsementView> {
    return this.endorsements.approve(user.id, endorsementId);
  }

  @Mutation(() => ID, {
    description: "Withdraw an endorsement (its endorser) or decline or withdraw the approval (the writer's teacher).",
  })
  withdrawEndorsement(
    @CurrentUser() user: User,
    @IdArg('endorsementId', 'endorsement') endorsementId: string,
  ): Promise<string> {
    return this.endorsements.withdraw(user.id, endorsementId);
  }
}
