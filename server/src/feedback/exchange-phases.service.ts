import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { nextExchangePhase, phasesDueByDates, type ExchangePhase } from '@switchback/shared';
import { badInput } from '../common/errors.js';
import { every, takeJobLock } from '../common/exclusive-job.js';
import { ExchangeAccessService, type ExchangeViewer } from './exchange-access.service.js';
import { Exchange } from './exchange.entity.js';
import { ReviewAllocationService } from './review-allocation.service.js';

const EVERY_MINUTE = 60_000;
/** Most exchanges one run moves on (the next run takes the rest). */
const BATCH = 200;

/**
 * Moves exchanges through DRAFT → SUBMISSION → REVIEW → FEEDBACK → CLOSED: by the owning teacher,
 * or by their dates (essay deadline → REVIEW, feedback release → FEEDBACK) in a job that runs every
 * minute in every server process, one process at a time thanks to a PostgreSQL advisory lock.
 * Every change goes through `enterPhase`, the one place where a phase's work starts.
 */
@Injectable()
export class ExchangePhasesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ExchangePhases');
  private stop?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
    private readonly allocation: ReviewAllocationService,
  ) {}

  onModuleInit(): void {
    this.stop = every(EVERY_MINUTE, this.logger, () => this.runDue());
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  /** Whether the viewer may move the exchange on now: its owner, until it is closed. */
  canAdvance(viewer: ExchangeViewer): boolean {
    return viewer.role === 'OWNER' && nextExchangePhase(viewer.exchange.phase) !== null;
  }

  /** The owner moves the exchange to its next phase. */
  async advance(userId: string, exchangeId: string): Promise<Exchange> {
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    this.exchanges.assert(viewer, 'manage', 'Only the teacher who created the exchange can move it on.');
    return this.db.transaction(async (m) => {
      const exchange = await this.lock(m, exchangeId);
      const next = nextExchangePhase(exchange.phase);
      if (!next) throw badInput('This exchange is closed: it has no next phase.');
      if (next === 'SUBMISSION') {
        const [{ count }]: { count: number }[] = await m.query(
          `SELECT count(*)::int AS count FROM exchange_class WHERE exchange_id = $1 AND status = 'JOINED'`,
          [exchangeId],
        );
        if (count === 0) throw badInput('Add at least one class before opening the exchange for essays.');
      }
      return this.enterPhase(m, exchange, next);
    });
  }

  /**
   * Moves on the exchanges whose dates have passed and reassigns reviews nobody started by their due
   * date; returns how many phase changes and reassignments were made.
   */
  async runDue(now = new Date()): Promise<number> {
    return this.db.transaction(async (m) => {
      if (!(await takeJobLock(m, 'exchangePhases'))) return 0;
      const due = await m
        .getRepository(Exchange)
        .createQueryBuilder('e')
        .setLock('pessimistic_write')
        .where(
          `(e.phase = 'SUBMISSION' AND e.submission_due_at <= :now)
            OR (e.phase = 'REVIEW' AND e.feedback_release_at <= :now)`,
          { now },
        )
        .orderBy('e.submission_due_at', 'ASC')
        .limit(BATCH)
        .getMany();
      let changes = 0;
      for (let exchange of due) {
        for (const phase of phasesDueByDates(exchange.phase, exchange, now)) {
          exchange = await this.enterPhase(m, exchange, phase);
          changes++;
        }
      }
      return changes + (await this.reassignStale(m, now));
    });
  }

  /**
   * Exchanges in REVIEW past their review due date with reviews nobody started: those go to students
   * who have finished theirs. Runs again only when someone has finished a review since the last time.
   */
  private async reassignStale(m: EntityManager, now: Date): Promise<number> {
    const exchanges = await m
      .getRepository(Exchange)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where(`e.phase = 'REVIEW' AND e.review_due_at <= :now`, { now })
      .andWhere(
        `EXISTS (SELECT 1 FROM peer_review r WHERE r.exchange_id = e.id AND r.status = 'ASSIGNED' AND r.assigned_at < e.review_due_at)`,
      )
      .andWhere(
        `(e.stale_reviews_reassigned_at IS NULL OR EXISTS (SELECT 1 FROM peer_review r WHERE r.exchange_id = e.id
            AND r.status = 'SUBMITTED' AND r.submitted_at > e.stale_reviews_reassigned_at))`,
      )
      .limit(BATCH)
      .getMany();
    let moved = 0;
    for (const exchange of exchanges) {
      const change = await this.allocation.reassignStale(m, exchange);
      await m.update(Exchange, exchange.id, { staleReviewsReassignedAt: now });
      moved += change?.added.length ?? 0;
    }
    return moved;
  }

  /**
   * The single place an exchange changes phase, inside the caller's transaction with the exchange
   * row locked. Entering REVIEW allocates the reviews of every submitted essay.
   */
  private async enterPhase(m: EntityManager, exchange: Exchange, phase: ExchangePhase): Promise<Exchange> {
    const now = new Date();
    await m.update(Exchange, { id: exchange.id, phase: exchange.phase }, { phase, phaseChangedAt: now });
    if (phase === 'REVIEW' && !exchange.reviewsAllocatedAt) {
      await this.allocation.allocate(m, { ...exchange, phase });
      await m.update(Exchange, exchange.id, { reviewsAllocatedAt: now });
    }
    this.logger.log(`Exchange ${exchange.id}: ${exchange.phase} → ${phase}`);
    return m.getRepository(Exchange).findOneByOrFail({ id: exchange.id });
  }

  private lock(m: EntityManager, exchangeId: string): Promise<Exchange> {
    return m.getRepository(Exchange).findOneOrFail({ where: { id: exchangeId }, lock: { mode: 'pessimistic_write' } });
  }
}
