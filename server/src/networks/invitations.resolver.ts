import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/id-arg.js';
import { CurrentUser, OptionalUser } from '../common/current-user.decorator.js';
import type { GqlContext } from '../common/auth-context.js';
import { requestIp } from '../common/request-ip.js';
import type { User } from '../auth/user.entity.js';
import { SessionCookieService } from '../auth/session-cookie.service.js';
import {
  AcceptInvitationInput,
  InvitationAcceptance,
  InvitationPreview,
  InviteMemberInput,
} from './dto/invitation.input.js';
import { Invitation } from './invitation.entity.js';
import { InvitationsService } from './invitations.service.js';
import { Public } from '../access/public.decorator.js';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly cookie: SessionCookieService,
  ) {}

  @Mutation(() => Invitation, {
    description:
      'Makes an invitation and emails its link (kept in the outbox when no mail server is set up); ' +
      'the answer carries the link and whether it was emailed.',
  })
  inviteMember(@CurrentUser() user: User, @Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.service.invite(user.id, input);
  }

  @Mutation(() => Invitation, {
    description:
      'Emails an open invitation again with a new link (the earlier link stops working) and 7 more days; ' +
      'the answer carries the new link and whether it was emailed.',
  })
  resendInvitation(@CurrentUser() user: User, @IdArg('invitationId') id: string): Promise<Invitation> {
    return this.service.renewLink(user.id, id, true);
  }

  @Mutation(() => Invitation, {
    description:
      'A new link to copy for an open invitation (only a hash of a link is stored, so an earlier one ' +
      'cannot be shown again): the earlier link stops working. Nothing is emailed.',
  })
  newInvitationLink(@CurrentUser() user: User, @IdArg('invitationId') id: string): Promise<Invitation> {
    return this.service.renewLink(user.id, id, false);
  }

  @Mutation(() => Invitation, { description: 'Withdraws an open invitation: its link stops working at once.' })
  revokeInvitation(@CurrentUser() user: User, @IdArg('invitationId') id: string): Promise<Invitation> {
    return this.service.revoke(user.id, id);
  }

  @Query(() => [Invitation], { description: 'Invitations not yet accepted or expired.' })
  invitations(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<Invitation[]> {
    return this.service.listOpen(user.id, networkId);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link is for; needs no sign-in.' })
  invitation(@OptionalUser() current: User | null, @Args('token') token: string): Promise<InvitationPreview> {
    return this.service.preview(token, current);
  }

  @Public()
  @Mutation(() => InvitationAcceptance, {
    description:
      'Signed in as the invitee: adds the network to your account. Signed out: creates the account ' +
      '(name and new password) and signs it in. An existing account must sign in first.',
  })
  async acceptInvitation(
    @OptionalUser() current: User | null,
    @Args('input') input: AcceptInvitationInput,
    @Context() ctx: GqlContext,
  ): Promise<InvitationAcceptance> {
    const result = await this.service.accept(current, input, requestIp(ctx.req));
    if (result.token) this.cookie.signedIn(ctx, { user: result.user, token: result.token });
    return result;
  }
}
