import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AccessEvents } from '../access/access-events.js';
import type { Notification } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ConveningSession } from './convening-session.entity.js';
import type { Convening } from './convening.entity.js';
import { SessionSeat } from './session-seat.entity.js';

/**
 * Seats in sessions, always changed inside a transaction with the sessions' rows locked (in id
 * order, so two transactions never wait on each other in a circle): a seat is confirmed while the
 * session has room, waitlisted after; when a seat frees up the earliest waitlisted person gets it.
 */
@Injectable()
export class SeatsService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly events: AccessEvents,
  ) {}

  /** Locks the sessions' rows until the transaction ends; returns them. */
  async lock(m: EntityManager, sessionIds: readonly string[]): Promise<ConveningSession[]> {
    const ids = [...new Set(sessionIds)].sort();
    if (!ids.length) return [];
    return m
      .getRepository(ConveningSession)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id IN (:...ids)', { ids })
      .orderBy('s.id')
      .getMany();
  }

  confirmedCount(m: EntityManager, sessionId: string): Promise<number> {
    return m.getRepository(SessionSeat).countBy({ sessionId, status: 'CONFIRMED' });
  }

  /** Gives the person a seat in a locked session: confirmed if there is room, waitlisted otherwise. */
  async take(m: EntityManager, session: ConveningSession, userId: string): Promise<SessionSeat> {
    const room = session.capacity === null || (await this.confirmedCount(m, session.id)) < session.capacity;
    return m.save(m.create(SessionSeat, { sessionId: session.id, userId, status: room ? 'CONFIRMED' : 'WAITLISTED' }));
  }

  /**
   * Removes the person's seats in locked sessions and fills freed places from the waitlists;
   * returns the notifications to push after the commit.
   */
  async release(
    m: EntityManager,
    convening: Convening,
    sessions: ConveningSession[],
    userId: string,
  ): Promise<Notification[]> {
    if (!sessions.length) return [];
    const seats = await m.getRepository(SessionSeat).findBy({ userId, sessionId: In(sessions.map((s) => s.id)) });
    if (!seats.length) return [];
    await m.getRepository(SessionSeat).delete({ id: In(seats.map((s) => s.id)) });
    // Without a seat they only read those sessions' notes: their open copies turn read-only.
    this.events.publishAfterCommit(m, { kind: 'user', userId });
    const freed = new Set(seats.filter((s) => s.status === 'CONFIRMED').map((s) => s.sessionId));
    const created: Notification[] = [];
    for (const session of sessions.filter((s) => freed.has(s.id))) {
      created.push(...(await this.promote(m, convening, session)));
    }
    return created;
  }

  /** Confirms the earliest waitlisted people while a locked session has room; they are notified. */
  async promote(m: EntityManager, convening: Convening, session: ConveningSession): Promise<Notification[]> {
    const free =
      session.capacity === null ? null : Math.max(0, session.capacity - (await this.confirmedCount(m, session.id)));
    if (free === 0) return [];
    const next = await m.getRepository(SessionSeat).find({
      where: { sessionId: session.id, status: 'WAITLISTED' },
      order: { createdAt: 'ASC', id: 'ASC' },
      ...(free === null ? {} : { take: free }),
    });
    if (!next.length) return [];
    await m.getRepository(SessionSeat).update({ id: In(next.map((s) => s.id)) }, { status: 'CONFIRMED' });
    return this.notifications.create(m, {
      userIds: next.map((s) => s.userId),
      networkId: convening.networkId,
      kind: 'SEAT_CONFIRMED',
      text: `A seat opened up: you are now confirmed for '${session.title}' at ${convening.title}.`,
    });
  }

  push(created: Notification[]): Promise<void> {
    return this.notifications.push(created);
  }
}
