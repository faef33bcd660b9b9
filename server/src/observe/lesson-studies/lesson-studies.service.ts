import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  LESSON_STUDY_PHASE_LABELS,
  nextLessonStudyPhases,
  SHARE_TO_CLOSE,
  type LessonStudyPhase,
  type LookFor,
} from '@switchback/shared';
import { AccessEvents } from '../../access/access-events.js';
import { AccessService } from '../../access/access.service.js';
import { AuditService } from '../../audit/audit.service.js';
import { CollabDocumentsService } from '../../collaboration/documents.service.js';
import { badInput, conflict, fieldError } from '../../common/errors.js';
import { SessionSeat } from '../../convenings/session-seat.entity.js';
import { GroupAccessService } from '../../groups/group-access.service.js';
import { Group } from '../../groups/group.entity.js';
import { Unit } from '../../units/unit.entity.js';
import type { CreateLessonStudyInput, SetLookForsInput, SetPhaseDatesInput } from './dto/lesson-study.input.js';
import { LessonPlanVersionsService } from './lesson-plan-versions.service.js';
import { LessonStudyAccessService, type LessonStudyViewer } from './lesson-study-access.service.js';
import { LessonStudyParticipant } from './lesson-study-participant.entity.js';
import { LessonStudy } from './lesson-study.entity.js';

/** The lesson-study cycle's rules: creating one, its look-for points, dates and phases. */
@Injectable()
export class LessonStudiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LessonStudyAccessService,
    private readonly groups: GroupAccessService,
    private readonly network: AccessService,
    private readonly docs: CollabDocumentsService,
    private readonly versions: LessonPlanVersionsService,
    private readonly audit: AuditService,
    private readonly events: AccessEvents,
  ) {}

  /**
   * A new cycle of a group the caller takes part in, in the PLAN phase, with its empty plan
   * document; the caller facilitates it and the teaching teacher is them or the colleague named.
   */
  async create(userId: string, input: CreateLessonStudyInput): Promise<LessonStudy> {
    const { group } = await this.groups.participant(userId, input.groupId);
    const teacherId = input.teacherId ?? userId;
    if (teacherId !== userId && !(await this.network.adultMembership(teacherId, group.networkId)))
      throw fieldError('teacherId', 'The teaching teacher must be a teacher of this network.');
    if (input.unitId) {
      const unit = await this.db.getRepository(Unit).findOneBy({ id: input.unitId });
      const readable =
        unit && unit.networkId === group.networkId && (unit.groupId === group.id || unit.status === 'PUBLISHED');
      if (!readable) throw fieldError('unitId', "Choose one of this group's units or a published unit of the network.");
    }
    const id = randomUUID();
    return this.db.transaction(async (m) => {
      const planDocumentId = await this.docs.create('LESSON_PLAN', id, undefined, m);
      await m.insert(LessonStudy, {
        id,
        networkId: group.networkId,
        groupId: group.id,
        title: input.title,
        theme: input.theme,
        unitId: input.unitId ?? null,
        phase: 'PLAN',
        round: 1,
        planDocumentId,
        lookFors: [],
        observationMode: input.observationMode ?? 'RECORDED',
        openClassSessionId: null,
        phaseDates: {},
        createdById: userId,
        closedAt: null,
      });
      await m.insert(LessonStudyParticipant, [
        { lessonStudyId: id, userId, role: 'FACILITATOR', guest: false, addedById: userId },
        { lessonStudyId: id, userId: teacherId, role: 'TEACHER', guest: false, addedById: userId },
      ]);
      return m.getRepository(LessonStudy).findOneByOrFail({ id });
    });
  }

  /** The cycles of a group the caller may see, newest first (all of them for its members and coordinators). */
  async list(userId: string, groupId: string): Promise<LessonStudy[]> {
    const { group } = await this.groups.context(userId, groupId);
    const rows = await this.db
      .getRepository(LessonStudy)
      .find({ where: { groupId: group.id }, order: { createdAt: 'DESC' }, select: { id: true } });
    const viewers = await this.access.viewers(
      userId,
      rows.map((r) => r.id),
    );
    return viewers.filter((v): v is LessonStudyViewer => !(v instanceof Error)).map((v) => v.cycle);
  }

  /** The cycle's group by name (a knowledgeable other from outside sees the name, not the group). */
  async groupRef(cycle: LessonStudy): Promise<{ id: string; name: string }> {
    const group = await this.db
      .getRepository(Group)
      .findOneOrFail({ where: { id: cycle.groupId }, select: { id: true, name: true } });
    return { id: group.id, name: group.name };
  }

  async unitRef(cycle: LessonStudy): Promise<{ id: string; name: string } | null> {
    if (!cycle.unitId) return null;
    const unit = await this.db
      .getRepository(Unit)
      .findOne({ where: { id: cycle.unitId }, select: { id: true, title: true } });
    return unit ? { id: unit.id, name: unit.title } : null;
  }

  async get(userId: string, id: string): Promise<LessonStudy> {
    return (await this.access.viewer(userId, id)).cycle;
  }

  /** Replaces the look-for points (while planning); kept points keep their ids, so notes stay tagged. */
  async setLookFors(userId: string, input: SetLookForsInput): Promise<LessonStudy> {
    return this.db.transaction(async (m) => {
      const { cycle } = this.access.assert(await this.locked(m, userId, input.lessonStudyId), 'editLookFors');
      const known = new Set(cycle.lookFors.map((l) => l.id));
      const seen = new Set<string>();
      const lookFors: LookFor[] = input.lookFors.map((l, i) => {
        if (l.id && !known.has(l.id))
          throw fieldError(`lookFors.${i}`, 'That look-for point is not one of this lesson study.');
        const text = l.text.trim();
        if (seen.has(text.toLowerCase())) throw fieldError(`lookFors.${i}`, `"${text}" is listed twice.`);
        seen.add(text.toLowerCase());
        return { id: l.id ?? randomUUID(), text };
      });
      await m.update(LessonStudy, { id: cycle.id }, { lookFors });
      return m.getRepository(LessonStudy).findOneByOrFail({ id: cycle.id });
    });
  }

  /** The facilitator sets a phase's planned dates (calendar days). */
  async setPhaseDates(userId: string, input: SetPhaseDatesInput): Promise<LessonStudy> {
    const startsOn = input.startsOn || null;
    const endsOn = input.endsOn || null;
    for (const [field, day] of [
      ['startsOn', startsOn],
      ['endsOn', endsOn],
    ] as const) {
      if (day && Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw fieldError(field, `${day} is not a date.`);
    }
    if (startsOn && endsOn && endsOn < startsOn) throw fieldError('endsOn', 'The phase cannot end before it starts.');
    if (input.phase === 'CLOSED') throw fieldError('phase', 'A closed cycle has no dates to plan.');
    return this.db.transaction(async (m) => {
      const { cycle } = this.access.assert(await this.locked(m, userId, input.lessonStudyId), 'advance');
      const phaseDates = { ...cycle.phaseDates, [input.phase]: { startsOn, endsOn } };
      await m.update(LessonStudy, { id: cycle.id }, { phaseDates });
      return m.getRepository(LessonStudy).findOneByOrFail({ id: cycle.id });
    });
  }

  /**
   * Moves the cycle to its next phase (or to `to`, which must be one of the next ones), by the
   * facilitator only; refuses with what is missing. PLAN → TEACH freezes plan version 1; RETEACH
   * starts round 2. Nothing moves a cycle on from SHARE: it closes only by sharing its record
   * (ShareService, which records when it closed; media retention counts from then).
   */
  async advance(userId: string, id: string, to?: LessonStudyPhase | null): Promise<LessonStudy> {
    return this.db.transaction(async (m) => {
      const viewer = this.access.assert(await this.locked(m, userId, id), 'advance');
      const { cycle } = viewer;
      const next = nextLessonStudyPhases(cycle.phase, cycle.round);
      const target = to ?? next[0];
      if (!next.length && cycle.phase === 'SHARE') throw badInput(SHARE_TO_CLOSE, { to: SHARE_TO_CLOSE });
      if (!target || !next.includes(target)) {
        const options = next.map((p) => LESSON_STUDY_PHASE_LABELS[p]).join(' or ');
        throw badInput(
          target
            ? `From ${LESSON_STUDY_PHASE_LABELS[cycle.phase]} the lesson study can only move on to ${options}.`
            : 'This lesson study is closed.',
          { to: 'Choose the next phase.' },
        );
      }
      await this.assertReady(m, cycle, target);
      const change: Partial<LessonStudy> = { phase: target };
      if (target === 'RETEACH') change.round = cycle.round + 1;
      await m.update(LessonStudy, { id: cycle.id }, change);
      // Who may edit the plan, upload and write notes depends on the phase: open copies follow at once.
      this.events.publishAfterCommit(m, { kind: 'document-owner', ownerIds: [cycle.id] });
      if (cycle.phase === 'PLAN' && target === 'TEACH')
        await this.versions.saveVersion(m, cycle.id, 'The plan as first taught', userId);
      await this.audit.record(m, {
        networkId: cycle.networkId,
        actorId: userId,
        action: 'lessonStudy.advance',
        targetType: 'lesson_study',
        targetId: cycle.id,
        data: { from: cycle.phase, to: target, round: change.round ?? cycle.round },
      });
      return m.getRepository(LessonStudy).findOneByOrFail({ id: cycle.id });
    });
  }

  /** What must be in place before a cycle moves on, in words the facilitator can act on. */
  private async assertReady(m: EntityManager, cycle: LessonStudy, target: LessonStudyPhase): Promise<void> {
    if (target !== 'TEACH' && target !== 'RETEACH') return;
    const observers = await m.getRepository(LessonStudyParticipant).countBy([
      { lessonStudyId: cycle.id, role: 'OBSERVER' },
      { lessonStudyId: cycle.id, role: 'CRITICAL_FRIEND' },
    ]);
    const seated = cycle.openClassSessionId
      ? await m.getRepository(SessionSeat).countBy({ sessionId: cycle.openClassSessionId, status: 'CONFIRMED' })
      : 0;
    if (!observers && !seated) throw conflict('Add at least one observer before teaching.');
    if (!cycle.lookFors.length) throw conflict('Name the look-for points first: observers tag their notes with them.');
    if (cycle.observationMode !== 'RECORDED' && !cycle.openClassSessionId)
      throw conflict('Schedule the open class first: this lesson study is observed in person.');
  }

  /** The caller's view of a cycle whose row is locked until the transaction ends. */
  async locked(m: EntityManager, userId: string, id: string): Promise<LessonStudyViewer> {
    const viewer = await this.access.viewer(userId, id);
    const cycle = await m
      .getRepository(LessonStudy)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOneOrFail();
    return { ...viewer, cycle, facts: { ...viewer.facts, phase: cycle.phase } };
  }
}
