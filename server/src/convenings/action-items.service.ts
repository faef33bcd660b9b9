import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CONVENING_LIMITS, type ActionItemTarget } from '@switchback/shared';
import { badInput, conflict, fieldError, forbidden } from '../common/errors.js';
import { GoalsService } from '../groups/goals.service.js';
import { PostsService } from '../groups/posts.service.js';
import { SessionActionItem } from './action-item.entity.js';
import { ConveningAccessService } from './convening-access.service.js';

/**
 * Action items written in a session's notes become goals or posts of the session's group, made
 * by the caller through the groups' own services (so the group's rules apply), and are recorded.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
    private readonly goals: GoalsService,
    private readonly posts: PostsService,
  ) {}

  async promote(userId: string, sessionId: string, text: string, target: ActionItemTarget): Promise<SessionActionItem> {
    const { session, notes } = await this.access.sessionViewer(userId, sessionId);
    if (notes !== 'EDIT')
      throw forbidden("Only the session's attendees, its facilitator and coordinators can act on its notes.");
    if (!session.groupId)
      throw badInput('This session has no group: action items become goals or posts of a job-alike group.');
    // A pasted list line keeps its words, not its bullet or checkbox.
    const item = text.replace(/^\s*(?:(?:[-*•]|\d+[.)])\s+)?(?:\[[ xX]?\]\s*)?/, '').trim();
    if (!item) throw fieldError('text', 'Write the action item first.');
    if (item.length > CONVENING_LIMITS.actionItemMax)
      throw fieldError('text', `Keep an action item under ${CONVENING_LIMITS.actionItemMax} characters.`);
    const repo = this.db.getRepository(SessionActionItem);
    // Claimed first (one row per session and text), so two clicks never make two goals.
    const claim = await repo
      .createQueryBuilder()
      .insert()
      .values({ sessionId, text: item, target, createdById: userId })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (claim.raw as { id: string }[])[0]?.id;
    if (!id) {
      const before = await repo.findOneByOrFail({ sessionId, text: item });
      throw conflict(`That action item already became a ${before.target === 'GOAL' ? 'goal' : 'post'} of the group.`, {
        text: 'Already done.',
      });
    }
    try {
      if (target === 'GOAL') {
        const goal = await this.goals.create(userId, { groupId: session.groupId, statement: item });
        await repo.update(id, { goalId: goal.id });
      } else {
        const body = `Action item from the convening session '${session.title}': ${item}`;
        const post = await this.posts.create(userId, { groupId: session.groupId, kind: 'CHECK_IN', body });
        await repo.update(id, { postId: post.id });
      }
    } catch (err) {
      await repo.delete(id);
      throw err;
    }
    return repo.findOneByOrFail({ id });
  }
}
