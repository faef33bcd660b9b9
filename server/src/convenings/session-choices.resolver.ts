import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { ConveningSession } from './convening-session.entity.js';
import { Convening } from './convening.entity.js';
import { SessionChoice } from './dto/session-choice.types.js';
import { SessionChoicesService } from './session-choices.service.js';

/** What a person may choose on the agenda, and their choices one session at a time. */
@Resolver(() => ConveningSession)
export class SessionChoicesResolver {
  constructor(private readonly choices: SessionChoicesService) {}

  @ResolveField(() => SessionChoice, { description: 'Whether you may choose this session now, and why not.' })
  choice(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<SessionChoice> {
    return this.choices.choiceFor(ctx, s);
  }

  @Mutation(() => Convening, {
    description:
      'Take (attend: true) or leave one session, saved at once: a seat while it has room, the waitlist after. ' +
      'Refused, with the reason the agenda shows, for a session not offered to you.',
  })
  setSessionChoice(
    @CurrentUser() user: User,
    @IdArg('sessionId', 'session') sessionId: string,
    @Args('attend', { type: () => Boolean }) attend: boolean,
  ): Promise<Convening> {
    return this.choices.setChoice(user.id, sessionId, attend);
  }
}
