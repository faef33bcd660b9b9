import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { countWords, essayWindow, EXCHANGE_LIMITS, pseudonymFor, type EssayWindow } from '@switchback/shared';
import type { GqlContext } from '../common/auth-context.js';
import { loaderFor, oneEach } from '../common/loaders.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { badInput, conflict, fieldError, forbidden } from '../common/errors.js';
import { User } from '../auth/user.entity.js';
import { School } from '../networks/school.entity.js';
import type { SubmissionView } from './dto/exchange.types.js';
import { findGiveaways, giveawaySentence, type Giveaway } from './essay-giveaways.js';
import { ExchangeAccessService, type ExchangeViewer } from './exchange-access.service.js';
import { Exchange } from './exchange.entity.js';
import { ReviewAllocationService } from './review-allocation.service.js';
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
    private readonly allocation: ReviewAllocationService,
  ) {}

  saveDraft(userId: string, exchangeId: string, body: string): Promise<SubmissionView> {
    return this.save(userId, exchangeId, body, false);
  }

  /**
   * Submits the essay. An essay that names the writer's school, town or themselves is refused until
   * they choose to submit it anyway: reviewers at other schools know them only by a pseudonym.
   */
  async submit(userId: string, exchangeId: string, body: string, anyway = false): Promise<SubmissionView> {
    if (body.trim() === '') throw fieldError('body', 'Write your essay before you submit it.');
    if (!anyway) {
      const found = await this.giveaways(userId, exchangeId, body);
      if (found.length) {
        throw conflict(
          `${giveawaySentence(found)}. Reviewers at other schools would learn who wrote it: change those words, or submit anyway.`,
          { body: 'Your essay names your school, your town or you.' },
        );
      }
    }
    return this.save(userId, exchangeId, body, true);
  }

  /** What in this essay would give its writer away (only to that student, only what the essay says). */
  async giveaways(userId: string, exchangeId: string, body: string): Promise<Giveaway[]> {
    if (body.length > MAX) return [];
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    this.exchanges.assert(viewer, 'write');
    const [user, school] = await Promise.all([
      this.db.getRepository(User).findOneByOrFail({ id: userId }),
      viewer.studentClass ? this.db.getRepository(School).findOneBy({ id: viewer.studentClass.schoolId }) : null,
    ]);
    return findGiveaways(body, {
      schoolName: school?.name ?? null,
      locality: school?.locality ?? null,
      displayName: user.displayName,
      username: user.username,
    });
  }

  /** The student's own essay in the exchange, or null before they start (one query per request for a list). */
  async mine(ctx: GqlContext, viewer: ExchangeViewer): Promise<SubmissionView | null> {
    const row = await this.own(ctx, viewer);
    return row && view(row);
  }

  /** Whether the viewer's essay may be saved now (for teachers: whether essays are being taken). */
  async window(ctx: GqlContext, viewer: ExchangeViewer, now = new Date()): Promise<EssayWindow> {
    const row = await this.own(ctx, viewer);
    return essayWindow(viewer.exchange, row?.status === 'SUBMITTED', now);
  }

  private own(ctx: GqlContext, viewer: ExchangeViewer): Promise<Submission | null> {
    if (viewer.role !== 'STUDENT') return Promise.resolve(null);
    return loaderFor<string, Submission | null>(ctx, `ownSubmission:${viewer.userId}`, async (exchangeIds) =>
      oneEach(
        exchangeIds,
        await this.db.getRepository(Submission).findBy({ exchangeId: In([...exchangeIds]), studentId: viewer.userId }),
        (row) => row.exchangeId,
      ),
    ).load(viewer.exchange.id);
  }

  private async save(userId: string, exchangeId: string, body: string, submit: boolean): Promise<SubmissionView> {
    if (body.length > MAX) {
      throw fieldError(
        'body',
        `Your essay is ${body.length.toLocaleString('en-US')} characters long: keep it under ${MAX.toLocaleString('en-US')} characters.`,
      );
    }
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    this.exchanges.assert(viewer, 'write');
    // During reviews a late essay changes the allocation: that takes the exchange row for itself.
    // Otherwise writers share it, and a phase change waits until this essay is saved.
    const late = viewer.exchange.phase === 'REVIEW' || new Date() >= viewer.exchange.submissionDueAt;
    const mode = late ? 'pessimistic_write' : 'pessimistic_read';
    return this.db.transaction(async (m) => {
      const exchange = await m.getRepository(Exchange).findOneOrFail({ where: { id: exchangeId }, lock: { mode } });
      const now = new Date();
      const existing = await m.getRepository(Submission).findOneBy({ exchangeId, studentId: userId });
      assertWritable(essayWindow(exchange, existing?.status === 'SUBMITTED', now), exchange);
      const changes = submit ? { body, submittedBody: body, status: 'SUBMITTED' as const, submittedAt: now } : { body };
      let saved: Submission;
      if (existing) {
        await m.update(Submission, existing.id, changes);
        saved = await m.getRepository(Submission).findOneByOrFail({ id: existing.id });
      } else {
        saved = await this.start(m, viewer, exchange, changes);
      }
      if (submit && exchange.phase === 'REVIEW') {
        if (mode !== 'pessimistic_write') throw badInput('Reviews have just begun: submit your essay again.');
        await this.allocation.late(m, exchange, saved);
      }
      return view(saved);
    });
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

/** Refuses a save outside the essay window, saying why in the student's words. */
function assertWritable(window: EssayWindow, exchange: Exchange): void {
  if (window.state !== 'CLOSED') return;
  switch (window.reason) {
    case 'NOT_OPEN_YET':
      throw forbidden('This exchange is not open for essays yet: check back soon.');
    case 'WITH_REVIEWERS':
      throw badInput('Your essay is with its reviewers now: it can no longer change.');
    case 'SUBMITTED_AFTER_DEADLINE':
      throw badInput('The essay deadline passed: your submitted essay can no longer change.');
    case 'DEADLINE_PASSED': {
      const due = window.closedAt.toUTCString().replace(/:\d\d GMT$/, ' UTC');
      throw badInput(`The essay deadline passed (${due}): your essay can no longer change.`);
    }
    case 'PHASE_CLOSED':
      throw forbidden(`Essays are closed: this exchange is in its ${exchange.phase.toLowerCase()} phase.`);
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
