import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import { clockTime, intervalsOverlap } from '@switchback/shared';
import { badInput, conflict, fieldError, forbidden } from '../common/errors.js';
import { User } from '../auth/user.entity.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../networks/membership.entity.js';
import type { Notification } from '../notifications/notification.entity.js';
import { ConveningAccessService, ONLY_COORDINATORS } from './convening-access.service.js';
import { checkSessionTimes } from './convening-dates.js';
import { ConveningSession } from './convening-session.entity.js';
import { Convening } from './convening.entity.js';
import type { AddConveningSessionInput, UpdateConveningSessionInput } from './dto/convening.input.js';
import { SeatsService } from './seats.service.js';

type SessionDraft = Pick<
  ConveningSession,
  'kind' | 'title' | 'description' | 'groupId' | 'startsAt' | 'endsAt' | 'room' | 'capacity' | 'facilitatorId'
>;

/** Coordinators build a convening's schedule; rooms and facilitators are never double-booked. */
@Injectable()
export class ConveningSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
    private readonly docs: CollabDocumentsService,
    private readonly seats: SeatsService,
  ) {}

  async add(userId: string, input: AddConveningSessionInput): Promise<ConveningSession> {
    const { convening } = await this.access.coordinator(userId, input.conveningId);
    const draft: SessionDraft = {
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      groupId: input.groupId ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      room: input.room?.trim() ?? '',
      capacity: input.capacity ?? null,
      facilitatorId: input.facilitatorId ?? null,
    };
    await this.check(convening, draft);
    return this.db.transaction(async (m) => {
      await this.lockConvening(m, convening.id);
      await this.refuseDoubleBooking(m, convening, draft, null);
      const id = randomUUID();
      const notesDocumentId = await this.docs.create('SESSION_NOTES', id, undefined, m);
      return m.save(m.create(ConveningSession, { id, conveningId: convening.id, ...draft, notesDocumentId }));
    });
  }

  async update(userId: string, input: UpdateConveningSessionInput): Promise<ConveningSession> {
    const { session, convening, coordinator } = await this.access.sessionViewer(userId, input.id);
    if (!coordinator) throw forbidden(ONLY_COORDINATORS);
    const draft: SessionDraft = { ...session };
    for (const key of ['kind', 'title', 'startsAt', 'endsAt'] as const) {
      const value = input[key];
      if (value !== undefined && value !== null) Object.assign(draft, { [key]: value });
    }
    if (input.description !== undefined) draft.description = input.description ?? '';
    if (input.room !== undefined) draft.room = input.room?.trim() ?? '';
    if (input.groupId !== undefined) draft.groupId = input.groupId;
    if (input.capacity !== undefined) draft.capacity = input.capacity;
    if (input.facilitatorId !== undefined) draft.facilitatorId = input.facilitatorId;
    await this.check(convening, draft);
    let promoted: Notification[] = [];
    const saved = await this.db.transaction(async (m) => {
      await this.lockConvening(m, convening.id);
      const [locked] = await this.seats.lock(m, [session.id]);
      await this.refuseDoubleBooking(m, convening, draft, session.id);
      if (draft.capacity !== null) {
        const confirmed = await this.seats.confirmedCount(m, session.id);
        if (confirmed > draft.capacity)
          throw fieldError(
            'capacity',
            `${confirmed} people already have a seat: the capacity cannot be less than ${confirmed}.`,
          );
      }
      const next = await m.save(ConveningSession, { ...locked, ...draft, id: session.id });
      promoted = await this.seats.promote(m, convening, next);
      return next;
    });
    await this.seats.push(promoted);
    return saved;
  }

  /** The group, facilitator and times make sense for this convening. */
  private async check(convening: Convening, draft: SessionDraft): Promise<void> {
    checkSessionTimes(draft, convening);
    if (draft.kind === 'JOB_ALIKE' && !draft.groupId)
      throw fieldError('groupId', 'Choose the job-alike group this session is for.');
    if (draft.groupId) {
      const group = await this.db.getRepository(Group).findOneBy({ id: draft.groupId, networkId: convening.networkId });
      if (!group || group.archivedAt) throw fieldError('groupId', 'Choose an active group of this network.');
    }
    if (draft.facilitatorId) {
      const m = await this.db.getRepository(Membership).findOneBy({
        userId: draft.facilitatorId,
        networkId: convening.networkId,
        status: 'ACTIVE',
        role: Not('STUDENT'),
      });
      if (!m) throw fieldError('facilitatorId', 'Choose an adult member of this network to facilitate.');
    }
  }

  /** Refuses a room or a facilitator already taken at that time (the facilitator across the network's convenings). */
  private async refuseDoubleBooking(
    m: EntityManager,
    convening: Convening,
    draft: SessionDraft,
    sessionId: string | null,
  ): Promise<void> {
    const tz = convening.timeZone;
    const span = (s: { startsAt: Date; endsAt: Date }) => `${clockTime(s.startsAt, tz)}–${clockTime(s.endsAt, tz)}`;
    const others = (await m.getRepository(ConveningSession).findBy({ conveningId: convening.id })).filter(
      (s) => s.id !== sessionId && intervalsOverlap(s.startsAt, s.endsAt, draft.startsAt, draft.endsAt),
    );
    const room = draft.room.trim().toLowerCase();
    const sameRoom = room && others.find((s) => s.room.trim().toLowerCase() === room);
    if (sameRoom) {
      const message = `${sameRoom.room} is already booked ${span(sameRoom)} for '${sameRoom.title}'.`;
      throw conflict(message, { room: message });
    }
    if (!draft.facilitatorId) return;
    const busy: ConveningSession[] = await m
      .getRepository(ConveningSession)
      .createQueryBuilder('s')
      .innerJoin(Convening, 'c', 'c.id = s.convening_id')
      .where('c.network_id = :networkId AND s.facilitator_id = :facilitatorId', {
        networkId: convening.networkId,
        facilitatorId: draft.facilitatorId,
      })
      .andWhere('s.starts_at < :endsAt AND s.ends_at > :startsAt', { startsAt: draft.startsAt, endsAt: draft.endsAt })
      .getMany();
    const clash = busy.find((s) => s.id !== sessionId);
    if (clash) {
      const person = await m.getRepository(User).findOneByOrFail({ id: draft.facilitatorId });
      const message = `${person.displayName} is already facilitating '${clash.title}' ${span(clash)}.`;
      throw conflict(message, { facilitatorId: message });
    }
  }

  private async lockConvening(m: EntityManager, conveningId: string): Promise<void> {
    const found = await m
      .getRepository(Convening)
      .findOne({ where: { id: conveningId }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw badInput('This convening was removed.');
  }
}
