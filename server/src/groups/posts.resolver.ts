import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import { loaderFor, manyEach } from '../common/loaders.js';
import { pageSize } from '../common/pagination.js';
import { User } from '../auth/user.entity.js';
import { CreateGoalInput, CreatePostInput, UpdateGoalInput, UpdatePostInput } from './dto/goal-post.input.js';
import { Goal } from './goal.entity.js';
import { GoalsService } from './goals.service.js';
import { userLoader } from './group-member.resolver.js';
import { LookupService } from './lookup.service.js';
import { Post, PostLink } from './post.entity.js';
import { PostsService } from './posts.service.js';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly lookup: LookupService,
  ) {}

  @Mutation(() => Post, { description: 'A post in the group stream, or a reply (with parentId).' })
  createPost(@CurrentUser() user: User, @Args('input') input: CreatePostInput): Promise<Post> {
    return this.postsService.create(user.id, input);
  }

  @Mutation(() => Post, { description: 'Authors edit their own posts.' })
  updatePost(@CurrentUser() user: User, @Args('input') input: UpdatePostInput): Promise<Post> {
    return this.postsService.update(user.id, input);
  }

  @Mutation(() => Boolean, { description: 'Authors delete their own posts.' })
  deletePost(@CurrentUser() user: User, @IdArg('postId') postId: string): Promise<boolean> {
    return this.postsService.delete(user.id, postId);
  }

  @Mutation(() => Post, { description: 'Facilitators hide a post from the group.' })
  hidePost(@CurrentUser() user: User, @IdArg('postId') postId: string): Promise<Post> {
    return this.postsService.hide(user.id, postId);
  }

  @ResolveField(() => User)
  author(@Parent() post: Post, @Context() ctx: GqlContext) {
    return userLoader(ctx, this.lookup).load(post.authorId);
  }

  @ResolveField(() => String, { description: 'Empty when the post was hidden by a facilitator.' })
  body(@Parent() post: Post): string {
    return post.hiddenAt ? '' : post.body;
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() post: Post): boolean {
    return post.hiddenAt !== null;
  }

  @ResolveField(() => [PostLink])
  links(@Parent() post: Post): PostLink[] {
    return post.hiddenAt ? [] : post.links;
  }

  @ResolveField(() => Boolean, { description: 'Whether you wrote it (and so may edit or delete it).' })
  mine(@CurrentUser() user: User, @Parent() post: Post): boolean {
    return post.authorId === user.id;
  }

  @ResolveField(() => [User])
  async mentions(@Parent() post: Post, @Context() ctx: GqlContext) {
    const users = await userLoader(ctx, this.lookup).loadMany(post.mentionIds);
    return users.filter((u): u is User => u instanceof User);
  }

  @ResolveField(() => [Post], { description: 'Replies, oldest first (empty on replies).' })
  replies(@Parent() post: Post, @Context() ctx: GqlContext): Promise<Post[]> | Post[] {
    if (post.parentId) return [];
    return loaderFor<string, Post[]>(ctx, 'replies', async (ids) =>
      manyEach(ids, await this.postsService.repliesTo(ids), (p) => p.parentId!),
    ).load(post.id);
  }
}

@Resolver(() => Goal)
export class GoalsResolver {
  constructor(
    private readonly goalsService: GoalsService,
    private readonly postsService: PostsService,
  ) {}

  @Mutation(() => Goal)
  createGoal(@CurrentUser() user: User, @Args('input') input: CreateGoalInput): Promise<Goal> {
    return this.goalsService.create(user.id, input);
  }

  @Mutation(() => Goal)
  updateGoal(@CurrentUser() user: User, @Args('input') input: UpdateGoalInput): Promise<Goal> {
    return this.goalsService.update(user.id, input);
  }

  @ResolveField(() => [Post], { description: 'The latest check-ins posted on this goal, newest first.' })
  checkIns(
    @Parent() goal: Goal,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ): Promise<Post[]> {
    const n = pageSize(first, 5);
    return loaderFor<string, Post[]>(ctx, `checkIns:${n}`, async (ids) =>
      manyEach(ids, await this.postsService.checkInsFor(ids, n), (p) => p.goalId!),
    ).load(goal.id);
  }
}
