import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ActionItemTarget, DocumentAccess } from '@switchback/shared';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { UserSummary } from '../units/dto/unit.types.js';
import { ActionItemsService } from './action-items.service.js';
import { CheckInService } from './check-in.service.js';
import { ConveningAccessService } from './convening-access.service.js';
import { ConveningSession } from './convening-session.entity.js';
import { ConveningSessionsService } from './convening-sessions.service.js';
import { ConveningViewService } from './convening-view.service.js';
import { ActionItemTargetEnum, Convening } from './convening.entity.js';
import { AddConveningSessionInput, UpdateConveningSessionInput } from './dto/convening.input.js';
import { NamedRef, SeatView, SessionActionItemView, SessionAttendee } from './dto/convening.types.js';

@Resolver(() => ConveningSession)
export class ConveningSessionsResolver {
  constructor(
    private readonly access: ConveningAccessService,
    private readonly sessions: ConveningSessionsService,
    private readonly checkIns: CheckInService,
    private readonly actionItems: ActionItemsService,
    private readonly view: ConveningViewService,
  ) {}

  @Query(() => ConveningSession)
  async conveningSession(@Context() ctx: GqlContext, @IdArg('id', 'session') id: string): Promise<ConveningSession> {
    return (await this.access.sessionViewerFor(ctx, id)).session;
  }

  @Mutation(() => ConveningSession, { description: 'Coordinators: a session on the agenda (with its live notes).' })
  addConveningSession(
    @CurrentUser() user: User,
    @Args('input') input: AddConveningSessionInput,
  ): Promise<ConveningSession> {
    return this.sessions.add(user.id, input);
  }

  @Mutation(() => ConveningSession)
  updateConveningSession(
    @CurrentUser() user: User,
    @Args('input') input: UpdateConveningSessionInput,
  ): Promise<ConveningSession> {
    return this.sessions.update(user.id, input);
  }

  @Mutation(() => SessionAttendee, {
    description: "The session's facilitator or a coordinator marks someone present (or not, with present: false).",
  })
  checkInAttendee(
    @CurrentUser() user: User,
    @IdArg('sessionId', 'session') sessionId: string,
    @IdArg('userId', 'person') userId: string,
    @Args('present', { type: () => Boolean, nullable: true, defaultValue: true }) present: boolean,
  ): Promise<SessionAttendee> {
    return this.checkIns.checkIn(user.id, sessionId, userId, present ?? true);
  }

  @Mutation(() => SessionActionItemView, {
    description: "Turns an action item of the session's notes into a goal or a post of the session's group.",
  })
  async promoteActionItem(
    @CurrentUser() user: User,
    @IdArg('sessionId', 'session') sessionId: string,
    @Args('text', { type: () => String }) text: string,
    @Args('target', { type: () => ActionItemTargetEnum }) target: ActionItemTarget,
  ): Promise<SessionActionItemView> {
    const item = await this.actionItems.promote(user.id, sessionId, text, target);
    return this.view.actionItemView(item, [user]);
  }

  @ResolveField(() => Convening)
  async convening(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<Convening> {
    return (await this.access.sessionViewerFor(ctx, s.id)).convening;
  }

  @ResolveField(() => NamedRef, { nullable: true })
  group(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<NamedRef | null> | null {
    return s.groupId ? this.view.group(ctx, s.groupId) : null;
  }

  @ResolveField(() => UserSummary, { nullable: true })
  facilitator(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<UserSummary | null> | null {
    return s.facilitatorId ? this.view.user(ctx, s.facilitatorId) : null;
  }

  @ResolveField(() => Int)
  async confirmedCount(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<number> {
    return (await this.view.seatCounts(ctx, s.id)).confirmed;
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<number> {
    return (await this.view.seatCounts(ctx, s.id)).waitlisted;
  }

  @ResolveField(() => SeatView, { nullable: true, description: 'Your seat, if you chose this session.' })
  async mySeat(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<SeatView | null> {
    const { me } = await this.access.sessionViewerFor(ctx, s.id);
    return this.view.mySeat(ctx, me.userId, s.id);
  }

  @ResolveField(() => Boolean, { description: "You are the session's facilitator or a coordinator." })
  async canCheckIn(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.access.sessionViewerFor(ctx, s.id)).mayCheckIn;
  }

  @ResolveField(() => [SessionAttendee], {
    nullable: true,
    description: "Seat holders (the facilitator's and coordinators' check-in list); null for everyone else.",
  })
  async attendees(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<SessionAttendee[] | null> {
    const v = await this.access.sessionViewerFor(ctx, s.id);
    return v.mayCheckIn ? this.view.attendees(ctx, v.convening.networkId, s.id) : null;
  }

  @ResolveField(() => String, { description: 'EDIT or VIEW: what you may do with the live notes.' })
  async notesAccess(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<DocumentAccess> {
    return (await this.access.sessionViewerFor(ctx, s.id)).notes;
  }

  @ResolveField(() => [SessionActionItemView], { description: 'Action items that became goals or posts.' })
  actionItemsDone(@Parent() s: ConveningSession, @Context() ctx: GqlContext): Promise<SessionActionItemView[]> {
    return this.view.actionItems(ctx, s.id);
  }
}
