import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { LESSON_STUDY_ROLE_LABELS, type LessonStudyRole } from '@switchback/shared';
import { AccessEvents } from '../../access/access-events.js';
import { AccessService } from '../../access/access.service.js';
import { User } from '../../auth/user.entity.js';
import { SessionSeat } from '../../convenings/session-seat.entity.js';
import { AuditService } from '../../audit/audit.service.js';
import { conflict, fieldError } from '../../common/errors.js';
import { Membership } from '../../networks/membership.entity.js';
import type { InviteKnowledgeableOtherInput, NameLessonStudyRoleInput } from './dto/lesson-study.input.js';
import type { LessonStudyPerson } from './dto/lesson-study.types.js';
import { LessonStudiesService } from './lesson-studies.service.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { OutboxService } from '../../notifications/outbox.service.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudyGuestsService } from './lesson-study-guests.service.js';
import { LessonStudyParticipant } from './lesson-study-participant.entity.js';
import type { LessonStudy } from './lesson-study.entity.js';

const SINGLE: readonly LessonStudyRole[] = ['FACILITATOR', 'TEACHER', 'KNOWLEDGEABLE_OTHER'];

/**
 * The people of a cycle and their roles. The facilitator names observers and critical friends
 * (adults of the network, any school) and may hand on facilitation or, while planning, the
 * teaching; a coordinator of the network may be named the knowledgeable other, and only a
 * coordinator invites one from another network (who then sees this cycle and nothing else).
 */
@Injectable()
export class LessonStudyPeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cycles: LessonStudiesService,
    private readonly access: LessonStudyAccessService,
    private readonly network: AccessService,
    private readonly audit: AuditService,
    private readonly events: AccessEvents,
    private readonly guests: LessonStudyGuestsService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Everyone taking part, with their roles and school, facilitator and teacher first. */
  async people(cycle: LessonStudy): Promise<LessonStudyPerson[]> {
    const rows = await this.db
      .getRepository(LessonStudyParticipant)
      .find({ where: { lessonStudyId: cycle.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const seats = cycle.openClassSessionId
      ? await this.db.getRepository(SessionSeat).findBy({ sessionId: cycle.openClassSessionId, status: 'CONFIRMED' })
      : [];
    const seated = new Set(seats.map((s) => s.userId));
    const ids = [...new Set([...rows.map((r) => r.userId), ...seated])];
    if (!ids.length) return [];
    const [users, memberships] = await Promise.all([
      this.db.getRepository(User).find({ where: { id: In(ids) }, select: { id: true, displayName: true } }),
      this.db
        .getRepository(Membership)
        .find({ where: { networkId: cycle.networkId, userId: In(ids) }, relations: { school: true } }),
    ]);
    const rank = (roles: LessonStudyRole[]) => (roles.includes('FACILITATOR') ? 0 : roles.includes('TEACHER') ? 1 : 2);
    return ids
      .map((userId) => {
        const mine = rows.filter((r) => r.userId === userId);
        return {
          userId,
          displayName: users.find((u) => u.id === userId)?.displayName ?? 'Someone',
          schoolName: memberships.find((m) => m.userId === userId)?.school?.name ?? null,
          roles: [
            ...mine.map((r) => r.role),
            ...(seated.has(userId) && !mine.some((r) => r.role === 'OBSERVER') ? (['OBSERVER'] as const) : []),
          ],
          guest: mine.some((r) => r.guest),
          viaOpenClass: seated.has(userId),
        };
      })
      .sort((a, b) => rank(a.roles) - rank(b.roles));
  }

  /** The facilitator gives someone of the network a role (FACILITATOR, TEACHER and KNOWLEDGEABLE_OTHER replace the holder). */
  async name(userId: string, input: NameLessonStudyRoleInput): Promise<LessonStudy> {
    return this.db.transaction(async (m) => {
      const viewer = await this.cycles.locked(m, userId, input.lessonStudyId);
      const { cycle } = viewer;
      if (input.role === 'KNOWLEDGEABLE_OTHER') {
        // A coordinator of the network, named by the facilitator; someone from outside is invited by a coordinator.
        this.access.assert(viewer, 'nameRoles');
        const them = await this.network.activeMembership(input.userId, cycle.networkId);
        if (them?.role !== 'COORDINATOR')
          throw fieldError(
            'userId',
            'A knowledgeable other from this network is one of its coordinators; a coordinator can invite someone from another network.',
          );
      } else {
        this.access.assert(viewer, 'nameRoles');
        if (!(await this.network.adultMembership(input.userId, cycle.networkId)))
          throw fieldError('userId', 'Choose a teacher, administrator or coordinator of this network.');
        if (input.role === 'TEACHER' && cycle.phase !== 'PLAN')
          throw conflict('The teaching teacher can only change while the lesson is being planned.');
      }
      await this.put(m, cycle, input.userId, input.role, false, userId);
      return cycle;
    });
  }

  /** Takes a role away (observers, critical friends, the knowledgeable other); the facilitator and teacher are replaced instead. */
  async remove(userId: string, input: NameLessonStudyRoleInput): Promise<LessonStudy> {
    return this.db.transaction(async (m) => {
      const viewer = await this.cycles.locked(m, userId, input.lessonStudyId);
      const guest = await m.getRepository(LessonStudyParticipant).findOneBy({
        lessonStudyId: viewer.cycle.id,
        userId: input.userId,
        role: input.role,
        guest: true,
      });
      // A guest is removed by the facilitator or by a coordinator (who invited them).
      const asCoordinator = !!guest && this.access.can(viewer, 'inviteGuest');
      if (!asCoordinator) this.access.assert(viewer, 'nameRoles');
      if (input.role === 'FACILITATOR' || input.role === 'TEACHER')
        throw conflict(
          `Name another ${LESSON_STUDY_ROLE_LABELS[input.role].toLowerCase()} instead: a lesson study always has one.`,
        );
      await m
        .getRepository(LessonStudyParticipant)
        .delete({ lessonStudyId: viewer.cycle.id, userId: input.userId, role: input.role });
      this.events.publishAfterCommit(m, { kind: 'user', userId: input.userId });
      return viewer.cycle;
    });
  }

  /**
   * A coordinator invites a knowledgeable other by the email of an existing adult account, usually
   * from another network. They see this cycle (plan, recordings, notes, debrief) and nothing else here.
   */
  async invite(userId: string, input: InviteKnowledgeableOtherInput): Promise<LessonStudy> {
    const { cycle, notices } = await this.db.transaction(async (m) => {
      const viewer = await this.cycles.locked(m, userId, input.lessonStudyId);
      this.access.assert(viewer, 'inviteGuest');
      const { cycle } = viewer;
      const person = await m.getRepository(User).findOneBy({ email: input.email.trim().toLowerCase() });
      const adultSomewhere =
        person &&
        (await m.getRepository(Membership).exists({
          where: { userId: person.id, status: 'ACTIVE', role: In(['COORDINATOR', 'ADMINISTRATOR', 'TEACHER']) },
        }));
      if (!person || !adultSomewhere)
        throw fieldError('email', 'No teacher or coordinator has a Switchback account with that email.');
      const member = !!(await this.network.adultMembership(person.id, cycle.networkId));
      await this.put(m, cycle, person.id, 'KNOWLEDGEABLE_OTHER', !member, userId);
      await this.audit.record(m, {
        networkId: cycle.networkId,
        actorId: userId,
        action: 'lessonStudy.invite_guest',
        targetType: 'lesson_study',
        targetId: cycle.id,
        data: { userId: person.id, fromAnotherNetwork: !member },
      });
      const inviter = await m.getRepository(User).findOneByOrFail({ id: userId });
      const notices = member ? [] : await this.guests.notifyInvited(m, cycle, person, inviter.displayName);
      return { cycle, notices };
    });
    await this.notifications.push(notices);
    this.outbox.flush();
    return cycle;
  }

  /** Gives the role, replacing whoever held it when the cycle has only one of it. */
  private async put(
    m: EntityManager,
    cycle: LessonStudy,
    userId: string,
    role: LessonStudyRole,
    guest: boolean,
    addedById: string,
  ): Promise<void> {
    const repo = m.getRepository(LessonStudyParticipant);
    if (SINGLE.includes(role)) {
      const before = await repo.findBy({ lessonStudyId: cycle.id, role });
      await repo.delete({ lessonStudyId: cycle.id, role });
      for (const b of before) this.events.publishAfterCommit(m, { kind: 'user', userId: b.userId });
    }
    await repo
      .createQueryBuilder()
      .insert()
      .values({ lessonStudyId: cycle.id, userId, role, guest, addedById })
      .orIgnore()
      .execute();
    this.events.publishAfterCommit(m, { kind: 'user', userId });
  }
}
