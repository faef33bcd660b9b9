import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { loaderFor, manyEach } from '../common/loaders.js';
import type { Connection } from '../common/pagination.js';
import { AddToShowcaseInput, RespondToShowcaseInput } from './dto/showcase.input.js';
import { ShowcasePage, ShowcasePerson, ShowcaseTarget } from './dto/showcase.types.js';
import { ShowcaseItem, viewerOf } from './showcase-item.entity.js';
import { ShowcaseResponse } from './showcase-response.entity.js';
import { ShowcaseService } from './showcase.service.js';

@Resolver(() => ShowcaseItem)
export class ShowcaseResolver {
  constructor(private readonly service: ShowcaseService) {}

  @Query(() => ShowcasePage, {
    description: "The network's showcase: featured items first, then the newest (adults of the network).",
  })
  showcase(
    @CurrentUser() user: User,
    @IdArg('networkId') networkId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ShowcaseItem>> {
    return this.service.page(user.id, networkId, first, after);
  }

  @Mutation(() => ShowcaseItem, {
    description: "Present your own work; a student's essay waits for the writer's teacher's approval.",
  })
  addToShowcase(@CurrentUser() user: User, @Args('input') input: AddToShowcaseInput): Promise<ShowcaseItem> {
    return this.service.add(user.id, input);
  }

  @Mutation(() => ShowcaseResponse, {
    description: 'Warm feedback on a colleague’s item: what worked, what I will borrow.',
  })
  respondToShowcase(
    @CurrentUser() user: User,
    @Args('input') input: RespondToShowcaseInput,
  ): Promise<ShowcaseResponse> {
    return this.service.respond(user.id, input);
  }

  @Mutation(() => ShowcaseItem, { description: "The writer's own teacher puts a student's essay on the showcase." })
  approveShowcaseItem(
    @CurrentUser() user: User,
    @IdArg('itemId', 'showcase item') itemId: string,
  ): Promise<ShowcaseItem> {
    return this.service.approve(user.id, itemId);
  }

  @Mutation(() => ShowcaseItem, { description: 'Coordinators feature an item (it comes first) or stop featuring it.' })
  featureShowcaseItem(
    @CurrentUser() user: User,
    @IdArg('itemId', 'showcase item') itemId: string,
    @Args('featured') featured: boolean,
  ): Promise<ShowcaseItem> {
    return this.service.feature(user.id, itemId, featured);
  }

  @Mutation(() => Boolean, { description: 'Its presenter or a coordinator takes an item off the showcase.' })
  removeFromShowcase(@CurrentUser() user: User, @IdArg('itemId', 'showcase item') itemId: string): Promise<boolean> {
    return this.service.remove(user.id, itemId);
  }

  @ResolveField(() => ShowcasePerson, {
    nullable: true,
    description: 'Who presented it: on student work without their school (it would tell the student’s).',
  })
  presenter(@Parent() item: ShowcaseItem, @Context() ctx: GqlContext): Promise<ShowcasePerson | null> {
    return loaderFor<ShowcaseItem, ShowcasePerson | null>(ctx, 'showcasePresenters', (items) =>
      this.service.presenters(items),
    ).load(item);
  }

  @ResolveField(() => ShowcaseTarget, {
    nullable: true,
    description: 'The unit, lesson-study record or exchange results, when you may open them.',
  })
  target(@CurrentUser() user: User, @Parent() item: ShowcaseItem, @Context() ctx: GqlContext) {
    return loaderFor<ShowcaseItem, ShowcaseTarget | null>(ctx, 'showcaseTargets', (items) =>
      this.service.targetsFor(user.id, items),
    ).load(item);
  }

  @ResolveField(() => Boolean, { description: 'Whether a coordinator featured it.' })
  featured(@Parent() item: ShowcaseItem): boolean {
    return !!item.featuredAt;
  }

  @ResolveField(() => [ShowcaseResponse], { description: 'Warm responses, oldest first.' })
  responses(@Parent() item: ShowcaseItem, @Context() ctx: GqlContext): Promise<ShowcaseResponse[]> {
    return loaderFor<string, ShowcaseResponse[]>(ctx, 'showcaseResponses', async (ids) =>
      manyEach(ids, await this.service.responsesOf(ids), (r) => r.itemId),
    ).load(item.id);
  }

  @ResolveField(() => Boolean, { description: 'You presented it.' })
  mine(@Parent() item: ShowcaseItem): boolean {
    return viewerOf(item).mine;
  }

  @ResolveField(() => Boolean, { description: 'You may respond to it (on the showcase, not your own).' })
  canRespond(@Parent() item: ShowcaseItem): boolean {
    return viewerOf(item).respond;
  }

  @ResolveField(() => Boolean, { description: 'You may feature it (coordinators).' })
  canFeature(@Parent() item: ShowcaseItem): boolean {
    return viewerOf(item).feature;
  }

  @ResolveField(() => Boolean, { description: "You are the writer's teacher and it waits for your approval." })
  canApprove(@Parent() item: ShowcaseItem): boolean {
    return viewerOf(item).approve;
  }

  @ResolveField(() => Boolean, { description: 'You may take it off the showcase (its presenter, a coordinator).' })
  canRemove(@Parent() item: ShowcaseItem): boolean {
    return viewerOf(item).remove;
  }
}

@Resolver(() => ShowcaseResponse)
export class ShowcaseResponseResolver {
  constructor(private readonly service: ShowcaseService) {}

  @ResolveField(() => ShowcasePerson, { nullable: true, description: 'The colleague who responded.' })
  author(@Parent() r: ShowcaseResponse, @Context() ctx: GqlContext): Promise<ShowcasePerson | null> {
    return loaderFor<string, ShowcasePerson | null>(ctx, 'showcaseAuthors', (keys) => this.service.authors(keys)).load(
      `${r.itemId}:${r.authorId}`,
    );
  }
}
