import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { currentUserId } from '../common/current-user.decorator.js';
import { badInput } from '../common/errors.js';
import { loaderFor } from '../common/loaders.js';
import { GroupMember } from '../groups/group-member.entity.js';
import { Group } from '../groups/group.entity.js';
import type { Notification } from '../notifications/notification.entity.js';
import { ConveningAccessService } from './convening-access.service.js';
import { ConveningRegistration } from './convening-registration.entity.js';
import { ConveningSession } from './convening-session.entity.js';
import type { Convening } from './convening.entity.js';
import type { SessionChoice } from './dto/session-choice.types.js';
import { choosingClosed, sessionChoices, type ChoiceFacts } from './session-choices.js';
import { SeatsService } from './seats.service.js';
import { SessionSeat } from './session-seat.entity.js';

/**
 * What a person may choose on a convening's agenda (and why not), and their choices one session at
 * a time: each choice is saved at once, under the same per-person lock as `chooseSessions`, and is
 * decided by the same rules the agenda shows (session-choices.ts).
 */
@Injectable()
export class SessionChoicesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
    private readonly seats: SeatsService,
  ) {}

  /** The caller's choice of one session, computed once per convening per request. */
  async choiceFor(ctx: GqlContext, session: ConveningSession): Promise<SessionChoice> {
    const userId = currentUserId(ctx);
    const choices = await loaderFor<string, Map<string, SessionChoice>>(ctx, `sessionChoices:${userId}`, (ids) =>
      Promise.all(
        ids.map(async (conveningId) => {
          const { convening } = await this.access.viewerFor(ctx, conveningId);
          const [registration, sessions] = await Promise.all([
            this.db.getRepository(ConveningRegistration).findOneBy({ conveningId, userId }),
            this.db.getRepository(ConveningSession).findBy({ conveningId }),
          ]);
          const facts = await this.facts(this.db.manager, userId, convening, registration?.status ?? null, sessions);
          return sessionChoices(sessions, facts);
        }),
      ),
    ).load(session.conveningId);
    return choices.get(session.id)!;
  }

  /**
   * Takes (attend) or leaves one session: a seat while it has room, a place on its waitlist after;
   * a session the agenda does not offer the person is refused with the agenda's reason.
   */
  async setChoice(userId: string, sessionId: string, attend: boolean): Promise<Convening> {
    const { convening } = await this.access.sessionViewer(userId, sessionId);
    let created: Notification[] = [];
    await this.db.transaction(async (m) => {
      // The person's registration row, locked: their choices (two tabs, quick clicks) run one after the other.
      const registration = await m.getRepository(ConveningRegistration).findOne({
        where: { conveningId: convening.id, userId },
        lock: { mode: 'pessimistic_write' },
      });
      const sessions = await m.getRepository(ConveningSession).findBy({ conveningId: convening.id });
      const facts = await this.facts(m, userId, convening, registration?.status ?? null, sessions);
      const choice = sessionChoices(sessions, facts).get(sessionId);
      if (!choice) throw badInput('That session is not on this agenda any more.', { sessionId: 'Choose another.' });
      if (facts.closed) throw badInput(facts.closed.reason, { sessionId: facts.closed.reason });
      if (attend === choice.chosen) return;
      const locked = await this.seats.lock(m, [sessionId]);
      if (!attend) {
        created = await this.seats.release(m, convening, locked, userId);
        return;
      }
      if (!choice.available) throw badInput(choice.reason!, { sessionId: choice.reason! });
      await this.seats.take(m, locked[0]!, userId);
    });
    await this.seats.push(created);
    return convening;
  }

  /** What one person's choices in a convening are decided on. */
  private async facts(
    m: EntityManager,
    userId: string,
    convening: Convening,
    status: string | null,
    sessions: ConveningSession[],
  ): Promise<ChoiceFacts> {
    const ids = sessions.map((s) => s.id);
    const groupIds = [...new Set(sessions.filter((s) => s.kind === 'JOB_ALIKE' && s.groupId).map((s) => s.groupId!))];
    // One after the other: `m` may be a transaction's single connection.
    const mine = ids.length ? await m.getRepository(SessionSeat).findBy({ userId, sessionId: In(ids) }) : [];
    const confirmed: { session_id: string; n: number }[] = ids.length
      ? await m.query(
          `SELECT session_id, count(*)::int AS n FROM session_seat
            WHERE session_id = ANY($1) AND status = 'CONFIRMED' GROUP BY session_id`,
          [ids],
        )
      : [];
    const memberships = groupIds.length
      ? await m.getRepository(GroupMember).findBy({ userId, groupId: In(groupIds), status: 'ACTIVE' })
      : [];
    const groups = groupIds.length ? await m.getRepository(Group).findBy({ id: In(groupIds) }) : [];
    return {
      timeZone: convening.timeZone,
      closed: choosingClosed(convening, status, new Date()),
      chosenIds: new Set(mine.map((s) => s.sessionId)),
      myGroupIds: new Set(memberships.map((g) => g.groupId)),
      groupNames: new Map(groups.map((g) => [g.id, g.name])),
      confirmed: new Map(confirmed.map((r) => [r.session_id, r.n])),
    };
  }
}
