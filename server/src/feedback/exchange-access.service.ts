import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { currentUserId } from '../common/current-user.decorator.js';
import { forbidden, notFound } from '../common/errors.js';
import { loaderFor } from '../common/loaders.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import { AccessService } from '../access/access.service.js';
import type { Membership } from '../networks/membership.entity.js';
import { exchangePolicy, type ExchangeAction, type ExchangeFacts } from '../access/policies/exchange.policy.js';
import { Exchange } from './exchange.entity.js';

export type ExchangeViewerRole = 'OWNER' | 'TEACHER' | 'STUDENT';

/** Who the caller is in an exchange. */
export interface ExchangeViewer {
  userId: string;
  exchange: Exchange;
  me: Membership;
  role: ExchangeViewerRole;
  /** A teacher with an invitation (or the owner) may add the classes they teach. */
  mayAddClasses: boolean;
  /** For a student: the participating class they are enrolled in. */
  studentClass: SchoolClass | null;
  /** What the exchange policy decides on (`access/policies/exchange.policy.ts`). */
  facts: ExchangeFacts;
}

/**
 * Who may see an exchange: its owner, teachers invited to it or whose class takes part, and
 * students enrolled in a participating class. Everyone else, in the network or not, gets
 * "not found", so nobody learns which exchanges exist.
 */
@Injectable()
export class ExchangeAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * The caller's place in several exchanges in at most five queries, whatever their number; a "not
   * found" error in place of each exchange the caller may not see.
   */
  async viewers(
    userId: string,
    exchangeIds: readonly string[],
    m: EntityManager = this.db.manager,
  ): Promise<(ExchangeViewer | Error)[]> {
    const ids = [...new Set(exchangeIds.filter((id) => isUUID(id)))];
    const exchanges = ids.length ? await m.getRepository(Exchange).findBy({ id: In(ids) }) : [];
    const networkIds = [...new Set(exchanges.map((e) => e.networkId))];
    const memberships = await this.access.memberships(userId, networkIds);
    const membershipOf = (e: Exchange) => memberships.find((me) => me.networkId === e.networkId);
    const others = exchanges.filter((e) => e.ownerId !== userId && membershipOf(e));
    const asStudent = others.filter((e) => membershipOf(e)!.role === 'STUDENT').map((e) => e.id);
    const asTeacher = others.filter((e) => membershipOf(e)!.role !== 'STUDENT').map((e) => e.id);
    // One after the other: `m` may be a transaction's single connection.
    const studentClasses = await this.studentClasses(m, userId, asStudent);
    const teacherRows = asTeacher.length
      ? await m.query<{ exchange_id: string; invited: boolean | null }[]>(
          `SELECT ec.exchange_id, bool_or(ec.invited_teacher_id = $2) AS invited
             FROM exchange_class ec LEFT JOIN class c ON c.id = ec.class_id
            WHERE ec.exchange_id = ANY($1) AND (ec.invited_teacher_id = $2 OR c.teacher_id = $2)
            GROUP BY ec.exchange_id`,
          [asTeacher, userId],
        )
      : [];
    return exchangeIds.map((id): ExchangeViewer | Error => {
      const exchange = exchanges.find((e) => e.id === id);
      const me = exchange && membershipOf(exchange);
      if (!exchange || !me) return notFound('exchange');
      const row = teacherRows.find((r) => r.exchange_id === id);
      const studentClass = studentClasses.get(id) ?? null;
      const role: ExchangeViewerRole =
        exchange.ownerId === userId ? 'OWNER' : me.role === 'STUDENT' ? 'STUDENT' : 'TEACHER';
      const facts: ExchangeFacts = { role: me.role, place: role, invited: !!row?.invited };
      const seen = role === 'OWNER' || (role === 'STUDENT' ? !!studentClass : !!row);
      if (!seen || !exchangePolicy.allows(facts, 'read')) return notFound('exchange');
      return {
        userId,
        exchange,
        me,
        role,
        facts,
        studentClass,
        mayAddClasses: exchangePolicy.allows(facts, 'addClasses'),
      };
    });
  }

  /** The viewer when the exchange policy allows `action`; FORBIDDEN with its sentence (or `message`) otherwise. */
  assert(viewer: ExchangeViewer, action: ExchangeAction, message?: string): ExchangeViewer {
    if (message && !exchangePolicy.allows(viewer.facts, action)) throw forbidden(message);
    exchangePolicy.assert(viewer.facts, action);
    return viewer;
  }

  async viewer(userId: string, exchangeId: string, m: EntityManager = this.db.manager): Promise<ExchangeViewer> {
    const [result] = await this.viewers(userId, [exchangeId], m);
    if (result instanceof Error) throw result;
    return result;
  }

  /** The caller's place in an exchange, looked up once per GraphQL request (batched across exchanges). */
  viewerFor(ctx: GqlContext, exchangeId: string): Promise<ExchangeViewer> {
    const userId = currentUserId(ctx);
    return loaderFor<string, ExchangeViewer>(ctx, `exchangeViewer:${userId}`, (ids) => this.viewers(userId, ids)).load(
      exchangeId,
    );
  }

  /** For each exchange, the first participating (joined) class the student is enrolled in. */
  private async studentClasses(
    m: EntityManager,
    userId: string,
    exchangeIds: string[],
  ): Promise<Map<string, SchoolClass>> {
    if (!exchangeIds.length) return new Map();
    const rows = await m.query<{ exchange_id: string; class_id: string }[]>(
      `SELECT DISTINCT ON (ec.exchange_id) ec.exchange_id, ec.class_id
         FROM exchange_class ec JOIN enrollment en ON en.class_id = ec.class_id AND en.student_id = $2
        WHERE ec.exchange_id = ANY($1) AND ec.status = 'JOINED'
        ORDER BY ec.exchange_id, ec.created_at ASC`,
      [exchangeIds, userId],
    );
    const classes = rows.length
      ? await m.getRepository(SchoolClass).findBy({ id: In(rows.map((r) => r.class_id)) })
      : [];
    const found = new Map<string, SchoolClass>();
    for (const r of rows) {
      const cls = classes.find((c) => c.id === r.class_id);
      if (cls) found.set(r.exchange_id, cls);
    }
    return found;
  }

  /** Exchanges the person takes part in, in one network, newest first. */
  async mine(userId: string, networkId: string): Promise<Exchange[]> {
    const me = await this.access.require(userId, networkId, 'read');
    const qb = this.db
      .getRepository(Exchange)
      .createQueryBuilder('e')
      .where('e.network_id = :networkId', { networkId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'ASC');
    if (me.role === 'STUDENT') {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM exchange_class ec JOIN enrollment en ON en.class_id = ec.class_id
                  WHERE ec.exchange_id = e.id AND ec.status = 'JOINED' AND en.student_id = :userId)`,
        { userId },
      );
    } else {
      qb.andWhere(
        `(e.owner_id = :userId OR EXISTS (SELECT 1 FROM exchange_class ec LEFT JOIN class c ON c.id = ec.class_id
                  WHERE ec.exchange_id = e.id AND (ec.invited_teacher_id = :userId OR c.teacher_id = :userId)))`,
        { userId },
      );
    }
    return qb.getMany();
  }
}
