import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DEBRIEF_STEP_LABELS,
  LESSON_STUDY_ROLE_LABELS,
  type DebriefStep,
  type LessonStudyRole,
} from '@switchback/shared';
import { debriefPolicy, type DebriefAction } from '../../access/policies/debrief.policy.js';
import { badInput, fieldError, forbidden } from '../../common/errors.js';
import { DebriefLive } from './debrief-live.js';
import { DebriefEntry } from './debrief-entry.entity.js';
import { DebriefProgress } from './debrief-progress.entity.js';
import { nextStep, refusalToAdvance, refusalToWrite, STEP_WRITERS, stepsFor } from './debrief-rules.js';
import type { AddDebriefEntryInput } from './dto/debrief.input.js';
import type { Debrief } from './dto/debrief.types.js';
import { LessonStudyPort, type CycleAccess } from './lesson-study-port.js';
import { PlanRevision } from './plan-revision.entity.js';

/**
 * The debrief protocol of a lesson study, round by round: the teaching teacher reflects, observers
 * share evidence by look-for point, critical friends, the knowledgeable other, then agreed revisions.
 * The facilitator moves it on; each step is written only by its role, only while it is open.
 */
@Injectable()
export class DebriefService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cycles: LessonStudyPort,
    private readonly live: DebriefLive,
  ) {}

  /** The cycle as the caller sees it, when the debrief policy allows `action` (NOT_FOUND / FORBIDDEN otherwise). */
  async require(userId: string, lessonStudyId: string, action: DebriefAction): Promise<CycleAccess> {
    const access = await this.cycles.access(userId, lessonStudyId);
    debriefPolicy.assert({ role: access.networkRole, cycleRoles: access.roles }, action);
    return access;
  }

  async view(userId: string, lessonStudyId: string): Promise<Debrief> {
    const access = await this.require(userId, lessonStudyId, 'read');
    const { cycle, roles, hasKnowledgeableOther } = access;
    const [current, entries, revisions] = await Promise.all([
      this.currentStep(this.db.manager, cycle.id, cycle.round),
      this.db.getRepository(DebriefEntry).find({
        where: { lessonStudyId: cycle.id, round: cycle.round },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      this.db.getRepository(PlanRevision).find({
        where: { lessonStudyId: cycle.id, round: cycle.round },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    ]);
    const steps = stepsFor(hasKnowledgeableOther);
    const at = steps.indexOf(current);
    return {
      lessonStudyId: cycle.id,
      round: cycle.round,
      open: cycle.phase === 'DEBRIEF',
      currentStep: current,
      steps: steps.map((step, i) => ({
        step,
        label: DEBRIEF_STEP_LABELS[step],
        writers: writersInWords(step),
        current: i === at,
        done: i < at || ['REVISE', 'RETEACH', 'SHARE', 'CLOSED'].includes(cycle.phase),
        viewerCanWrite: refusalToWrite({ phase: cycle.phase, current, step, roles, hasKnowledgeableOther }) === null,
        entries: entries.filter((e) => e.step === step),
      })),
      revisions,
      viewerFacilitates: roles.includes('FACILITATOR'),
      viewerCanAccept: debriefPolicy.allows({ role: access.networkRole, cycleRoles: roles }, 'accept'),
    };
  }

  /** Writes in the current step, as the role whose step it is. */
  async addEntry(userId: string, input: AddDebriefEntryInput): Promise<DebriefEntry> {
    const { cycle, roles, hasKnowledgeableOther } = await this.require(userId, input.lessonStudyId, 'write');
    if (input.step === 'REVISIONS')
      throw fieldError('step', 'In the last step, propose a revision of a plan section instead.');
    let lookForId: string | null = null;
    if (input.step === 'EVIDENCE') {
      lookForId = input.lookForId ?? null;
      if (!lookForId || !cycle.lookFors.some((l) => l.id === lookForId))
        throw fieldError('lookForId', 'Choose which look-for point this evidence is about.');
    }
    const entry = await this.db.transaction(async (m) => {
      // Shares the round's lock with `advance`: nothing is written into a step as it closes.
      const current = await this.lockedStep(m, cycle.id, cycle.round, 'FOR SHARE');
      const refusal = refusalToWrite({ phase: cycle.phase, current, step: input.step, roles, hasKnowledgeableOther });
      if (refusal) throw forbidden(refusal);
      const repo = m.getRepository(DebriefEntry);
      return repo.save(
        repo.create({
          lessonStudyId: cycle.id,
          round: cycle.round,
          step: input.step,
          authorId: userId,
          lookForId,
          body: input.body,
        }),
      );
    });
    await this.live.changed(cycle.id);
    return entry;
  }

  /** The facilitator moves the debrief to its next step. */
  async advance(userId: string, lessonStudyId: string): Promise<Debrief> {
    const { cycle, hasKnowledgeableOther } = await this.require(userId, lessonStudyId, 'facilitate');
    await this.db.transaction(async (m) => {
      const current = await this.lockedStep(m, cycle.id, cycle.round, 'FOR UPDATE');
      const written = await m.getRepository(DebriefEntry).countBy({
        lessonStudyId: cycle.id,
        round: cycle.round,
        step: current,
      });
      const refusal = refusalToAdvance(cycle.phase, current, hasKnowledgeableOther, written);
      if (refusal) throw badInput(refusal);
      await m.update(
        DebriefProgress,
        { lessonStudyId: cycle.id, round: cycle.round },
        { step: nextStep(current, hasKnowledgeableOther)!, movedById: userId },
      );
    });
    await this.live.changed(cycle.id);
    return this.view(userId, lessonStudyId);
  }

  /** Tells the participants' open pages that the debrief changed (revisions call it too). */
  announce(lessonStudyId: string): Promise<void> {
    return this.live.changed(lessonStudyId);
  }

  /** The step a round is at (the first until the facilitator moves it on). */
  async currentStep(m: EntityManager, lessonStudyId: string, round: number): Promise<DebriefStep> {
    const row = await m.getRepository(DebriefProgress).findOneBy({ lessonStudyId, round });
    return row?.step ?? 'TEACHER_REFLECTION';
  }

  /** The round's step, its row locked until the transaction ends (created at the first step if missing). */
  async lockedStep(
    m: EntityManager,
    lessonStudyId: string,
    round: number,
    lock: 'FOR SHARE' | 'FOR UPDATE',
  ): Promise<DebriefStep> {
    await m.query(
      `INSERT INTO debrief_progress (lesson_study_id, round, step) VALUES ($1, $2, 'TEACHER_REFLECTION')
       ON CONFLICT DO NOTHING`,
      [lessonStudyId, round],
    );
    const [row] = (await m.query(
      `SELECT step FROM debrief_progress WHERE lesson_study_id = $1 AND round = $2 ${lock}`,
      [lessonStudyId, round],
    )) as { step: DebriefStep }[];
    return row?.step ?? 'TEACHER_REFLECTION';
  }
}

function writersInWords(step: DebriefStep): string {
  if (step === 'REVISIONS') return 'Anyone in the lesson study proposes; the facilitator agrees';
  return STEP_WRITERS[step].map((r: LessonStudyRole) => LESSON_STUDY_ROLE_LABELS[r]).join(', ');
}
