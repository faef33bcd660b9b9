import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { SubmissionView } from './dto/exchange.types.js';
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
  ): Promise<SubmissionView> {
    return this.service.submit(user.id, exchangeId, body);
  }
}
