import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { countWords, EXCHANGE_LIMITS, pseudonymFor } from '@switchback/shared';
import { isUniqueViolation } from '../common/db-errors.js';
import { badInput, fieldError, forbidden } from '../common/errors.js';
import type { SubmissionView } from './dto/exchange.types.js';
import { ExchangeAccessService, type ExchangeViewer } from './exchange-access.service.js';
import { Exchange } from './exchange.entity.js';
import { Submission } from './submission.entity.js';

const MAX = EXCHANGE_LIMITS.essayMax;
/** Tries at a free pseudonym when two students start at the same moment. */
const PSEUDONYM_TRIES = 20;

/**
 * Students' essays: autosaved drafts and submissions (resubmitted as often as they like) while the
 * exchange takes essays and its deadline has not passed. Reviewers get the last submitted text.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
  ) {}

  saveDraft(userId: string, exchangeId: string, body: string): Promise<SubmissionView> {
    return this.save(userId, exchangeId, body, false);
  }

  submit(userId: string, exchangeId: string, body: string): Promise<SubmissionView> {
    if (body.trim() === '') throw fieldError('body', 'Write your essay before you submit it.');
    return this.save(userId, exchangeId, body, true);
  }

  /** The student's own essay in the exchange, or null before they start. */
  async mine(viewer: ExchangeViewer): Promise<SubmissionView | null> {
    if (viewer.role !== 'STUDENT') return null;
    const row = await this.db
      .getRepository(Submission)
      .findOneBy({ exchangeId: viewer.exchange.id, studentId: viewer.userId });
    return row && view(row);
  }

  /** Whether the student may still change their essay now. */
  isOpen(exchange: Exchange, now = new Date()): boolean {
    return exchange.phase === 'SUBMISSION' && now < exchange.submissionDueAt;
  }

  private async save(userId: string, exchangeId: string, body: string, submit: boolean): Promise<SubmissionView> {
    if (body.length > MAX) {
      throw fieldError(
        'body',
        `Your essay is ${body.length.toLocaleString('en-US')} characters long: keep it under ${MAX.toLocaleString('en-US')} characters.`,
      );
    }
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    if (viewer.role !== 'STUDENT') throw forbidden('Only students of the participating classes write essays here.');
    return this.db.transaction(async (m) => {
      // Shares the exchange row with other writers; a phase change waits until this essay is saved.
      const exchange = await m
        .getRepository(Exchange)
        .findOneOrFail({ where: { id: exchangeId }, lock: { mode: 'pessimistic_read' } });
      this.assertWritable(exchange);
      const now = new Date();
      const changes = submit ? { body, submittedBody: body, status: 'SUBMITTED' as const, submittedAt: now } : { body };
      const existing = await m.getRepository(Submission).findOneBy({ exchangeId, studentId: userId });
      if (existing) {
        await m.update(Submission, existing.id, changes);
        return view(await m.getRepository(Submission).findOneByOrFail({ id: existing.id }));
      }
      return view(await this.start(m, viewer, exchange, changes));
    });
  }

  private assertWritable(exchange: Exchange): void {
    if (exchange.phase === 'DRAFT') throw forbidden('This exchange is not open for essays yet: check back soon.');
    if (new Date() >= exchange.submissionDueAt) {
      const due = exchange.submissionDueAt.toUTCString().replace(/:\d\d GMT$/, ' UTC');
      throw badInput(`The essay deadline passed (${due}): your essay can no longer change.`);
    }
    if (exchange.phase !== 'SUBMISSION') {
      throw forbidden(`Essays are closed: this exchange is in its ${exchange.phase.toLowerCase()} phase.`);
    }
  }

  /** The student's first save: a new submission with the next free pseudonym of the exchange. */
  private async start(
    m: EntityManager,
    viewer: ExchangeViewer,
    exchange: Exchange,
    fields: Partial<Submission>,
  ): Promise<Submission> {
    const cls = viewer.studentClass!;
    const taken = await m.getRepository(Submission).countBy({ exchangeId: exchange.id });
    for (let i = 0; i < PSEUDONYM_TRIES; i++) {
      const row = {
        exchangeId: exchange.id,
        studentId: viewer.userId,
        classId: cls.id,
        schoolId: cls.schoolId,
        pseudonym: pseudonymFor(exchange.pseudonymSeed, taken + i),
        body: '',
        ...fields,
      };
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(Submission)
        .values(row)
        .orIgnore()
        .returning(['id'])
        .execute()
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) return null;
          throw err;
        });
      const id = (inserted?.raw as { id: string }[] | undefined)?.[0]?.id;
      if (id) return m.getRepository(Submission).findOneByOrFail({ id });
      // Either this student's row appeared meanwhile (another tab) or the pseudonym is taken.
      const mine = await m.getRepository(Submission).findOneBy({ exchangeId: exchange.id, studentId: viewer.userId });
      if (mine) {
        await m.update(Submission, mine.id, fields);
        return m.getRepository(Submission).findOneByOrFail({ id: mine.id });
      }
    }
    throw badInput('So many students are starting at once that no pseudonym was free: save again.');
  }
}

export function view(row: Submission): SubmissionView {
  return {
    id: row.id,
    exchangeId: row.exchangeId,
    pseudonym: row.pseudonym,
    body: row.body,
    submittedBody: row.submittedBody,
    status: row.status,
    submittedAt: row.submittedAt,
    hasUnsubmittedChanges: row.submittedBody !== null && row.submittedBody !== row.body,
    wordCount: countWords(row.body),
    updatedAt: row.updatedAt,
  };
}
