import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import { UserSummary } from '../units/dto/unit.types.js';
import { CreateExchangeInput } from './dto/exchange.input.js';
import { ExchangeClassView, SubmissionView } from './dto/exchange.types.js';
import { ExchangeAccessService } from './exchange-access.service.js';
import { ExchangePhasesService } from './exchange-phases.service.js';
import { ExchangeViewService } from './exchange-view.service.js';
import { Exchange } from './exchange.entity.js';
import { ExchangesService } from './exchanges.service.js';
import { Rubric } from './rubric.entity.js';
import { SubmissionsService } from './submissions.service.js';

@Resolver(() => Exchange)
export class ExchangesResolver {
  constructor(
    private readonly access: ExchangeAccessService,
    private readonly service: ExchangesService,
    private readonly phases: ExchangePhasesService,
    private readonly view: ExchangeViewService,
    private readonly submissions: SubmissionsService,
  ) {}

  @Query(() => Exchange, { description: 'For its teachers and the students of its classes.' })
  async exchange(@Context() ctx: GqlContext, @IdArg('id', 'exchange') id: string): Promise<Exchange> {
    return (await this.access.viewerFor(ctx, id)).exchange;
  }

  @Query(() => [Exchange], { description: 'Exchanges you run, are invited to, or whose class you are in.' })
  myExchanges(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<Exchange[]> {
    return this.access.mine(user.id, networkId);
  }

  @Mutation(() => Exchange)
  createExchange(@CurrentUser() user: User, @Args('input') input: CreateExchangeInput): Promise<Exchange> {
    return this.service.create(user.id, input);
  }

  @Mutation(() => Exchange, { description: 'Invite a teacher of one of your job-alike groups to add their classes.' })
  inviteClassToExchange(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
    @IdArg('teacherId', 'teacher') teacherId: string,
  ): Promise<Exchange> {
    return this.service.invite(user.id, exchangeId, teacherId);
  }

  @Mutation(() => Exchange, { description: 'Add a class you teach (as the owner or an invited teacher).' })
  addClassToExchange(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
    @IdArg('classId', 'class') classId: string,
  ): Promise<Exchange> {
    return this.service.addClass(user.id, exchangeId, classId);
  }

  @Mutation(() => Exchange, { description: 'The owner moves the exchange to its next phase.' })
  advanceExchangePhase(
    @CurrentUser() user: User,
    @IdArg('exchangeId', 'exchange') exchangeId: string,
  ): Promise<Exchange> {
    return this.phases.advance(user.id, exchangeId);
  }

  @ResolveField(() => UserSummary, { description: 'The teacher who runs it.' })
  owner(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<UserSummary> {
    return this.view.owner(ctx, exchange.ownerId);
  }

  @ResolveField(() => Rubric, { description: 'The locked rubric version reviews use.' })
  rubric(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<Rubric> {
    return this.view.rubric(ctx, exchange.rubricId);
  }

  @ResolveField(() => String, { description: 'OWNER, TEACHER or STUDENT.' })
  async viewerRole(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<string> {
    return (await this.access.viewerFor(ctx, exchange.id)).role;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may add classes you teach now (owner or invited teacher, while essays are open).',
  })
  async viewerCanAddClasses(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<boolean> {
    return this.service.canAddClasses(await this.access.viewerFor(ctx, exchange.id));
  }

  @ResolveField(() => [SchoolClass], {
    description: 'Your classes you could add now (empty when you may not add any).',
  })
  async addableClasses(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<SchoolClass[]> {
    return this.service.addable(await this.access.viewerFor(ctx, exchange.id));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may move the exchange to its next phase now (its owner).' })
  async viewerCanAdvance(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<boolean> {
    return this.phases.canAdvance(await this.access.viewerFor(ctx, exchange.id));
  }

  @ResolveField(() => Boolean, {
    description: "Whether the viewer's essay may be saved now (for teachers: whether essays are being taken).",
  })
  async submissionOpen(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<boolean> {
    const window = await this.submissions.window(ctx, await this.access.viewerFor(ctx, exchange.id));
    return window.state !== 'CLOSED';
  }

  @ResolveField(() => String, {
    description:
      'OPEN before the deadline; LATE after it, until reviews are due, for an essay not submitted yet (if the exchange takes late essays); CLOSED otherwise.',
  })
  async essayWindow(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<string> {
    return (await this.submissions.window(ctx, await this.access.viewerFor(ctx, exchange.id))).state;
  }

  @ResolveField(() => [ExchangeClassView], {
    description: 'Classes and invitations (teachers only; empty for students).',
  })
  async classes(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<ExchangeClassView[]> {
    return this.view.classes(await this.access.viewerFor(ctx, exchange.id));
  }

  @ResolveField(() => [UserSummary], { description: 'Teachers the owner may invite (empty for everyone else).' })
  async invitableTeachers(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<UserSummary[]> {
    const teachers = await this.service.invitable(await this.access.viewerFor(ctx, exchange.id));
    return teachers.map((t) => ({ id: t.id, displayName: t.displayName }));
  }

  @ResolveField(() => SubmissionView, {
    nullable: true,
    description: 'Your own essay (students), null before you start.',
  })
  async mySubmission(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<SubmissionView | null> {
    return this.submissions.mine(ctx, await this.access.viewerFor(ctx, exchange.id));
  }
}
