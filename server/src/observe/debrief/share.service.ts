import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service.js';
import { debriefPolicy } from '../../access/policies/debrief.policy.js';
import { AuditService } from '../../audit/audit.service.js';
import { ObservationNotesService } from '../notes/observation-notes.service.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { DebriefEntry } from './debrief-entry.entity.js';
import { DebriefService } from './debrief.service.js';
import type { ShareLessonStudyInput } from './dto/debrief.input.js';
import type { PlanComparison } from './dto/debrief.types.js';
import { LessonStudyPort, type CycleView } from './lesson-study-port.js';
import { LessonStudyRecord, type LookForEvidence } from './lesson-study-record.entity.js';
import { PlanRevision } from './plan-revision.entity.js';
import { PlanRevisionsService } from './plan-revisions.service.js';

/**
 * Sharing a lesson study: in Share the facilitator publishes the record (plan first → latest
 * version with the changes, the evidence by look-for point, the team's reflection) to the network
 * library, and the cycle closes. The record never holds the recording or anyone's raw notes: only
 * how many notes each look-for point had.
 */
@Injectable()
export class ShareService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly debrief: DebriefService,
    private readonly revisions: PlanRevisionsService,
    private readonly cycles: LessonStudyPort,
    private readonly audit: AuditService,
    private readonly notes: ObservationNotesService,
  ) {}

  async share(userId: string, input: ShareLessonStudyInput): Promise<LessonStudyRecord> {
    const { cycle } = await this.debrief.require(userId, input.lessonStudyId, 'facilitate');
    if (cycle.phase !== 'SHARE') throw forbidden('A lesson study is shared in its Share phase.');
    const versions = await this.cycles.versions(cycle.id);
    if (!versions.length) throw badInput('The plan has no saved version yet: there is nothing to share.');
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('lesson_study_record:' || $1))`, [cycle.id]);
      if (await m.getRepository(LessonStudyRecord).existsBy({ lessonStudyId: cycle.id }))
        throw badInput('This lesson study is already shared.');
      const repo = m.getRepository(LessonStudyRecord);
      const record = await repo.save(
        repo.create({
          lessonStudyId: cycle.id,
          networkId: cycle.networkId,
          groupId: cycle.groupId,
          unitId: cycle.unitId,
          title: cycle.title,
          theme: cycle.theme,
          reflection: input.reflection,
          evidence: await this.evidence(m, cycle),
          firstVersion: versions[0].number,
          latestVersion: versions[versions.length - 1].number,
          revisionsAccepted: await m
            .getRepository(PlanRevision)
            .countBy({ lessonStudyId: cycle.id, status: 'ACCEPTED' }),
          sharedById: userId,
          sharedAt: new Date(),
        }),
      );
      if (!(await this.cycles.close(m, cycle.id, userId)))
        throw conflict('The lesson study moved on while you were writing: reload the page.');
      await this.audit.record(m, {
        networkId: cycle.networkId,
        actorId: userId,
        action: 'lessonStudy.share',
        targetType: 'lessonStudy',
        targetId: cycle.id,
        data: { title: cycle.title, groupId: cycle.groupId, unitId: cycle.unitId, version: record.latestVersion },
      });
      return record;
    });
  }

  /** A shared record, for the adults of its network (NOT_FOUND for students and other networks). */
  async record(userId: string, lessonStudyId: string): Promise<LessonStudyRecord> {
    const record = isUUID(lessonStudyId)
      ? await this.db.getRepository(LessonStudyRecord).findOneBy({ lessonStudyId })
      : null;
    const me = record && (await this.access.activeMembership(userId, record.networkId));
    if (!record || !me || !debriefPolicy.allows({ role: me.role, cycleRoles: [] }, 'readRecord'))
      throw notFound('lesson study record');
    return record;
  }

  /** Whether the caller may present each record in the showcase: they took part in its lesson study. */
  async presentable(userId: string, records: readonly LessonStudyRecord[]): Promise<boolean[]> {
    const took = await this.cycles.tookPart(
      userId,
      records.map((r) => r.lessonStudyId),
    );
    return records.map((r) => took.has(r.lessonStudyId));
  }

  /** The network's shared records, newest first (optionally those beside one unit). */
  async list(userId: string, networkId: string, unitId?: string | null): Promise<LessonStudyRecord[]> {
    const me = await this.access.require(userId, networkId, 'read');
    debriefPolicy.assert({ role: me.role, cycleRoles: [] }, 'readRecord');
    return this.db.getRepository(LessonStudyRecord).find({
      where: { networkId, ...(unitId ? { unitId } : {}) },
      order: { sharedAt: 'DESC' },
      take: 100,
    });
  }

  /** Records beside units, for the units' library cards (the caller already reads the units). */
  byUnits(unitIds: readonly string[]): Promise<LessonStudyRecord[]> {
    return this.db
      .getRepository(LessonStudyRecord)
      .createQueryBuilder('r')
      .where('r.unit_id = ANY(:ids)', { ids: [...unitIds] })
      .orderBy('r.shared_at', 'DESC')
      .getMany();
  }

  /** The plan's first version compared with its latest, as the record shows it. */
  changes(record: LessonStudyRecord): Promise<PlanComparison> {
    return this.revisions.comparison(record.lessonStudyId, record.firstVersion, record.latestVersion);
  }

  /** Counts of notes and evidence per look-for point, with the evidence shared in the debrief. */
  private async evidence(m: EntityManager, cycle: CycleView): Promise<LookForEvidence[]> {
    const entries = await m.getRepository(DebriefEntry).find({
      where: { lessonStudyId: cycle.id, step: 'EVIDENCE' },
      order: { round: 'ASC', createdAt: 'ASC' },
    });
    // Every participant's notes, counted by the notes feature inside the share's transaction.
    const notes = await this.notes.countByLookFor('LESSON_STUDY', cycle.id, m);
    return cycle.lookFors.map((l) => {
      const mine = entries.filter((e) => e.lookForId === l.id);
      return {
        lookForId: l.id,
        lookFor: l.text,
        noteCount: notes.get(l.id) ?? 0,
        evidenceCount: mine.length,
        evidence: mine.map((e) => e.body),
      };
    });
  }
}
