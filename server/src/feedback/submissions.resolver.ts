import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { EssayGiveaway, SubmissionView } from './dto/exchange.types.js';
import { SubmissionsService } from './submissions.service.js';

@Resolver(() => SubmissionView)
export class SubmissionsResolver {
  constructor(private readonly service: SubmissionsService) {}

  @Mutation(() => SubmissionView, { description: 'Autosave: keeps your latest text without submitting it.' })
  saveEssayDraft(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<SubmissionView> {
    return this.service.saveDraft(user.id, exchangeId, body);
  }

  @Mutation(() => SubmissionView, { description: 'Submit (or resubmit) your essay until the deadline.' })
  submitEssay(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
    @Args('body', { type: () => String }) body: string,
    @Args('submitAnyway', {
      type: () => Boolean,
      nullable: true,
      description: 'Submit even though the essay names your school, town or you (see essayGiveaways).',
    })
    submitAnyway?: boolean | null,
  ): Promise<SubmissionView> {
    return this.service.submit(user.id, exchangeId, body, submitAnyway === true);
  }

  @Query(() => [EssayGiveaway], {
    description: 'Words of this essay that name your school, your town or you: check before you submit.',
  })
  essayGiveaways(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<EssayGiveaway[]> {
    return this.service.giveaways(user.id, exchangeId, body);
  }
}
