import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { rubricMaxScore } from '@switchback/shared';
import type { User } from '../auth/user.entity.js';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { badInput } from '../common/errors.js';
import { IdArg } from '../common/id-arg.js';
import { loaderFor } from '../common/loaders.js';
import type { Group } from '../groups/group.entity.js';
import { CreateRubricInput, UpdateRubricInput } from './dto/rubric.input.js';
import { RubricGroup, RubricPerson } from './dto/rubric.types.js';
import { Rubric } from './rubric.entity.js';
import { RubricsService } from './rubrics.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Rubric)
export class RubricsResolver {
  constructor(private readonly service: RubricsService) {}

  @Query(() => [Rubric], {
    description: 'Your rubrics and those shared with your groups (latest version of each), newest first.',
  })
  rubrics(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<Rubric[]> {
    return this.service.list(user.id, networkId);
  }

  @Query(() => Rubric, { description: 'One version of a rubric.' })
  rubric(@CurrentUser() user: User, @IdArg('id', 'rubric') id: string): Promise<Rubric> {
    return this.service.visible(user.id, id);
  }

  @Mutation(() => Rubric)
  createRubric(@CurrentUser() user: User, @Args('input') input: CreateRubricInput): Promise<Rubric> {
    return this.service.create(user.id, input);
  }

  @Mutation(() => Rubric, { description: 'Editing a locked version makes and returns the next version.' })
  updateRubric(@CurrentUser() user: User, @Args('input') input: UpdateRubricInput): Promise<Rubric> {
    return this.service.update(user.id, input);
  }

  @Mutation(() => Rubric, { description: 'A private copy owned by you.' })
  duplicateRubric(@CurrentUser() user: User, @IdArg('id', 'rubric') id: string): Promise<Rubric> {
    return this.service.duplicate(user.id, id);
  }

  @Mutation(() => Rubric, { description: 'Share with one of your groups, or stop sharing with null.' })
  shareRubric(
    @CurrentUser() user: User,
    @IdArg('rubricId', 'rubric') rubricId: string,
    @Args('groupId', { type: () => ID, nullable: true }) groupId: string | null,
  ): Promise<Rubric> {
    if (groupId && !UUID.test(groupId)) throw badInput('That group link is not valid.', { groupId: 'Choose a group.' });
    return this.service.share(user.id, rubricId, groupId ?? null);
  }

  @ResolveField(() => RubricPerson)
  owner(@Parent() rubric: Rubric, @Context() ctx: GqlContext): Promise<RubricPerson> {
    return loaderFor<string, User>(ctx, 'rubricOwner', (ids) => this.service.owners(ids)).load(rubric.ownerId);
  }

  @ResolveField(() => RubricGroup, { nullable: true })
  sharedWithGroup(@Parent() rubric: Rubric, @Context() ctx: GqlContext): Promise<RubricGroup | null> | null {
    if (!rubric.sharedWithGroupId) return null;
    return loaderFor<string, Group | null>(ctx, 'rubricGroup', (ids) => this.service.groupNames(ids)).load(
      rubric.sharedWithGroupId,
    );
  }

  @ResolveField(() => Boolean, { description: 'Whether you wrote it (and so may edit and share it).' })
  viewerIsOwner(@Parent() rubric: Rubric, @CurrentUser() user: User): boolean {
    return rubric.ownerId === user.id;
  }

  @ResolveField(() => Int, { description: 'The highest weighted score: sum of weight × best level points.' })
  maxScore(@Parent() rubric: Rubric): number {
    return rubricMaxScore(rubric.criteria);
  }
}
