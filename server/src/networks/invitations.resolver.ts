import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/id-arg.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import type { GqlContext } from '../common/auth-context.js';
import { requestIp } from '../common/request-ip.js';
import type { User } from '../auth/user.entity.js';
import { SessionCookieService } from '../auth/session-cookie.service.js';
import { AuthPayload } from '../auth/dto/auth-payload.js';
import { AcceptInvitationInput, InvitationPreview, InviteMemberInput } from './dto/invitation.input.js';
import { Invitation } from './invitation.entity.js';
import { InvitationsService } from './invitations.service.js';
import { Public } from '../access/public.decorator.js';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly cookie: SessionCookieService,
  ) {}

  @Mutation(() => Invitation, { description: 'Emails an invitation link (through the outbox).' })
  inviteMember(@CurrentUser() user: User, @Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.service.invite(user.id, input);
  }

  @Query(() => [Invitation], { description: 'Invitations not yet accepted or expired.' })
  invitations(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<Invitation[]> {
    return this.service.listOpen(user.id, networkId);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link is for; needs no sign-in.' })
  invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return this.service.preview(token);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    return this.cookie.signedIn(ctx, await this.service.accept(input, requestIp(ctx.req)));
  }
}
