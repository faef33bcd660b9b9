import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser } from '../common/current-user.decorator.js';
import { IdArg } from '../common/id-arg.js';
import type { Connection } from '../common/pagination.js';
import type { User } from '../auth/user.entity.js';
import { DiscoveryService } from './discovery.service.js';
import { GroupActivity } from './group-activity.entity.js';
import { GroupMember } from './group-member.entity.js';
import { Group } from './group.entity.js';
import { GroupsService } from './groups.service.js';
import { GroupViewService } from './group-view.service.js';
import { Goal } from './goal.entity.js';
import {
  AppointFacilitatorInput,
  CreateGroupInput,
  DecideJoinRequestInput,
  GroupsArgs,
  UpdateGroupInput,
} from './dto/group.input.js';
import { GroupConnection, IsolatedMember, JobAlike, PostConnection } from './dto/group.types.js';
import type { Post } from './post.entity.js';

@Resolver(() => Group)
export class GroupsResolver {
  constructor(
    private readonly groupsService: GroupsService,
    private readonly view: GroupViewService,
    private readonly discovery: DiscoveryService,
  ) {}

  @Query(() => GroupConnection, { description: "The network's job-alike groups, filtered, a page at a time." })
  groups(@CurrentUser() user: User, @Args() args: GroupsArgs): Promise<Connection<Group>> {
    return this.groupsService.list(user.id, args);
  }

  @Query(() => Group)
  async group(
    @CurrentUser() _user: User,
    @IdArg('id', 'group') id: string,
    @Context() ctx: GqlContext,
  ): Promise<Group> {
    return (await this.view.context(ctx, id)).group;
  }

  @Query(() => [JobAlike], { description: 'People in other schools who teach the same subject or grade band.' })
  jobAlikes(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<JobAlike[]> {
    return this.discovery.jobAlikes(user.id, networkId);
  }

  @Query(() => [Group], { description: 'Groups that fit you and that you are not in yet.' })
  suggestedGroups(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<Group[]> {
    return this.discovery.suggestedGroups(user.id, networkId);
  }

  @Query(() => [IsolatedMember], { description: 'Coordinators: teachers and principals in no active group.' })
  isolatedMembers(@CurrentUser() user: User, @IdArg('networkId') networkId: string): Promise<IsolatedMember[]> {
    return this.discovery.isolatedMembers(user.id, networkId);
  }

  @Mutation(() => Group)
  createGroup(@CurrentUser() user: User, @Args('input') input: CreateGroupInput): Promise<Group> {
    return this.groupsService.create(user.id, input);
  }

  @Mutation(() => Group)
  updateGroup(@CurrentUser() user: User, @Args('input') input: UpdateGroupInput): Promise<Group> {
    return this.groupsService.update(user.id, input);
  }

  @Mutation(() => Group)
  archiveGroup(@CurrentUser() user: User, @IdArg('groupId') groupId: string): Promise<Group> {
    return this.groupsService.archive(user.id, groupId);
  }

  @Mutation(() => GroupMember, { description: 'Open groups: joined. Closed groups: a PENDING request.' })
  joinGroup(@CurrentUser() user: User, @IdArg('groupId') groupId: string): Promise<GroupMember> {
    return this.groupsService.join(user.id, groupId);
  }

  @Mutation(() => Boolean)
  leaveGroup(@CurrentUser() user: User, @IdArg('groupId') groupId: string): Promise<boolean> {
    return this.groupsService.leave(user.id, groupId);
  }

  @Mutation(() => GroupMember, { nullable: true, description: 'Null when declined.' })
  decideJoinRequest(
    @CurrentUser() user: User,
    @Args('input') input: DecideJoinRequestInput,
  ): Promise<GroupMember | null> {
    return this.groupsService.decideJoinRequest(user.id, input);
  }

  @Mutation(() => GroupMember)
  appointFacilitator(@CurrentUser() user: User, @Args('input') input: AppointFacilitatorInput): Promise<GroupMember> {
    return this.groupsService.appointFacilitator(user.id, input);
  }

  @ResolveField(() => [GroupMember], { description: 'Active members, facilitators first.' })
  members(@Parent() group: Group, @Context() ctx: GqlContext): Promise<GroupMember[]> {
    return this.view.activeMembers(ctx, group.id);
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() group: Group, @Context() ctx: GqlContext): Promise<number> {
    return (await this.view.activeMembers(ctx, group.id)).length;
  }

  @ResolveField(() => GroupMember, { nullable: true, description: 'Your place in the group (ACTIVE or PENDING).' })
  viewerMember(@Parent() group: Group, @Context() ctx: GqlContext): Promise<GroupMember | null> {
    return this.view.viewerMember(ctx, group.id);
  }

  @ResolveField(() => [GroupMember], {
    description: 'Join requests, for facilitators and coordinators (empty for others).',
  })
  pendingRequests(@Parent() group: Group, @Context() ctx: GqlContext): Promise<GroupMember[]> {
    return this.view.pendingRequests(ctx, group.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may read the stream (open group, member or coordinator).' })
  canReadStream(@Parent() group: Group, @Context() ctx: GqlContext): Promise<boolean> {
    return this.view.canReadStream(ctx, group.id);
  }

  @ResolveField(() => [Goal])
  goals(@Parent() group: Group, @Context() ctx: GqlContext): Promise<Goal[]> {
    return this.view.goals(ctx, group.id);
  }

  @ResolveField(() => PostConnection, { description: 'Posts, newest first (replies hang under each post).' })
  posts(
    @Parent() group: Group,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<Post>> {
    return this.view.posts(ctx, group.id, first, after);
  }

  @ResolveField(() => [GroupActivity])
  activity(
    @Parent() group: Group,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<GroupActivity[]> {
    return this.view.activity(ctx, group.id, first);
  }
}
