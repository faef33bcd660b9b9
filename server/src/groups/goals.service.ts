import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { notFound, notFoundAs } from '../common/errors.js';
import { ActivityService, excerpt } from './activity.service.js';
import { GroupAccessService } from './group-access.service.js';
import { Goal } from './goal.entity.js';
import type { CreateGoalInput, UpdateGoalInput } from './dto/goal-post.input.js';

@Injectable()
export class GoalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccessService,
    private readonly activity: ActivityService,
  ) {}

  /** Any active member sets a shared goal. */
  async create(userId: string, input: CreateGoalInput): Promise<Goal> {
    await this.access.participant(userId, input.groupId);
    return this.db.transaction(async (m) => {
      const goal = await m.save(
        m.create(Goal, {
          groupId: input.groupId,
          statement: input.statement,
          successCriteria: input.successCriteria ?? '',
          targetDate: input.targetDate?.slice(0, 10) ?? null,
          status: 'ACTIVE',
          createdById: userId,
        }),
      );
      await this.activity.record(m, {
        groupId: input.groupId,
        actorId: userId,
        kind: 'GOAL_CREATED',
        summary: `set a goal: ${excerpt(goal.statement)}`,
        subjectId: goal.id,
      });
      return goal;
    });
  }

  /** Members revise a goal or change its status together. */
  async update(userId: string, input: UpdateGoalInput): Promise<Goal> {
    const goal = await this.db.getRepository(Goal).findOneBy({ id: input.id });
    if (!goal) throw notFound('goal');
    await notFoundAs('goal', this.access.participant(userId, goal.groupId));
    const before = goal.status;
    const { id: _id, ...given } = input;
    Object.assign(goal, Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined && v !== null)));
    if (input.targetDate) goal.targetDate = input.targetDate.slice(0, 10);
    return this.db.transaction(async (m) => {
      const saved = await m.save(goal);
      const summary =
        before !== saved.status
          ? `marked a goal ${saved.status.toLowerCase()}: ${excerpt(saved.statement)}`
          : `updated a goal: ${excerpt(saved.statement)}`;
      await this.activity.record(m, {
        groupId: goal.groupId,
        actorId: userId,
        kind: 'GOAL_UPDATED',
        summary,
        subjectId: goal.id,
      });
      return saved;
    });
  }

  forGroups(groupIds: readonly string[]): Promise<Goal[]> {
    return this.db.getRepository(Goal).find({ where: { groupId: In([...groupIds]) }, order: { createdAt: 'ASC' } });
  }
}
