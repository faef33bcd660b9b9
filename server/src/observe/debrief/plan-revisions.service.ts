import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { badInput, forbidden, notFound, notFoundAs } from '../../common/errors.js';
import { CollabDocumentsService } from '../../collaboration/documents.service.js';
import { DebriefService } from './debrief.service.js';
import type { PlanComparison } from './dto/debrief.types.js';
import type { ProposeRevisionInput } from './dto/debrief.input.js';
import { LessonStudyPort } from './lesson-study-port.js';
import { diffPlans } from '../lesson-studies/lesson-plan-content.js';
import { revisionUpdate } from './plan-diff.js';
import { PlanRevision } from './plan-revision.entity.js';

/**
 * Revisions of the research lesson plan: proposed by anyone in the debrief's last step, agreed (or
 * declined) by the facilitator, then accepted in Revise into the plan document as a new edit and
 * frozen as the plan's next version. Earlier versions stay as they were.
 */
@Injectable()
export class PlanRevisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly debrief: DebriefService,
    private readonly cycles: LessonStudyPort,
    private readonly docs: CollabDocumentsService,
  ) {}

  async propose(userId: string, input: ProposeRevisionInput): Promise<PlanRevision> {
    const { cycle } = await this.debrief.require(userId, input.lessonStudyId, 'write');
    const revision = await this.db.transaction(async (m) => {
      const current = await this.debrief.lockedStep(m, cycle.id, cycle.round, 'FOR SHARE');
      if (cycle.phase !== 'DEBRIEF') throw forbidden('Revisions are proposed in the debrief.');
      if (current !== 'REVISIONS')
        throw forbidden('Revisions come last: the facilitator opens that step when everyone has spoken.');
      const repo = m.getRepository(PlanRevision);
      return repo.save(
        repo.create({
          lessonStudyId: cycle.id,
          round: cycle.round,
          sectionId: input.sectionId,
          text: input.text,
          replacesSection: input.replacesSection,
          proposedById: userId,
        }),
      );
    });
    await this.debrief.announce(cycle.id);
    return revision;
  }

  /** The facilitator agrees a proposed revision (it becomes a suggestion on the plan) or declines it. */
  async decide(userId: string, revisionId: string, agree: boolean): Promise<PlanRevision> {
    const found = await this.find(revisionId);
    const { cycle } = await notFoundAs('revision', this.debrief.require(userId, found.lessonStudyId, 'facilitate'));
    if (!(cycle.phase === 'DEBRIEF' || cycle.phase === 'REVISE') || found.round !== cycle.round)
      throw forbidden("Revisions are agreed in this round's debrief or while revising.");
    const decided = await this.db.transaction(async (m) => {
      const revision = await m
        .getRepository(PlanRevision)
        .findOne({ where: { id: revisionId }, lock: { mode: 'pessimistic_write' } });
      if (!revision) throw notFound('revision');
      if (revision.status === 'ACCEPTED') throw badInput('That revision is already in the plan.');
      revision.status = agree ? 'AGREED' : 'DECLINED';
      revision.decidedById = userId;
      revision.decidedAt = new Date();
      return m.save(revision);
    });
    await this.debrief.announce(cycle.id);
    return decided;
  }

  /**
   * Applies the round's agreed revisions to the plan document (a new edit on top of the current
   * text) and saves the plan's next version. Returns the new version's number.
   */
  async accept(userId: string, lessonStudyId: string): Promise<number> {
    const { cycle } = await this.debrief.require(userId, lessonStudyId, 'accept');
    if (cycle.phase !== 'REVISE') throw forbidden('Agreed revisions are accepted into the plan in the Revise phase.');
    const number = await this.db.transaction(async (m) => {
      // One acceptance at a time per cycle: the second finds nothing left to accept.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('plan_revision:' || $1))`, [cycle.id]);
      const agreed = await m.getRepository(PlanRevision).find({
        where: { lessonStudyId: cycle.id, round: cycle.round, status: 'AGREED' },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      if (!agreed.length) throw badInput('There are no agreed revisions to accept: agree them in the debrief first.');
      const update = revisionUpdate(await this.docs.snapshot(cycle.planDocumentId), agreed);
      await this.docs.applyUpdate(cycle.planDocumentId, update, userId);
      const saved = await this.cycles.saveVersion(
        m,
        cycle.id,
        `Revisions agreed in the round ${cycle.round} debrief`,
        userId,
      );
      await m.update(
        PlanRevision,
        { id: In(agreed.map((r) => r.id)) },
        { status: 'ACCEPTED', versionNumber: saved, decidedById: userId, decidedAt: new Date() },
      );
      return saved;
    });
    await this.debrief.announce(cycle.id);
    return number;
  }

  /** The comparison itself, once the caller's access is settled. */
  async comparison(lessonStudyId: string, from: number, to: number): Promise<PlanComparison> {
    const versions = await this.cycles.versions(lessonStudyId);
    const a = versions.find((v) => v.number === from);
    const b = versions.find((v) => v.number === to);
    if (!a || !b)
      throw badInput(`The plan has versions 1 to ${versions.length}: choose two of those.`, {
        [a ? 'to' : 'from']: 'No such version.',
      });
    return { from, to, sections: diffPlans(a.state, b.state) };
  }

  private async find(revisionId: string): Promise<PlanRevision> {
    const revision = isUUID(revisionId)
      ? await this.db.getRepository(PlanRevision).findOneBy({ id: revisionId })
      : null;
    if (!revision) throw notFound('revision');
    return revision;
  }
}
