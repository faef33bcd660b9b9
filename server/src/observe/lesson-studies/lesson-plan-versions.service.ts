import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CollabDocumentsService } from '../../collaboration/documents.service.js';
import { notFound } from '../../common/errors.js';
import type { SectionDiff } from '../../units/unit-diff.js';
import { diffPlans, planSections, type PlanSection } from './lesson-plan-content.js';
import { LessonPlanVersion } from './lesson-plan-version.entity.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudy } from './lesson-study.entity.js';

/**
 * Named versions of a cycle's research lesson plan: version 1 is frozen when the lesson is first
 * taught; the debrief makes the next one when agreed revisions are accepted. Versions are never
 * changed, so v1 → v2 can always be compared.
 */
@Injectable()
export class LessonPlanVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly docs: CollabDocumentsService,
    private readonly access: LessonStudyAccessService,
  ) {}

  /**
   * Freezes the plan document's current state as the cycle's next version, inside the caller's
   * transaction (the cycle's row is locked so two saves never take the same number). The caller
   * has checked the person may do it.
   */
  async saveVersion(m: EntityManager, lessonStudyId: string, note: string, userId: string): Promise<LessonPlanVersion> {
    const cycle = await m
      .getRepository(LessonStudy)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: lessonStudyId })
      .getOneOrFail();
    const last = await m
      .getRepository(LessonPlanVersion)
      .findOne({ where: { lessonStudyId }, order: { number: 'DESC' }, select: { id: true, number: true } });
    const state = await this.docs.snapshot(cycle.planDocumentId);
    return m.save(
      m.create(LessonPlanVersion, {
        lessonStudyId,
        number: (last?.number ?? 0) + 1,
        state: Buffer.from(state),
        note: note.slice(0, 500),
        createdById: userId,
      }),
    );
  }

  /** A cycle's versions, oldest first (without their states). */
  list(lessonStudyId: string): Promise<LessonPlanVersion[]> {
    return this.db.getRepository(LessonPlanVersion).find({
      where: { lessonStudyId },
      order: { number: 'ASC' },
      select: { id: true, lessonStudyId: true, number: true, note: true, createdById: true, createdAt: true },
    });
  }

  /** One version of a cycle the caller may read, by number. */
  async version(userId: string, lessonStudyId: string, number: number): Promise<LessonPlanVersion> {
    await this.access.viewer(userId, lessonStudyId);
    const v = await this.db.getRepository(LessonPlanVersion).findOneBy({ lessonStudyId, number });
    if (!v) throw notFound('plan version');
    return v;
  }

  /** One version's sections as text and HTML. */
  async sections(userId: string, lessonStudyId: string, number: number): Promise<PlanSection[]> {
    return planSections((await this.version(userId, lessonStudyId, number)).state);
  }

  /** What changed from one version to another (to the live plan when `to` is null). */
  async compare(userId: string, lessonStudyId: string, from: number, to: number | null): Promise<SectionDiff[]> {
    const before = await this.version(userId, lessonStudyId, from);
    const after =
      to === null
        ? await this.docs.snapshot((await this.access.viewer(userId, lessonStudyId)).cycle.planDocumentId)
        : (await this.version(userId, lessonStudyId, to)).state;
    return diffPlans(before.state, after);
  }
}
