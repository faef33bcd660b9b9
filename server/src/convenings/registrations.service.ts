import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { clockTime, CONVENING_LIMITS, intervalsOverlap, type RegistrationStatus } from '@switchback/shared';
import type { GraphQLError } from 'graphql';
import { badInput } from '../common/errors.js';
import { GroupMember } from '../groups/group-member.entity.js';
import { Group } from '../groups/group.entity.js';
import type { Notification } from '../notifications/notification.entity.js';
import { ConveningAccessService, type ConveningViewer } from './convening-access.service.js';
import { momentLabel } from './convening-dates.js';
import { ConveningRegistration } from './convening-registration.entity.js';
import { ConveningSession } from './convening-session.entity.js';
import type { Convening } from './convening.entity.js';
import type { RegistrationNeedsInput } from './dto/convening.input.js';
import { SeatsService } from './seats.service.js';
import { choosingClosed } from './session-choices.js';
import { SessionSeat } from './session-seat.entity.js';

const CHOOSE = 'sessionIds';

/**
 * Members answer a published convening (going, maybe, not going) with their needs until its
 * registration deadline, and choose sessions; seats follow the sessions' capacity and waitlists.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConveningAccessService,
    private readonly seats: SeatsService,
  ) {}

  async register(
    userId: string,
    conveningId: string,
    status: RegistrationStatus,
    needs: RegistrationNeedsInput | null | undefined,
  ): Promise<Convening> {
    const { convening } = await this.access.viewer(userId, conveningId);
    this.assertOpen(convening, new Date());
    let released: Notification[] = [];
    await this.db.transaction(async (m) => {
      const repo = m.getRepository(ConveningRegistration);
      await repo.createQueryBuilder().insert().values({ conveningId, userId, status }).orIgnore().execute();
      const reg = await repo.findOneOrFail({ where: { conveningId, userId }, lock: { mode: 'pessimistic_write' } });
      reg.status = status;
      if (needs) {
        if (needs.travel !== undefined) reg.travel = needs.travel ?? '';
        if (needs.needsLodging !== undefined) reg.needsLodging = needs.needsLodging ?? false;
        if (needs.dietary !== undefined) reg.dietary = needs.dietary ?? '';
        if (needs.accessibility !== undefined) reg.accessibility = needs.accessibility ?? '';
      }
      await repo.save(reg);
      if (status === 'NOT_GOING') {
        const ids = (await m.getRepository(ConveningSession).findBy({ conveningId })).map((s) => s.id);
        released = await this.seats.release(m, convening, await this.seats.lock(m, ids), userId);
      }
    });
    await this.seats.push(released);
    return convening;
  }

  /** Replaces the caller's choice of sessions; seats are confirmed while there is room, waitlisted after. */
  async chooseSessions(userId: string, conveningId: string, sessionIds: string[]): Promise<Convening> {
    const viewer = await this.access.viewer(userId, conveningId);
    const { convening } = viewer;
    const reg = await this.db.getRepository(ConveningRegistration).findOneBy({ conveningId, userId });
    const refused = chooseRefusal(convening, reg?.status ?? null, new Date());
    if (refused) throw refused;
    const wanted = [...new Set(sessionIds)];
    if (wanted.length > CONVENING_LIMITS.sessionsPerChoiceMax || wanted.some((id) => !isUUID(id)))
      throw badInput('Choose sessions of this convening.', { [CHOOSE]: 'Choose sessions of this convening.' });
    const all = await this.db.getRepository(ConveningSession).findBy({ conveningId });
    const chosen = wanted.map((id) => all.find((s) => s.id === id));
    if (chosen.some((s) => !s))
      throw badInput('Some of those sessions are not on this agenda any more.', {
        [CHOOSE]: 'Choose sessions of this convening.',
      });
    await this.checkChoice(viewer, chosen as ConveningSession[]);
    const created: Notification[] = [];
    await this.db.transaction(async (m) => {
      // The person's registration row, locked: two choices of one person (two tabs, a double click)
      // run one after the other, each reading the seats the other left; `register` takes the same lock.
      const locked = await m
        .getRepository(ConveningRegistration)
        .findOne({ where: { conveningId, userId }, lock: { mode: 'pessimistic_write' } });
      const again = chooseRefusal(convening, locked?.status ?? null, new Date());
      if (again) throw again;
      const current = all.length
        ? await m.getRepository(SessionSeat).findBy({ userId, sessionId: In(all.map((s) => s.id)) })
        : [];
      const removed = current.filter((s) => !wanted.includes(s.sessionId)).map((s) => s.sessionId);
      const added = wanted.filter((id) => !current.some((s) => s.sessionId === id));
      const sessions = await this.seats.lock(m, [...removed, ...added]);
      created.push(
        ...(await this.seats.release(
          m,
          convening,
          sessions.filter((s) => removed.includes(s.id)),
          userId,
        )),
      );
      for (const session of sessions.filter((s) => added.includes(s.id))) await this.seats.take(m, session, userId);
    });
    await this.seats.push(created);
    return convening;
  }

  /** No two chosen sessions overlap; job-alike sessions are for their group's members. */
  private async checkChoice(viewer: ConveningViewer, chosen: ConveningSession[]): Promise<void> {
    const tz = viewer.convening.timeZone;
    for (let i = 0; i < chosen.length; i++) {
      for (let j = i + 1; j < chosen.length; j++) {
        const [a, b] = [chosen[i], chosen[j]];
        if (intervalsOverlap(a.startsAt, a.endsAt, b.startsAt, b.endsAt)) {
          const message = `'${a.title}' (${clockTime(a.startsAt, tz)}–${clockTime(a.endsAt, tz)}) and '${b.title}' (${clockTime(b.startsAt, tz)}–${clockTime(b.endsAt, tz)}) overlap: choose one of them.`;
          throw badInput(message, { [CHOOSE]: message });
        }
      }
    }
    const jobAlike = chosen.filter((s) => s.kind === 'JOB_ALIKE' && s.groupId);
    if (!jobAlike.length) return;
    const groupIds = [...new Set(jobAlike.map((s) => s.groupId!))];
    const [mine, groups] = await Promise.all([
      this.db.getRepository(GroupMember).findBy({ userId: viewer.me.userId, groupId: In(groupIds), status: 'ACTIVE' }),
      this.db.getRepository(Group).findBy({ id: In(groupIds) }),
    ]);
    const outside = jobAlike.find((s) => !mine.some((g) => g.groupId === s.groupId));
    if (outside) {
      const group = groups.find((g) => g.id === outside.groupId);
      const message = `'${outside.title}' is a job-alike session for members of ${group?.name ?? 'its group'}: join the group to take part.`;
      throw badInput(message, { [CHOOSE]: message });
    }
  }

  /** Registration is open while the convening is published and before its registration deadline. */
  registrationOpen(convening: Convening, now: Date): boolean {
    return convening.status === 'PUBLISHED' && convening.registrationDeadline.getTime() > now.getTime();
  }

  /** Sessions are for people registered as going or maybe, until the convening is over. */
  mayChooseSessions(convening: Convening, status: RegistrationStatus | null, now: Date): boolean {
    return chooseRefusal(convening, status, now) === null;
  }

  private assertOpen(convening: Convening, now: Date): void {
    if (this.registrationOpen(convening, now)) return;
    if (convening.status !== 'PUBLISHED')
      throw badInput('This convening is not published yet: registration opens when it is.');
    throw badInput(
      `Registration closed on ${momentLabel(convening.registrationDeadline, convening.timeZone)}. Contact the coordinator.`,
    );
  }
}

/** Why someone with this registration may not choose sessions now, or null when they may. */
function chooseRefusal(convening: Convening, status: RegistrationStatus | null, now: Date): GraphQLError | null {
  const closed = choosingClosed(convening, status, now);
  if (!closed) return null;
  if (closed.code !== 'REGISTER_FIRST') return badInput(closed.reason);
  return badInput('Register as going or maybe before choosing sessions.', { status: 'Register first.' });
}
