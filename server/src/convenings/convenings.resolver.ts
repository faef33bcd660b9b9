import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RegistrationStatus } from '@switchback/shared';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { ConveningAccessService } from './convening-access.service.js';
import { ConveningSession } from './convening-session.entity.js';
import { ConveningViewService } from './convening-view.service.js';
import { Convening, RegistrationStatusEnum } from './convening.entity.js';
import { ConveningsService } from './convenings.service.js';
import { CreateConveningInput, RegistrationNeedsInput, UpdateConveningInput } from './dto/convening.input.js';
import { MyRegistration, NamedRef, RegistrationSummary } from './dto/convening.types.js';
import { RegistrationsService } from './registrations.service.js';

@Resolver(() => Convening)
export class ConveningsResolver {
  constructor(
    private readonly access: ConveningAccessService,
    private readonly service: ConveningsService,
    private readonly registrations: RegistrationsService,
    private readonly view: ConveningViewService,
  ) {}

  @Query(() => [Convening], {
    description: "The network's convenings, newest first: drafts for coordinators only; none for students.",
  })
  convenings(@CurrentUser() user: User, @IdArg('networkId', 'network') networkId: string): Promise<Convening[]> {
    return this.access.list(user.id, networkId);
  }

  @Query(() => Convening)
  async convening(@Context() ctx: GqlContext, @IdArg('id', 'convening') id: string): Promise<Convening> {
    return (await this.access.viewerFor(ctx, id)).convening;
  }

  @Mutation(() => Convening, { description: 'Coordinators: a new convening, as a draft.' })
  createConvening(@CurrentUser() user: User, @Args('input') input: CreateConveningInput): Promise<Convening> {
    return this.service.create(user.id, input);
  }

  @Mutation(() => Convening)
  updateConvening(@CurrentUser() user: User, @Args('input') input: UpdateConveningInput): Promise<Convening> {
    return this.service.update(user.id, input);
  }

  @Mutation(() => Convening, { description: "Shows the convening to the network's adults and opens registration." })
  publishConvening(@CurrentUser() user: User, @IdArg('id', 'convening') id: string): Promise<Convening> {
    return this.service.publish(user.id, id);
  }

  @Mutation(() => Convening, { description: 'Your answer (and needs), until the registration deadline.' })
  register(
    @CurrentUser() user: User,
    @IdArg('conveningId', 'convening') conveningId: string,
    @Args('status', { type: () => RegistrationStatusEnum }) status: RegistrationStatus,
    @Args('needs', { type: () => RegistrationNeedsInput, nullable: true }) needs?: RegistrationNeedsInput,
  ): Promise<Convening> {
    return this.registrations.register(user.id, conveningId, status, needs);
  }

  @Mutation(() => Convening, {
    description: 'Replaces your choice of sessions; full sessions put you on the waitlist.',
  })
  chooseSessions(
    @CurrentUser() user: User,
    @IdArg('conveningId', 'convening') conveningId: string,
    @Args('sessionIds', { type: () => [ID] }) sessionIds: string[],
  ): Promise<Convening> {
    return this.registrations.chooseSessions(user.id, conveningId, sessionIds);
  }

  @ResolveField(() => NamedRef, { nullable: true })
  hostSchool(@Parent() c: Convening, @Context() ctx: GqlContext): Promise<NamedRef | null> | null {
    return c.hostSchoolId ? this.view.school(ctx, c.hostSchoolId) : null;
  }

  @ResolveField(() => [ConveningSession], { description: 'The agenda, in time order.' })
  sessions(@Parent() c: Convening, @Context() ctx: GqlContext): Promise<ConveningSession[]> {
    return this.view.sessions(ctx, c.id);
  }

  @ResolveField(() => Boolean)
  async viewerIsCoordinator(@Parent() c: Convening, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.access.viewerFor(ctx, c.id)).coordinator;
  }

  @ResolveField(() => Boolean, { description: 'Published and before the registration deadline.' })
  registrationOpen(@Parent() c: Convening): boolean {
    return this.registrations.registrationOpen(c, new Date());
  }

  @ResolveField(() => Boolean, {
    description: 'You may choose sessions: registered as going or maybe, and the convening is not over.',
  })
  async viewerCanChooseSessions(@Parent() c: Convening, @Context() ctx: GqlContext): Promise<boolean> {
    const { me } = await this.access.viewerFor(ctx, c.id);
    const registration = await this.view.myRegistration(ctx, me.userId, c.id);
    return this.registrations.mayChooseSessions(c, registration?.status ?? null, new Date());
  }

  @ResolveField(() => MyRegistration, { nullable: true })
  async myRegistration(@Parent() c: Convening, @Context() ctx: GqlContext): Promise<MyRegistration | null> {
    const { me } = await this.access.viewerFor(ctx, c.id);
    return this.view.myRegistration(ctx, me.userId, c.id);
  }

  @ResolveField(() => RegistrationSummary, {
    nullable: true,
    description: 'Counts and needs by school (coordinators; null for everyone else).',
  })
  async registrationSummary(@Parent() c: Convening, @Context() ctx: GqlContext): Promise<RegistrationSummary | null> {
    return this.view.summary(await this.access.viewerFor(ctx, c.id));
  }
}
