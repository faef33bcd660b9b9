import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { GroupLiveEvent, type GroupPostEventPayload } from '@switchback/shared';
import { badInput, forbidden, notFound, notFoundAs } from '../common/errors.js';
import { newestFirstPage, type Connection } from '../common/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import { LivePublisher } from '../live/live-publisher.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ActivityService, excerpt } from './activity.service.js';
import { GroupAccessService, type GroupContext } from './group-access.service.js';
import { GroupMember } from './group-member.entity.js';
import { Goal } from './goal.entity.js';
import { Post } from './post.entity.js';
import type { CreatePostInput, UpdatePostInput } from './dto/goal-post.input.js';

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccessService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly live: LivePublisher,
    private readonly audit: AuditService,
  ) {}

  /** Top-level posts of a group, newest first, for a caller whose checked context may read its stream. */
  page(group: GroupContext, first?: number, after?: string): Promise<Connection<Post>> {
    const groupId = this.access.assertReadable(group).group.id;
    const qb = this.db
      .getRepository(Post)
      .createQueryBuilder('p')
      .where('p.group_id = :groupId AND p.parent_id IS NULL AND p.deleted_at IS NULL', { groupId });
    return newestFirstPage(qb, 'p', first, after);
  }

  async create(userId: string, input: CreatePostInput): Promise<Post> {
    const ctx = await this.access.participant(userId, input.groupId);
    let parent: Post | null = null;
    if (input.parentId) {
      parent = await this.db
        .getRepository(Post)
        .findOneBy({ id: input.parentId, groupId: input.groupId, deletedAt: IsNull() });
      if (!parent)
        throw badInput('That post is not in this group any more.', { parentId: 'Choose a post of this group.' });
      if (parent.parentId)
        throw badInput('Reply to the post itself, not to a reply.', { parentId: 'Reply to a post.' });
    } else if (!input.kind) {
      throw badInput('Choose what kind of post this is.', {
        kind: 'Choose check-in, question, resource or celebration.',
      });
    }
    if (input.goalId && !(await this.db.getRepository(Goal).existsBy({ id: input.goalId, groupId: input.groupId }))) {
      throw badInput('Choose a goal of this group.', { goalId: 'Choose a goal of this group.' });
    }
    const mentionIds = [...new Set(input.mentionIds ?? [])].filter((id) => id !== userId);
    if (mentionIds.length) {
      const members = await this.db
        .getRepository(GroupMember)
        .countBy({ groupId: input.groupId, userId: In(mentionIds), status: 'ACTIVE' });
      if (members !== mentionIds.length)
        throw badInput('You can mention members of this group only.', { mentionIds: 'Mention members of this group.' });
    }
    const author = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    const { post, created } = await this.db.transaction(async (m) => {
      const post = await m.save(
        m.create(Post, {
          groupId: input.groupId,
          authorId: userId,
          kind: parent?.kind ?? input.kind!,
          goalId: parent ? parent.goalId : (input.goalId ?? null),
          parentId: parent?.id ?? null,
          body: input.body,
          links: (input.links ?? []).map((l) => ({ url: l.url, title: l.title || l.url })),
          mentionIds,
        }),
      );
      await this.activity.record(m, {
        groupId: input.groupId,
        actorId: userId,
        kind: parent ? 'REPLY_CREATED' : 'POST_CREATED',
        summary: parent
          ? `replied: ${excerpt(post.body)}`
          : `posted a ${post.kind.toLowerCase().replace('_', '-')}: ${excerpt(post.body)}`,
        subjectId: post.id,
      });
      const created = [
        ...(await this.notifications.create(m, {
          userIds: mentionIds,
          networkId: ctx.group.networkId,
          kind: 'MENTION',
          text: `${author.displayName} mentioned you in ${ctx.group.name}: ${excerpt(post.body, 120)}`,
          groupId: input.groupId,
          postId: post.id,
        })),
        ...(parent && parent.authorId !== userId && !mentionIds.includes(parent.authorId)
          ? await this.notifications.create(m, {
              userIds: [parent.authorId],
              networkId: ctx.group.networkId,
              kind: 'REPLY',
              text: `${author.displayName} replied to your post in ${ctx.group.name}: ${excerpt(post.body, 120)}`,
              groupId: input.groupId,
              postId: post.id,
            })
          : []),
      ];
      return { post, created };
    });
    this.publish(post, 'CREATED');
    await this.notifications.push(created);
    return post;
  }

  private async own(userId: string, postId: string): Promise<Post> {
    const post = await this.db.getRepository(Post).findOneBy({ id: postId, deletedAt: IsNull() });
    if (!post) throw notFound('post');
    await notFoundAs('post', this.access.participant(userId, post.groupId));
    if (post.authorId !== userId) throw forbidden('You can edit and delete your own posts only.');
    return post;
  }

  async update(userId: string, input: UpdatePostInput): Promise<Post> {
    const post = await this.own(userId, input.id);
    post.body = input.body;
    if (input.links) post.links = input.links.map((l) => ({ url: l.url, title: l.title || l.url }));
    post.editedAt = new Date();
    const saved = await this.db.getRepository(Post).save(post);
    this.publish(saved, 'UPDATED');
    return saved;
  }

  async delete(userId: string, postId: string): Promise<boolean> {
    const post = await this.own(userId, postId);
    await this.db.getRepository(Post).update(post.id, { deletedAt: new Date() });
    this.publish(post, 'DELETED');
    return true;
  }

  /** Facilitators (and coordinators) hide a post from the group; hiding is recorded. */
  async hide(userId: string, postId: string): Promise<Post> {
    const post = await this.db.getRepository(Post).findOneBy({ id: postId, deletedAt: IsNull() });
    if (!post) throw notFound('post');
    const { group } = await notFoundAs('post', this.access.facilitator(userId, post.groupId));
    const alreadyHidden = Boolean(post.hiddenAt);
    post.hiddenAt = post.hiddenAt ?? new Date();
    post.hiddenById = post.hiddenById ?? userId;
    const saved = await this.db.transaction(async (m) => {
      const result = await m.getRepository(Post).save(post);
      if (!alreadyHidden) {
        await this.audit.record(m, {
          networkId: group.networkId,
          actorId: userId,
          action: 'post.hide',
          targetType: 'Post',
          targetId: post.id,
          data: { groupId: post.groupId },
        });
      }
      return result;
    });
    this.publish(saved, 'HIDDEN');
    return saved;
  }

  private publish(post: Post, change: GroupPostEventPayload['change']): void {
    this.live.toGroup(post.groupId, GroupLiveEvent.Post, {
      groupId: post.groupId,
      postId: post.id,
      parentId: post.parentId,
      change,
    } satisfies GroupPostEventPayload);
  }

  repliesTo(parentIds: readonly string[]): Promise<Post[]> {
    return this.db
      .getRepository(Post)
      .find({ where: { parentId: In([...parentIds]), deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
  }

  /** The latest `perGoal` check-ins of each goal, newest first, in one query. */
  checkInsFor(goalIds: readonly string[], perGoal: number): Promise<Post[]> {
    return this.db
      .getRepository(Post)
      .createQueryBuilder('p')
      .where(
        `p.id IN (SELECT id FROM (SELECT c.id, row_number() OVER (PARTITION BY c.goal_id ORDER BY c.created_at DESC) AS n
                                    FROM post c
                                   WHERE c.goal_id IN (:...goalIds) AND c.kind = 'CHECK_IN'
                                     AND c.parent_id IS NULL AND c.deleted_at IS NULL) latest
                   WHERE latest.n <= :perGoal)`,
        { goalIds: [...goalIds], perGoal },
      )
      .orderBy('p.created_at', 'DESC')
      .getMany();
  }
}
