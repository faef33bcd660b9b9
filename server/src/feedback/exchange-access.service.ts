import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { GqlContext } from '../common/auth-context.js';
import { notFound, unauthenticated } from '../common/errors.js';
import { loaderFor } from '../common/loaders.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import { AccessService } from '../networks/access.service.js';
import type { Membership } from '../networks/membership.entity.js';
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

  async viewer(userId: string, exchangeId: string, m: EntityManager = this.db.manager): Promise<ExchangeViewer> {
    const exchange = await m.getRepository(Exchange).findOneBy({ id: exchangeId });
    if (!exchange) throw notFound('exchange');
    const me = await this.access.activeMembership(userId, exchange.networkId);
    if (!me) throw notFound('exchange');
    const base = { userId, exchange, me, studentClass: null };
    if (exchange.ownerId === userId) return { ...base, role: 'OWNER', mayAddClasses: true };
    if (me.role === 'STUDENT') {
      const cls = await m
        .getRepository(SchoolClass)
        .createQueryBuilder('c')
        .innerJoin('exchange_class', 'ec', 'ec.class_id = c.id AND ec.exchange_id = :exchangeId', { exchangeId })
        .innerJoin('enrollment', 'en', 'en.class_id = c.id AND en.student_id = :userId', { userId })
        .where("ec.status = 'JOINED'")
        .orderBy('ec.created_at', 'ASC')
        .getOne();
      if (!cls) throw notFound('exchange');
      return { ...base, role: 'STUDENT', mayAddClasses: false, studentClass: cls };
    }
    const rows: { invited: boolean }[] = await m.query(
      `SELECT (ec.invited_teacher_id = $2) AS invited
         FROM exchange_class ec LEFT JOIN class c ON c.id = ec.class_id
        WHERE ec.exchange_id = $1 AND (ec.invited_teacher_id = $2 OR c.teacher_id = $2)`,
      [exchangeId, userId],
    );
    if (rows.length === 0) throw notFound('exchange');
    return { ...base, role: 'TEACHER', mayAddClasses: rows.some((r) => r.invited) };
  }

  /** The caller's place in an exchange, looked up once per GraphQL request. */
  viewerFor(ctx: GqlContext, exchangeId: string): Promise<ExchangeViewer> {
    const userId = ctx.req.auth?.user.id;
    if (!userId) throw unauthenticated();
    return loaderFor<string, ExchangeViewer>(ctx, `exchangeViewer:${userId}`, (ids) =>
      Promise.all(ids.map((id) => this.viewer(userId, id).catch((e: Error) => e))),
    ).load(exchangeId);
  }

  /** Exchanges the person takes part in, in one network, newest first. */
  async mine(userId: string, networkId: string): Promise<Exchange[]> {
    const me = await this.access.requireMember(userId, networkId);
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
