import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { GroupActivity } from './group-activity.entity.js';
import { Group } from './group.entity.js';

/** The group activity feed; recording also marks the group as active. */
@Injectable()
export class ActivityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(
    m: EntityManager,
    entry: { groupId: string; actorId: string | null; kind: string; summary: string; subjectId?: string | null },
  ): Promise<void> {
    await m.insert(GroupActivity, {
      ...entry,
      summary: entry.summary.slice(0, 300),
      subjectId: entry.subjectId ?? null,
    });
    await m.update(Group, entry.groupId, { lastActivityAt: new Date() });
  }

  latest(groupId: string, limit: number): Promise<GroupActivity[]> {
    return this.db.getRepository(GroupActivity).find({ where: { groupId }, order: { createdAt: 'DESC' }, take: limit });
  }
}

/** "set a goal: All our 10th graders will…" — short enough for a feed line. */
export function excerpt(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
