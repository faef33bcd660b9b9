import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { LessonPlanVersion } from '../lesson-studies/lesson-plan-version.entity.js';
import { LessonPlanVersionsService } from '../lesson-studies/lesson-plan-versions.service.js';
import { LessonStudyAccessService } from '../lesson-studies/lesson-study-access.service.js';
import { LessonStudyParticipant } from '../lesson-studies/lesson-study-participant.entity.js';
import { LessonStudy } from '../lesson-studies/lesson-study.entity.js';
import { LessonStudyPort, type CycleAccess, type PlanVersionView } from './lesson-study-port.js';

/** The lesson-study services as the debrief uses them (see `LessonStudyPort`). */
@Injectable()
export class LessonStudyAdapter extends LessonStudyPort {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly viewers: LessonStudyAccessService,
    private readonly versionsService: LessonPlanVersionsService,
  ) {
    super();
  }

  async access(userId: string, lessonStudyId: string): Promise<CycleAccess> {
    const { cycle, facts } = await this.viewers.viewer(userId, lessonStudyId);
    const hasKnowledgeableOther = await this.db
      .getRepository(LessonStudyParticipant)
      .existsBy({ lessonStudyId: cycle.id, role: 'KNOWLEDGEABLE_OTHER' });
    return { cycle, networkRole: facts.role, roles: [...facts.roles], hasKnowledgeableOther };
  }

  async saveVersion(m: EntityManager, lessonStudyId: string, note: string, userId: string): Promise<number> {
    return (await this.versionsService.saveVersion(m, lessonStudyId, note, userId)).number;
  }

  async versions(lessonStudyId: string): Promise<PlanVersionView[]> {
    const rows = await this.db
      .getRepository(LessonPlanVersion)
      .find({ where: { lessonStudyId }, order: { number: 'ASC' } });
    return rows.map((v) => ({ number: v.number, state: new Uint8Array(v.state) }));
  }

  async tookPart(userId: string, lessonStudyIds: readonly string[]): Promise<Set<string>> {
    if (!lessonStudyIds.length) return new Set();
    const rows = await this.db.getRepository(LessonStudyParticipant).find({
      where: { userId, lessonStudyId: In([...lessonStudyIds]), guest: false },
      select: { lessonStudyId: true },
    });
    return new Set(rows.map((r) => r.lessonStudyId));
  }

  async participantIds(lessonStudyId: string): Promise<string[]> {
    const rows = await this.db
      .getRepository(LessonStudyParticipant)
      .find({ where: { lessonStudyId }, select: { userId: true } });
    return [...new Set(rows.map((r) => r.userId))];
  }

  async close(m: EntityManager, lessonStudyId: string): Promise<boolean> {
    const result = await m.update(
      LessonStudy,
      { id: lessonStudyId, phase: 'SHARE' },
      { phase: 'CLOSED', closedAt: new Date() },
    );
    return !!result.affected;
  }
}
