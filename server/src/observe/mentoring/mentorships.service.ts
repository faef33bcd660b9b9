import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import { shortLinkPath } from '@switchback/shared';
import { isUniqueViolation } from '../../common/db-errors.js';
import { badInput, conflict, fieldError } from '../../common/errors.js';
import { Membership } from '../../networks/membership.entity.js';
import { membershipsByKeys, withPeople } from '../../networks/memberships-by-keys.js';
import { NotificationsService } from '../../notifications/notifications.service.js';
import { UnitAccessService } from '../../units/unit-access.service.js';
import type { CreateMentorshipInput, LogMentoringMeetingInput, UpdateMentorshipInput } from './dto/mentorship.input.js';
import { rankMentors, type MatchPerson, type MentorMatch } from './mentor-matches.js';
import { MentoringMeeting } from './mentoring-meeting.entity.js';
import { MentorshipAccessService } from './mentorship-access.service.js';
import { Mentorship, viewerOf } from './mentorship.entity.js';

const SUGGESTIONS_MAX = 10;
const NOT_A_TEACHER = 'Choose teachers of this network who have a school.';
const SAME_SCHOOL =
  'A mentor and a newer teacher must be in different schools: mentoring here pairs people across schools.';

/** A possible mentor with the membership the page shows (name, school). */
export type MentorSuggestion = MentorMatch & { membership: Membership };

/**
 * Mentoring pairs: coordinators pair teachers of different schools and end pairs; the pair writes
 * its goals and meeting log. What the pair writes is theirs alone (mentorship.policy.ts).
 */
@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: MentorshipAccessService,
    private readonly units: UnitAccessService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Coordinators: every pair of the network; other adults: their own pairs. Active pairs first. */
  async list(userId: string, networkId: string): Promise<Mentorship[]> {
    const me = await this.access.lister(userId, networkId);
    const all = me.role === 'COORDINATOR';
    const qb = this.db
      .getRepository(Mentorship)
      .createQueryBuilder('m')
      .where('m.network_id = :networkId', { networkId });
    if (!all) qb.andWhere('(m.mentor_id = :userId OR m.mentee_id = :userId)', { userId });
    const pairs = await qb.orderBy('m.status', 'ASC').addOrderBy('m.started_at', 'DESC').addOrderBy('m.id').getMany();
    return pairs.map((m) => this.access.decide(me, m, userId));
  }

  async get(userId: string, mentorshipId: string): Promise<Mentorship> {
    const { mentorship, me } = await this.access.require(userId, mentorshipId, 'see');
    return this.access.decide(me, mentorship, userId);
  }

  async create(userId: string, input: CreateMentorshipInput): Promise<Mentorship> {
    const me = await this.access.pairer(userId, input.networkId);
    if (input.mentorId === input.menteeId)
      throw badInput('Choose two different teachers: a mentor and a newer teacher.', {
        mentorId: 'Choose someone other than the newer teacher.',
      });
    const people = await this.db.getRepository(Membership).find({
      where: { networkId: input.networkId, userId: In([input.mentorId, input.menteeId]), status: 'ACTIVE' },
      ...withPeople(this.db),
    });
    const mentor = people.find((p) => p.userId === input.mentorId);
    const mentee = people.find((p) => p.userId === input.menteeId);
    if (!mentor || mentor.role !== 'TEACHER' || !mentor.schoolId) throw fieldError('mentorId', NOT_A_TEACHER);
    if (!mentee || mentee.role !== 'TEACHER' || !mentee.schoolId) throw fieldError('menteeId', NOT_A_TEACHER);
    if (mentor.schoolId === mentee.schoolId) throw badInput(SAME_SCHOOL, { mentorId: SAME_SCHOOL });
    try {
      const { pair, created } = await this.db.transaction(async (m) => {
        const pair = await m.save(
          m.create(Mentorship, {
            networkId: input.networkId,
            mentorId: mentor.userId,
            menteeId: mentee.userId,
            status: 'ACTIVE',
            goals: input.goals?.trim() ?? '',
            createdById: userId,
          }),
        );
        const link = shortLinkPath('mentorship', pair.id);
        const created = [
          ...(await this.notifications.create(m, {
            userIds: [mentor.userId],
            networkId: input.networkId,
            kind: 'MENTORSHIP',
            link,
            text: `You are now mentoring ${mentee.user.displayName} (${mentee.school!.name}).`,
          })),
          ...(await this.notifications.create(m, {
            userIds: [mentee.userId],
            networkId: input.networkId,
            kind: 'MENTORSHIP',
            link,
            text: `${mentor.user.displayName} (${mentor.school!.name}) is now your mentor.`,
          })),
        ];
        return { pair, created };
      });
      await this.notifications.push(created);
      return this.access.decide(me, pair, userId);
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('These two teachers are already a mentoring pair.', { mentorId: 'Already paired.' });
      throw err;
    }
  }

  /** Coordinators end a pair: its record stays readable by the pair; retention of its recordings starts. */
  async end(userId: string, mentorshipId: string): Promise<Mentorship> {
    const { mentorship, me } = await this.access.require(userId, mentorshipId, 'pair');
    if (mentorship.status === 'ENDED') return this.access.decide(me, mentorship, userId);
    await this.db
      .getRepository(Mentorship)
      .update({ id: mentorship.id, status: 'ACTIVE' }, { status: 'ENDED', endedAt: new Date() });
    return this.access.decide(me, (await this.db.getRepository(Mentorship).findOneBy({ id: mentorship.id }))!, userId);
  }

  /** The pair changes its goals or the unit it co-plans on. */
  async update(userId: string, input: UpdateMentorshipInput): Promise<Mentorship> {
    const { mentorship, me } = await this.access.require(userId, input.mentorshipId, 'write');
    const changes: Partial<Mentorship> = {};
    if (input.goals !== undefined && input.goals !== null) changes.goals = input.goals.trim();
    if (input.clearUnit) changes.unitId = null;
    else if (input.unitId) {
      const unit = await this.units.contexts(userId, [input.unitId]);
      const ctx = unit[0];
      if (!ctx || ctx instanceof Error || ctx.unit.networkId !== mentorship.networkId)
        throw fieldError('unitId', 'Choose a unit of this network that you can open.');
      changes.unitId = ctx.unit.id;
    }
    if (Object.keys(changes).length) await this.db.getRepository(Mentorship).update({ id: mentorship.id }, changes);
    return this.access.decide(me, (await this.db.getRepository(Mentorship).findOneBy({ id: mentorship.id }))!, userId);
  }

  async logMeeting(userId: string, input: LogMentoringMeetingInput): Promise<MentoringMeeting> {
    const { mentorship } = await this.access.require(userId, input.mentorshipId, 'write');
    // A day ahead of the server's clock is still "today" somewhere in the network.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    if (input.meetingOn > tomorrow)
      throw fieldError('meetingOn', 'Log a meeting once it has happened (not a future day).');
    if (input.meetingOn < mentorship.startedAt.toISOString().slice(0, 10))
      throw fieldError('meetingOn', 'That day is before the pair started.');
    if (input.nextStepsDueOn && input.nextStepsDueOn < input.meetingOn)
      throw fieldError('nextStepsDueOn', 'The next steps cannot be due before the meeting.');
    const notes = input.notes?.trim() ?? '';
    const nextSteps = input.nextSteps?.trim() ?? '';
    if (!notes && !nextSteps)
      throw badInput('Write a few words about the meeting or the next steps.', {
        notes: 'Write what you talked about, or the next steps.',
      });
    return this.db.getRepository(MentoringMeeting).save({
      mentorshipId: mentorship.id,
      meetingOn: input.meetingOn,
      notes,
      nextSteps,
      nextStepsDueOn: input.nextStepsDueOn ?? null,
      loggedById: userId,
    });
  }

  /** Coordinators: possible mentors for a newer teacher, best first (mentor-matches.ts says how). */
  async suggestions(userId: string, networkId: string, menteeId: string): Promise<MentorSuggestion[]> {
    await this.access.pairer(userId, networkId);
    const teachers = await this.db.getRepository(Membership).find({
      where: { networkId, status: 'ACTIVE', role: 'TEACHER', schoolId: Not(IsNull()) },
      ...withPeople(this.db),
    });
    const mentee = teachers.find((t) => t.userId === menteeId);
    if (!mentee || !mentee.schoolId) throw fieldError('menteeId', NOT_A_TEACHER);
    const busy: { mentor_id: string; count: number }[] = await this.db.query(
      `SELECT mentor_id, count(*)::int AS count FROM mentorship
        WHERE network_id = $1 AND status = 'ACTIVE' GROUP BY mentor_id`,
      [networkId],
    );
    const counts = new Map(busy.map((b) => [b.mentor_id, b.count]));
    const asPerson = (t: Membership): MatchPerson => ({
      userId: t.userId,
      schoolId: t.schoolId,
      subjects: t.subjects,
      gradeLevels: t.gradeLevels,
      timeZone: t.school?.timeZone ?? null,
      memberSince: t.createdAt,
      activeMentees: counts.get(t.userId) ?? 0,
    });
    const byUser = new Map(teachers.map((t) => [t.userId, t]));
    return rankMentors(asPerson(mentee), teachers.map(asPerson), new Date())
      .slice(0, SUGGESTIONS_MAX)
      .map((m) => ({ ...m, membership: byUser.get(m.person.userId)! }));
  }

  // ---- for the resolver's fields (pairs returned above carry the caller's `viewer`, decided once) ----

  meetingsOf(mentorshipIds: readonly string[]): Promise<MentoringMeeting[]> {
    return this.db.getRepository(MentoringMeeting).find({
      where: { mentorshipId: In([...mentorshipIds]) },
      order: { meetingOn: 'DESC', createdAt: 'DESC' },
    });
  }

  /** The co-planned unit's id and title, when the caller is one of the pair and can open the unit. */
  async unitFor(userId: string, m: Mentorship): Promise<{ id: string; title: string } | null> {
    if (!m.unitId || !viewerOf(m).readsPrivate) return null;
    const [ctx] = await this.units.contexts(userId, [m.unitId]);
    return !ctx || ctx instanceof Error ? null : { id: ctx.unit.id, title: ctx.unit.title };
  }

  membershipsByKeys(keys: readonly string[]): Promise<Membership[]> {
    return membershipsByKeys(this.db, keys);
  }
}
