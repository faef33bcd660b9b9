import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
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
  async exchange(@CurrentUser() user: User, @IdArg('id', 'exchange') id: string): Promise<Exchange> {
    return (await this.access.viewer(user.id, id)).exchange;
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
  owner(@Parent() exchange: Exchange): Promise<UserSummary> {
    return this.view.owner(exchange.ownerId);
  }

  @ResolveField(() => Rubric, { description: 'The locked rubric version reviews use.' })
  rubric(@Parent() exchange: Exchange): Promise<Rubric> {
    return this.view.rubric(exchange.rubricId);
  }

  @ResolveField(() => String, { description: 'OWNER, TEACHER or STUDENT.' })
  async viewerRole(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<string> {
    return (await this.access.viewerFor(ctx, exchange.id)).role;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may add classes you teach (owner or invited teacher).' })
  async viewerCanAddClasses(@Parent() exchange: Exchange, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.access.viewerFor(ctx, exchange.id)).mayAddClasses;
  }

  @ResolveField(() => Boolean, { description: 'Whether essays may be saved and submitted now.' })
  submissionOpen(@Parent() exchange: Exchange): boolean {
    return this.submissions.isOpen(exchange);
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
    return this.submissions.mine(await this.access.viewerFor(ctx, exchange.id));
  }
}
