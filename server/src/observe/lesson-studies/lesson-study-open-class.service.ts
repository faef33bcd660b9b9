import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource } from 'typeorm';
import { User } from '../../auth/user.entity.js';
import { conflict, fieldError } from '../../common/errors.js';
import { ConveningSession } from '../../convenings/convening-session.entity.js';
import { Convening } from '../../convenings/convening.entity.js';
import { SessionSeat } from '../../convenings/session-seat.entity.js';
import type { SetObservationInput } from './dto/open-class.input.js';
import type { OpenClassView } from './dto/open-class.types.js';
import { LessonStudiesService } from './lesson-studies.service.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudy } from './lesson-study.entity.js';

/**
 * In-person observation reuses convenings: a coordinator adds a session of kind OPEN_CLASS (at a
 * convening, or a school visit planned as one) and the facilitator links it to the cycle. People
 * register and take seats there as for any session, with its capacity and waitlist; a confirmed
 * seat makes a member of the network an observer of the cycle (LessonStudyAccessService).
 */
@Injectable()
export class LessonStudyOpenClassService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cycles: LessonStudiesService,
    private readonly access: LessonStudyAccessService,
  ) {}

  /** The facilitator chooses how the lesson is observed and, in person, which open-class session. */
  async set(userId: string, input: SetObservationInput): Promise<LessonStudy> {
    return this.db.transaction(async (m) => {
      const { cycle } = this.access.assert(await this.cycles.locked(m, userId, input.lessonStudyId), 'advance');
      const sessionId = input.observationMode === 'RECORDED' ? null : (input.openClassSessionId ?? null);
      if (sessionId) {
        const session = await m.getRepository(ConveningSession).findOneBy({ id: sessionId });
        const convening = session && (await m.getRepository(Convening).findOneBy({ id: session.conveningId }));
        if (!session || !convening || convening.networkId !== cycle.networkId || convening.status !== 'PUBLISHED')
          throw fieldError(
            'openClassSessionId',
            'Choose an open-class session of a published convening of this network.',
          );
        if (session.kind !== 'OPEN_CLASS')
          throw fieldError('openClassSessionId', 'That session is not an open class: ask a coordinator to add one.');
        const taken = await m.getRepository(LessonStudy).existsBy({ openClassSessionId: sessionId, id: Not(cycle.id) });
        if (taken) throw conflict('That open class is already the open class of another lesson study.');
      }
      if (cycle.phase !== 'PLAN' && cycle.phase !== 'REVISE')
        throw conflict('How the lesson is observed can only change while planning or revising.');
      await m.update(
        LessonStudy,
        { id: cycle.id },
        { observationMode: input.observationMode, openClassSessionId: sessionId },
      );
      return m.getRepository(LessonStudy).findOneByOrFail({ id: cycle.id });
    });
  }

  /** The open class as members of the network see it (a guest from outside does not see convenings). */
  async view(cycle: LessonStudy): Promise<OpenClassView | null> {
    if (!cycle.openClassSessionId) return null;
    const session = await this.db.getRepository(ConveningSession).findOneBy({ id: cycle.openClassSessionId });
    if (!session) return null;
    const [convening, seats] = await Promise.all([
      this.db.getRepository(Convening).findOneByOrFail({ id: session.conveningId }),
      this.db.getRepository(SessionSeat).findBy({ sessionId: session.id }),
    ]);
    const confirmed = seats.filter((s) => s.status === 'CONFIRMED').map((s) => s.userId);
    const users = confirmed.length
      ? await this.db
          .getRepository(User)
          .find({ where: { id: In(confirmed) }, select: { id: true, displayName: true } })
      : [];
    return {
      sessionId: session.id,
      conveningId: convening.id,
      conveningTitle: convening.title,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: convening.timeZone,
      room: session.room,
      capacity: session.capacity,
      confirmedCount: confirmed.length,
      waitlistCount: seats.length - confirmed.length,
      observers: users.map((u) => u.displayName).sort((a, b) => a.localeCompare(b)),
    };
  }

  /** Open-class sessions the facilitator may link: upcoming, of published convenings of the network, not taken. */
  async choices(cycle: LessonStudy): Promise<{ id: string; name: string }[]> {
    const rows = await this.db.query<{ id: string; title: string; convening: string; starts_at: Date }[]>(
      `SELECT s.id, s.title, c.title AS convening, s.starts_at FROM convening_session s
         JOIN convening c ON c.id = s.convening_id
        WHERE c.network_id = $1 AND c.status = 'PUBLISHED' AND s.kind = 'OPEN_CLASS' AND s.ends_at > now()
          AND NOT EXISTS (SELECT 1 FROM lesson_study l WHERE l.open_class_session_id = s.id AND l.id <> $2)
        ORDER BY s.starts_at LIMIT 50`,
      [cycle.networkId, cycle.id],
    );
    return rows.map((r) => ({ id: r.id, name: `${r.title} — ${r.convening}` }));
  }

  /** The people with a confirmed seat at the cycle's open class (its registered observers). */
  async seated(cycle: Pick<LessonStudy, 'openClassSessionId'>): Promise<string[]> {
    if (!cycle.openClassSessionId) return [];
    const seats = await this.db
      .getRepository(SessionSeat)
      .findBy({ sessionId: cycle.openClassSessionId, status: 'CONFIRMED' });
    return seats.map((s) => s.userId);
  }
}
