import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { checkExchangeDates, EXCHANGE_LIMITS } from '@switchback/shared';
import { User } from '../auth/user.entity.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import { fieldError, forbidden, notFound } from '../common/errors.js';
import { AccessService } from '../access/access.service.js';
import type { Notification } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { CreateExchangeInput } from './dto/exchange.input.js';
import { ExchangeAccessService, type ExchangeViewer } from './exchange-access.service.js';
import { ExchangeClass } from './exchange-class.entity.js';
import { Exchange } from './exchange.entity.js';
import { Rubric } from './rubric.entity.js';
import { RubricsService } from './rubrics.service.js';

/** Phases in which classes may still join (and teachers be invited). */
const OPEN_PHASES = new Set(['DRAFT', 'SUBMISSION']);

/** Whether people $1 and $2 are both active members of one group that is not archived. */
const SHARED_GROUP_SQL = `SELECT 1 FROM group_member a
    JOIN group_member b ON b.group_id = a.group_id AND b.user_id = $2 AND b.status = 'ACTIVE'
    JOIN "group" g ON g.id = a.group_id AND g.archived_at IS NULL
   WHERE a.user_id = $1 AND a.status = 'ACTIVE'`;

/**
 * Creating exchanges and gathering their classes: the owner adds their own classes and invites
 * teachers who share an active job-alike group with them; invited teachers add theirs.
 */
@Injectable()
export class ExchangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly exchanges: ExchangeAccessService,
    private readonly rubrics: RubricsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A teacher creates an exchange with a rubric version, which is locked from then on. */
  async create(userId: string, input: CreateExchangeInput): Promise<Exchange> {
    const me = await this.access.require(userId, input.networkId, 'teach');
    if (!me.schoolId) throw forbidden('You need to belong to a school to run an exchange. Ask your coordinator.');
    const rubric = await this.rubrics.visible(userId, input.rubricId);
    if (rubric.networkId !== input.networkId) throw notFound('rubric');
    const dates = {
      submissionDueAt: input.submissionDueAt,
      reviewDueAt: input.reviewDueAt,
      feedbackReleaseAt: input.feedbackReleaseAt,
    };
    const wrong = checkExchangeDates(dates);
    if (wrong) throw fieldError(wrong.field, wrong.message);
    if (dates.submissionDueAt <= new Date()) {
      throw fieldError('submissionDueAt', 'Set the essay deadline in the future.');
    }
    const classIds = [...new Set(input.classIds ?? [])];
    const classes = classIds.length ? await this.db.getRepository(SchoolClass).findBy({ id: In(classIds) }) : [];
    for (const id of classIds) {
      const cls = classes.find((c) => c.id === id);
      if (!cls || cls.networkId !== input.networkId) throw notFound('class');
      if (cls.teacherId !== userId) throw forbidden('You can add only classes you teach.');
    }
    return this.db.transaction(async (m) => {
      const exchange = await m.getRepository(Exchange).save({
        networkId: input.networkId,
        ownerId: userId,
        title: input.title,
        prompt: input.prompt,
        rubricId: rubric.id,
        reviewsPerSubmission: input.reviewsPerSubmission ?? EXCHANGE_LIMITS.reviewsDefault,
        anonymity: input.anonymity ?? 'DOUBLE_BLIND',
        crossSchoolOnly: input.crossSchoolOnly ?? true,
        acceptLateEssays: input.acceptLateEssays ?? true,
        ...dates,
        phase: 'DRAFT',
        pseudonymSeed: randomInt(2_147_483_647),
      });
      await m.update(Rubric, { id: rubric.id, lockedAt: IsNull() }, { lockedAt: new Date() });
      for (const cls of classes) {
        await m.insert(ExchangeClass, {
          exchangeId: exchange.id,
          classId: cls.id,
          schoolId: cls.schoolId,
          addedById: userId,
          status: 'JOINED',
          invitedTeacherId: null,
        });
      }
      return m.getRepository(Exchange).findOneByOrFail({ id: exchange.id });
    });
  }

  /** The owner invites a teacher who shares an active job-alike group with them; they are notified. */
  async invite(userId: string, exchangeId: string, teacherId: string): Promise<Exchange> {
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    const { exchange } = viewer;
    this.exchanges.assert(viewer, 'manage', "Only the exchange's owner can invite teachers.");
    this.assertOpen(exchange);
    if (teacherId === userId) throw fieldError('teacherId', 'You are already in this exchange.');
    const them = await this.access.activeMembership(teacherId, exchange.networkId);
    if (!them || (them.role !== 'TEACHER' && them.role !== 'ADMINISTRATOR')) throw notFound('teacher');
    if (!(await this.shareActiveGroup(userId, teacherId))) {
      throw forbidden('You can invite only teachers who are members of one of your job-alike groups.');
    }
    const already = await this.db.getRepository(ExchangeClass).findOneBy({ exchangeId, invitedTeacherId: teacherId });
    if (already) return exchange;
    const owner = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    const created: Notification[] = await this.db.transaction(async (m) => {
      await m.insert(ExchangeClass, {
        exchangeId,
        classId: null,
        schoolId: null,
        addedById: userId,
        status: 'INVITED',
        invitedTeacherId: teacherId,
      });
      return this.notifications.create(m, {
        userIds: [teacherId],
        networkId: exchange.networkId,
        kind: 'EXCHANGE_INVITE',
        text: `${owner.displayName} invited you to add a class to the peer-feedback exchange "${exchange.title}".`,
      });
    });
    await this.notifications.push(created);
    return exchange;
  }

  /** The owner, or an invited teacher, adds a class they teach while essays are still open. */
  async addClass(userId: string, exchangeId: string, classId: string): Promise<Exchange> {
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    const { exchange } = viewer;
    this.exchanges.assert(viewer, 'addClasses');
    const cls = await this.db.getRepository(SchoolClass).findOneBy({ id: classId });
    if (!cls || cls.networkId !== exchange.networkId) throw notFound('class');
    if (cls.teacherId !== userId) throw forbidden('You can add only a class you teach.');
    this.assertOpen(exchange);
    await this.db.transaction(async (m) => {
      const joined = await m.getRepository(ExchangeClass).findOneBy({ exchangeId, classId });
      if (joined) return;
      const invitation = await m
        .getRepository(ExchangeClass)
        .findOneBy({ exchangeId, invitedTeacherId: userId, classId: IsNull() });
      const fields = { classId, schoolId: cls.schoolId, addedById: userId, status: 'JOINED' as const };
      if (invitation) {
        await m.update(ExchangeClass, { id: invitation.id, classId: IsNull() }, fields);
        return;
      }
      await m
        .createQueryBuilder()
        .insert()
        .into(ExchangeClass)
        .values({ ...fields, exchangeId, invitedTeacherId: viewer.role === 'OWNER' ? null : userId })
        .orIgnore()
        .execute();
    });
    return exchange;
  }

  /** Whether the viewer may add classes now: the owner or an invited teacher, while essays are open. */
  canAddClasses(viewer: ExchangeViewer): boolean {
    return viewer.mayAddClasses && OPEN_PHASES.has(viewer.exchange.phase);
  }

  /** Classes the viewer teaches in the exchange's network and could add now (none when they may not). */
  async addable(viewer: ExchangeViewer): Promise<SchoolClass[]> {
    if (!this.canAddClasses(viewer)) return [];
    return this.db
      .getRepository(SchoolClass)
      .createQueryBuilder('c')
      .where('c.network_id = :networkId AND c.teacher_id = :me', {
        networkId: viewer.exchange.networkId,
        me: viewer.userId,
      })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM exchange_class ec WHERE ec.exchange_id = :exchangeId AND ec.class_id = c.id)`,
        { exchangeId: viewer.exchange.id },
      )
      .orderBy('c.name', 'ASC')
      .getMany();
  }

  /** Teachers the owner may invite: the network's teachers in one of the owner's active groups, not yet in. */
  async invitable(viewer: ExchangeViewer): Promise<User[]> {
    if (viewer.role !== 'OWNER' || !OPEN_PHASES.has(viewer.exchange.phase)) return [];
    return this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin('membership', 'ms', "ms.user_id = u.id AND ms.network_id = :networkId AND ms.status = 'ACTIVE'", {
        networkId: viewer.exchange.networkId,
      })
      .where("ms.role IN ('TEACHER', 'ADMINISTRATOR')")
      .andWhere('u.id <> :me', { me: viewer.userId })
      .andWhere(`EXISTS (${SHARED_GROUP_SQL.replace('$1', ':me').replace('$2', 'u.id')})`)
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM exchange_class ec WHERE ec.exchange_id = :exchangeId AND ec.invited_teacher_id = u.id)',
        { exchangeId: viewer.exchange.id },
      )
      .orderBy('u.display_name', 'ASC')
      .limit(200)
      .getMany();
  }

  private async shareActiveGroup(a: string, b: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 WHERE EXISTS (${SHARED_GROUP_SQL})`, [a, b]);
    return rows.length > 0;
  }

  private assertOpen(exchange: Exchange): void {
    if (!OPEN_PHASES.has(exchange.phase)) {
      throw forbidden('Classes can join an exchange only until reviews start.');
    }
  }
}
