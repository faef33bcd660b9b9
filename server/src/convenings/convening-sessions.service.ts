import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkSessionTimes, clockTime, intervalsOverlap } from '@switchback/shared';
import { badInput, conflict, fieldError, notFound } from '../common/errors.js';
import { AccessEvents } from '../access/access-events.js';
import { User } from '../auth/user.entity.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { Group } from '../groups/group.entity.js';
import { AccessService } from '../access/access.service.js';
import type { Notification } from '../notifications/notification.entity.js';
import { ConveningAccessService } from './convening-access.service.js';
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
    private readonly networks: AccessService,
    private readonly events: AccessEvents,
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
    await this.check(this.db.manager, convening, draft);
    return this.db.transaction(async (m) => {
      await this.lockConvening(m, convening.id);
      await this.refuseDoubleBooking(m, convening, draft, null);
      const id = randomUUID();
      const notesDocumentId = await this.docs.create('SESSION_NOTES', id, undefined, m);
      return m.save(m.create(ConveningSession, { id, conveningId: convening.id, ...draft, notesDocumentId }));
    });
  }

  /** Applies the change to the session as it is under the lock, so concurrent changes are not lost. */
  async update(userId: string, input: UpdateConveningSessionInput): Promise<ConveningSession> {
    const { session } = this.access.assert(await this.access.sessionViewer(userId, input.id), 'plan');
    let promoted: Notification[] = [];
    const saved = await this.db.transaction(async (m) => {
      const convening = await this.lockConvening(m, session.conveningId);
      const [locked] = await this.seats.lock(m, [session.id]);
      if (!locked) throw notFound('session');
      const next: ConveningSession = { ...locked };
      for (const key of ['kind', 'title', 'startsAt', 'endsAt'] as const) {
        const value = input[key];
        if (value !== undefined && value !== null) Object.assign(next, { [key]: value });
      }
      if (input.description !== undefined) next.description = input.description ?? '';
      if (input.room !== undefined) next.room = input.room?.trim() ?? '';
      if (input.groupId !== undefined) next.groupId = input.groupId;
      if (input.capacity !== undefined) next.capacity = input.capacity;
      if (input.facilitatorId !== undefined) next.facilitatorId = input.facilitatorId;
      await this.check(m, convening, next);
      await this.refuseDoubleBooking(m, convening, next, session.id);
      if (next.capacity !== null) {
        const confirmed = await this.seats.confirmedCount(m, session.id);
        if (confirmed > next.capacity)
          throw fieldError(
            'capacity',
            `${confirmed} people already have a seat: the capacity cannot be less than ${confirmed}.`,
          );
      }
      const stored = await m.save(ConveningSession, next);
      promoted = await this.seats.promote(m, convening, stored);
      // A facilitator replaced no longer edits the notes: open copies are re-checked.
      this.events.publishAfterCommit(m, { kind: 'document-owner', ownerIds: [session.id] });
      return stored;
    });
    await this.seats.push(promoted);
    return saved;
  }

  /** The group, facilitator and times make sense for this convening. */
  private async check(m: EntityManager, convening: Convening, draft: SessionDraft): Promise<void> {
    const wrong = checkSessionTimes(draft, convening);
    if (wrong) throw fieldError(wrong.field, wrong.message);
    if (draft.kind === 'JOB_ALIKE' && !draft.groupId)
      throw fieldError('groupId', 'Choose the job-alike group this session is for.');
    if (draft.groupId) {
      const group = await m.getRepository(Group).findOneBy({ id: draft.groupId, networkId: convening.networkId });
      if (!group || group.archivedAt) throw fieldError('groupId', 'Choose an active group of this network.');
    }
    if (draft.facilitatorId && !(await this.networks.adultMembership(draft.facilitatorId, convening.networkId)))
      throw fieldError('facilitatorId', 'Choose an adult member of this network to facilitate.');
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

  private async lockConvening(m: EntityManager, conveningId: string): Promise<Convening> {
    const found = await m
      .getRepository(Convening)
      .findOne({ where: { id: conveningId }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw badInput('This convening was removed.');
    return found;
  }
}
