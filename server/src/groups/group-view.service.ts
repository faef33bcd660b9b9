import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, manyEach } from '../common/loaders.js';
import { pageSize, type Connection } from '../common/pagination.js';
import { ActivityService } from './activity.service.js';
import { GroupAccessService } from './group-access.service.js';
import { GroupMember } from './group-member.entity.js';
import { GoalsService } from './goals.service.js';
import type { Goal } from './goal.entity.js';
import type { GroupActivity } from './group-activity.entity.js';
import { PostsService } from './posts.service.js';
import type { Post } from './post.entity.js';

/** What the group page shows, each part behind the group's read rule. */
@Injectable()
export class GroupViewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccessService,
    private readonly goalsService: GoalsService,
    private readonly postsService: PostsService,
    private readonly activityService: ActivityService,
  ) {}

  /** The group, if the caller may see it (cached for the rest of the request). */
  context(ctx: GqlContext, groupId: string) {
    return this.access.contextFor(ctx, groupId);
  }

  private allMembers(ctx: GqlContext, groupId: string): Promise<GroupMember[]> {
    return loaderFor<string, GroupMember[]>(ctx, 'groupMembers', async (ids) =>
      manyEach(
        ids,
        await this.db
          .getRepository(GroupMember)
          .find({ where: { groupId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        (m) => m.groupId,
      ),
    ).load(groupId);
  }

  /** Active members, facilitators first (batched across the groups of a request). */
  async activeMembers(ctx: GqlContext, groupId: string): Promise<GroupMember[]> {
    const all = await this.allMembers(ctx, groupId);
    return all
      .filter((m) => m.status === 'ACTIVE')
      .sort((a, b) => (a.role === b.role ? 0 : a.role === 'FACILITATOR' ? -1 : 1));
  }

  /** The caller's place in the group (ACTIVE or PENDING), or null. */
  async viewerMember(ctx: GqlContext, groupId: string): Promise<GroupMember | null> {
    const userId = ctx.req.auth?.user.id;
    return (await this.allMembers(ctx, groupId)).find((m) => m.userId === userId) ?? null;
  }

  async canReadStream(ctx: GqlContext, groupId: string): Promise<boolean> {
    return this.access.canReadStream(await this.access.contextFor(ctx, groupId));
  }

  async pendingRequests(ctx: GqlContext, groupId: string): Promise<GroupMember[]> {
    if (!this.access.isFacilitator(await this.access.contextFor(ctx, groupId))) return [];
    return this.db
      .getRepository(GroupMember)
      .find({ where: { groupId, status: 'PENDING' }, order: { createdAt: 'ASC' } });
  }

  /** Goals are the group's shared commitments: visible wherever its stream is. */
  async goals(ctx: GqlContext, groupId: string): Promise<Goal[]> {
    this.access.assertReadable(await this.access.contextFor(ctx, groupId));
    return loaderFor<string, Goal[]>(ctx, 'groupGoals', async (ids) =>
      manyEach(ids, await this.goalsService.forGroups(ids), (g) => g.groupId),
    ).load(groupId);
  }

  async posts(ctx: GqlContext, groupId: string, first?: number, after?: string): Promise<Connection<Post>> {
    return this.postsService.page(await this.access.contextFor(ctx, groupId), first, after);
  }

  async activity(ctx: GqlContext, groupId: string, first?: number): Promise<GroupActivity[]> {
    this.access.assertReadable(await this.access.contextFor(ctx, groupId));
    return this.activityService.latest(groupId, pageSize(first));
  }
}
