import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, manyEach } from '../common/loaders.js';
import { User } from '../auth/user.entity.js';
import { Group } from '../groups/group.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { School } from '../networks/school.entity.js';
import type { UserSummary } from '../units/dto/unit.types.js';
import { SessionActionItem } from './action-item.entity.js';
import type { ConveningViewer } from './convening-access.service.js';
import { ConveningRegistration } from './convening-registration.entity.js';
import { ConveningSession } from './convening-session.entity.js';
import type {
  MyRegistration,
  NamedRef,
  RegistrationCounts,
  RegistrationNeeds,
  RegistrationSummary,
  SeatView,
  SessionActionItemView,
  SessionAttendee,
} from './dto/convening.types.js';

export interface RegistrationRow {
  registration: ConveningRegistration;
  user: User | null;
  /** The person's membership of the convening's network (null once they left it). */
  membership: Membership | null;
  school: School | null;
}

export interface SeatCounts {
  confirmed: number;
  waitlisted: number;
}

export const needsOf = (r: ConveningRegistration): RegistrationNeeds => ({
  travel: r.travel,
  needsLodging: r.needsLodging,
  dietary: r.dietary,
  accessibility: r.accessibility,
});

/**
 * What convening pages show, loaded in batches per request (one query per kind of thing, whatever
 * the number of convenings and sessions). Callers have checked who may see what.
 */
@Injectable()
export class ConveningViewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  sessions(ctx: GqlContext, conveningId: string): Promise<ConveningSession[]> {
    return loaderFor<string, ConveningSession[]>(ctx, 'conveningSessions', async (ids) => {
      const rows = await this.db
        .getRepository(ConveningSession)
        .find({ where: { conveningId: In([...ids]) }, order: { startsAt: 'ASC', title: 'ASC' } });
      return manyEach(ids, rows, (s) => s.conveningId);
    }).load(conveningId);
  }

  seatCounts(ctx: GqlContext, sessionId: string): Promise<SeatCounts> {
    return loaderFor<string, SeatCounts>(ctx, 'seatCounts', async (ids) => {
      const rows: { session_id: string; status: string; n: number }[] = await this.db.query(
        `SELECT session_id, status, count(*)::int AS n FROM session_seat WHERE session_id = ANY($1) GROUP BY 1, 2`,
        [[...ids]],
      );
      return ids.map((id) => ({
        confirmed: rows.find((r) => r.session_id === id && r.status === 'CONFIRMED')?.n ?? 0,
        waitlisted: rows.find((r) => r.session_id === id && r.status === 'WAITLISTED')?.n ?? 0,
      }));
    }).load(sessionId);
  }

  mySeat(ctx: GqlContext, userId: string, sessionId: string): Promise<SeatView | null> {
    return loaderFor<string, SeatView | null>(ctx, `mySeat:${userId}`, async (ids) => {
      const rows: { session_id: string; status: SeatView['status']; checked_in_at: Date | null; ahead: number }[] =
        await this.db.query(
          `SELECT s.session_id, s.status, s.checked_in_at,
                  (SELECT count(*)::int FROM session_seat w
                    WHERE w.session_id = s.session_id AND w.status = 'WAITLISTED'
                      AND (w.created_at, w.id) < (s.created_at, s.id)) AS ahead
             FROM session_seat s WHERE s.user_id = $1 AND s.session_id = ANY($2)`,
          [userId, [...ids]],
        );
      return ids.map((id) => {
        const r = rows.find((row) => row.session_id === id);
        if (!r) return null;
        return {
          status: r.status,
          waitlistPosition: r.status === 'WAITLISTED' ? r.ahead + 1 : null,
          checkedInAt: r.checked_in_at,
        };
      });
    }).load(sessionId);
  }

  myRegistration(ctx: GqlContext, userId: string, conveningId: string): Promise<MyRegistration | null> {
    return loaderFor<string, MyRegistration | null>(ctx, `myRegistration:${userId}`, async (ids) => {
      const rows = await this.db.getRepository(ConveningRegistration).findBy({ userId, conveningId: In([...ids]) });
      return ids.map((id) => {
        const r = rows.find((row) => row.conveningId === id);
        return r ? { status: r.status, needs: needsOf(r), updatedAt: r.updatedAt } : null;
      });
    }).load(conveningId);
  }

  group(ctx: GqlContext, groupId: string): Promise<NamedRef | null> {
    return loaderFor<string, NamedRef | null>(ctx, 'conveningGroup', async (ids) => {
      const rows = await this.db.getRepository(Group).findBy({ id: In([...ids]) });
      return ids.map((id) => {
        const g = rows.find((row) => row.id === id);
        return g ? { id: g.id, name: g.name } : null;
      });
    }).load(groupId);
  }

  school(ctx: GqlContext, schoolId: string): Promise<NamedRef | null> {
    return loaderFor<string, NamedRef | null>(ctx, 'conveningSchool', async (ids) => {
      const rows = await this.db.getRepository(School).findBy({ id: In([...ids]) });
      return ids.map((id) => {
        const s = rows.find((row) => row.id === id);
        return s ? { id: s.id, name: s.name } : null;
      });
    }).load(schoolId);
  }

  user(ctx: GqlContext, userId: string): Promise<UserSummary | null> {
    return loaderFor<string, UserSummary | null>(ctx, 'conveningUser', async (ids) => {
      const rows = await this.db.getRepository(User).findBy({ id: In([...ids]) });
      return ids.map((id) => {
        const u = rows.find((row) => row.id === id);
        return u ? { id: u.id, displayName: u.displayName } : null;
      });
    }).load(userId);
  }

  /** The session's seat holders, confirmed first (then the waitlist in order), with their school. */
  attendees(ctx: GqlContext, networkId: string, sessionId: string): Promise<SessionAttendee[]> {
    return loaderFor<string, SessionAttendee[]>(ctx, `attendees:${networkId}`, async (ids) => {
      const rows: {
        session_id: string;
        user_id: string;
        display_name: string;
        school_name: string | null;
        status: SessionAttendee['status'];
        checked_in_at: Date | null;
      }[] = await this.db.query(
        `SELECT s.session_id, s.user_id, u.display_name, sc.name AS school_name, s.status, s.checked_in_at
           FROM session_seat s
           JOIN "user" u ON u.id = s.user_id
           LEFT JOIN membership m ON m.user_id = s.user_id AND m.network_id = $2
           LEFT JOIN school sc ON sc.id = m.school_id
          WHERE s.session_id = ANY($1)
          ORDER BY s.status, s.created_at, s.id`,
        [[...ids], networkId],
      );
      return manyEach(ids, rows, (r) => r.session_id).map((list) =>
        list.map((r) => ({
          user: { id: r.user_id, displayName: r.display_name },
          schoolName: r.school_name,
          status: r.status,
          checkedInAt: r.checked_in_at,
        })),
      );
    }).load(sessionId);
  }

  actionItems(ctx: GqlContext, sessionId: string): Promise<SessionActionItemView[]> {
    return loaderFor<string, SessionActionItemView[]>(ctx, 'sessionActionItems', async (ids) => {
      const rows = await this.db
        .getRepository(SessionActionItem)
        .find({ where: { sessionId: In([...ids]) }, order: { createdAt: 'ASC' } });
      const users = rows.length
        ? await this.db.getRepository(User).findBy({ id: In([...new Set(rows.map((r) => r.createdById))]) })
        : [];
      return manyEach(
        ids,
        rows.map((r) => this.actionItemView(r, users)),
        (r) => r.sessionId,
      );
    }).load(sessionId);
  }

  actionItemView(r: SessionActionItem, users: User[]): SessionActionItemView & { sessionId: string } {
    const u = users.find((user) => user.id === r.createdById);
    return {
      id: r.id,
      sessionId: r.sessionId,
      text: r.text,
      target: r.target,
      goalId: r.goalId,
      postId: r.postId,
      createdAt: r.createdAt,
      createdBy: { id: r.createdById, displayName: u?.displayName ?? '' },
    };
  }

  /**
   * A convening's registrations (oldest first), each with the person, their membership of the
   * network and its school, in four queries whatever their number.
   */
  async registrationRows(conveningId: string, networkId: string): Promise<RegistrationRow[]> {
    const registrations = await this.db
      .getRepository(ConveningRegistration)
      .find({ where: { conveningId }, order: { createdAt: 'ASC' } });
    if (!registrations.length) return [];
    const userIds = registrations.map((r) => r.userId);
    const [users, memberships, schools] = await Promise.all([
      this.db.getRepository(User).findBy({ id: In(userIds) }),
      this.db.getRepository(Membership).findBy({ networkId, userId: In(userIds) }),
      this.db.getRepository(School).findBy({ networkId }),
    ]);
    return registrations.map((registration) => {
      const membership = memberships.find((m) => m.userId === registration.userId) ?? null;
      return {
        registration,
        user: users.find((u) => u.id === registration.userId) ?? null,
        membership,
        school: (membership?.schoolId && schools.find((s) => s.id === membership.schoolId)) || null,
      };
    });
  }

  /** Counts and needs by school: for coordinators, null for everyone else. */
  async summary(viewer: ConveningViewer): Promise<RegistrationSummary | null> {
    if (!viewer.coordinator) return null;
    const rows = await this.registrationRows(viewer.convening.id, viewer.convening.networkId);
    const bySchool = new Map<string | null, RegistrationSummary['bySchool'][number]>();
    const entry = (school: School | null) => {
      const schoolId = school?.id ?? null;
      let e = bySchool.get(schoolId);
      if (!e) {
        const name = school?.name ?? 'No school (network staff)';
        e = { schoolId, schoolName: name, counts: emptyCounts(), registrants: [] };
        bySchool.set(schoolId, e);
      }
      return e;
    };
    const total = emptyCounts();
    for (const { registration: r, user: u, school } of rows) {
      const e = entry(school);
      for (const counts of [total, e.counts]) count(counts, r);
      e.registrants.push({
        user: { id: r.userId, displayName: u?.displayName ?? '' },
        status: r.status,
        needs: needsOf(r),
      });
    }
    const list = [...bySchool.values()].sort(
      (a, b) => Number(a.schoolId === null) - Number(b.schoolId === null) || a.schoolName.localeCompare(b.schoolName),
    );
    for (const e of list) e.registrants.sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
    return { counts: total, bySchool: list };
  }
}

function emptyCounts(): RegistrationCounts {
  return { going: 0, maybe: 0, notGoing: 0, needingLodging: 0 };
}

function count(c: RegistrationCounts, r: ConveningRegistration): void {
  if (r.status === 'GOING') c.going++;
  else if (r.status === 'MAYBE') c.maybe++;
  else c.notGoing++;
  if (r.status !== 'NOT_GOING' && r.needsLodging) c.needingLodging++;
}
