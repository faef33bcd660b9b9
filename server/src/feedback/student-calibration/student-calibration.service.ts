import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { essayAccuracy, type RubricCriterion } from '@switchback/shared';
import { isUniqueViolation } from '../../common/db-errors.js';
import { badInput, conflict, forbidden, notFound } from '../../common/errors.js';
import { AnchorPapersService, type AnchorPaper } from '../calibration/anchor-papers.service.js';
import { ExchangeAccessService, type ExchangeViewer } from '../exchange-access.service.js';
import type { ResultsData } from '../exchange-results.service.js';
import { Exchange } from '../exchange.entity.js';
import { Rubric } from '../rubric.entity.js';
import { Submission } from '../submission.entity.js';
import type { CalibrationPracticeInput } from './dto/student-calibration.input.js';
import type {
  CalibrationResults,
  StudentCalibration,
  StudentCalibrationEssay,
} from './dto/student-calibration.types.js';
import {
  accuracies,
  accuracyCriteria,
  agreedPoints,
  calibrationResults,
  essayDone,
  essayView,
} from './calibration-views.js';
import { CalibrationProgressService } from './calibration-progress.service.js';
import { StudentCalibrationAttempt } from './student-calibration-attempt.entity.js';

interface Loaded {
  exchange: Exchange;
  criteria: RubricCriterion[];
  papers: AnchorPaper[];
}

/**
 * A student's calibration in an exchange (Calibrated Peer Review): before reviewing, they score
 * the anchor papers the owner chose, see their levels beside the teachers' agreed levels and
 * rationales, and get one second try on an essay they were far off on. Reviews wait until every
 * essay is done; their accuracy weights their reviews and breaks ties in the allocation.
 */
@Injectable()
export class StudentCalibrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
    private readonly anchors: AnchorPapersService,
    private readonly progress: CalibrationProgressService,
  ) {}

  /** The caller's calibration (teachers of the exchange: a preview with the agreed levels). */
  async forViewer(userId: string, exchangeId: string): Promise<StudentCalibration> {
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    const { criteria, papers } = await this.load(this.db.manager, viewer.exchange);
    const student = viewer.role === 'STUDENT';
    const attempts = student
      ? await this.db.getRepository(StudentCalibrationAttempt).findBy({ exchangeId, studentId: userId })
      : [];
    const essays = papers.map((p, i) =>
      essayView(
        criteria,
        p,
        i + 1,
        attempts.filter((a) => a.essayId === p.essayId),
        !student,
      ),
    );
    const on = papers.length > 0;
    return {
      exchangeId,
      on,
      canPractise: student && on && (await this.practiceProblem(this.db.manager, viewer)) === null,
      finished: essays.every((e) => e.done),
      accuracy:
        accuracies(
          attempts,
          papers.map((p) => p.essayId),
        ).get(userId)?.accuracy ?? null,
      essays,
    };
  }

  /** A try at one example essay: every criterion scored; a second try only after a far-off first. */
  async practise(userId: string, input: CalibrationPracticeInput): Promise<StudentCalibrationEssay> {
    try {
      return await this.db.transaction(async (m) => {
        const viewer = await this.exchanges.viewer(userId, input.exchangeId, m);
        this.exchanges.assert(viewer, 'write', 'Only students of the exchange practise on its example essays.');
        const { criteria, papers } = await this.load(m, viewer.exchange);
        const position = papers.findIndex((p) => p.essayId === input.essayId);
        if (position < 0) throw notFound('example essay');
        const problem = await this.practiceProblem(m, viewer);
        if (problem) throw forbidden(problem);
        const paper = papers[position]!;
        const levels = this.parse(criteria, input);
        const repo = m.getRepository(StudentCalibrationAttempt);
        const tries = await repo.find({
          where: { exchangeId: input.exchangeId, studentId: userId, essayId: paper.essayId },
          order: { attempt: 'ASC' },
        });
        if (essayDone(tries)) throw conflict('You have already scored this example essay.');
        const result = essayAccuracy(accuracyCriteria(criteria), levels, agreedPoints(paper));
        await repo.insert({
          exchangeId: input.exchangeId,
          studentId: userId,
          essayId: paper.essayId,
          attempt: tries.length + 1,
          levels,
          accuracy: result.accuracy,
          farOff: result.farOff,
        });
        const now = await repo.findBy({ exchangeId: input.exchangeId, studentId: userId, essayId: paper.essayId });
        return essayView(criteria, paper, position + 1, now, false);
      });
    } catch (err) {
      // Two tries sent at once: the second finds the first's row.
      if (isUniqueViolation(err)) throw conflict('That try was already saved: reload the page.');
      throw err;
    }
  }

  /** Calibration in a teacher's results; null when calibration is off. */
  async results(d: ResultsData): Promise<CalibrationResults | null> {
    const exchangeId = d.viewer.exchange.id;
    const essayIds = await this.progress.chosen(this.db.manager, exchangeId);
    if (!essayIds.length) return null;
    return calibrationResults(d, await this.progress.attempts(this.db.manager, exchangeId), essayIds);
  }

  /** Why the student may not practise now, or null. */
  private async practiceProblem(m: EntityManager, viewer: ExchangeViewer): Promise<string | null> {
    const { phase } = viewer.exchange;
    if (phase === 'DRAFT') return 'The exchange has not opened yet.';
    if (phase === 'CLOSED') return 'This exchange is closed.';
    const essay = await m
      .getRepository(Submission)
      .findOne({ where: { exchangeId: viewer.exchange.id, studentId: viewer.userId }, select: { status: true } });
    if (essay?.status !== 'SUBMITTED') return 'Send your essay first: then practise on the example essays.';
    return null;
  }

  private async load(m: EntityManager, exchange: Exchange): Promise<Loaded> {
    const ids = await this.progress.chosen(m, exchange.id);
    const rubric = await m.getRepository(Rubric).findOneByOrFail({ id: exchange.rubricId });
    const papers = ids.length ? await this.anchors.byIds(rubric.rootId, ids) : [];
    return { exchange, criteria: rubric.criteria, papers };
  }

  /** Every criterion needs one of its levels; anything else is said per criterion. */
  private parse(criteria: RubricCriterion[], input: CalibrationPracticeInput): Record<string, number> {
    const levels: Record<string, number> = {};
    const errors: Record<string, string> = {};
    for (const l of input.levels) {
      const c = criteria.find((x) => x.id === l.criterionId);
      if (!c) throw badInput('That criterion is not part of this rubric: reload the page.');
      if (c.levels.some((level) => level.points === l.points)) levels[c.id] = l.points;
      else errors[`levels.${c.id}`] = `Choose one of the levels for ${c.title}.`;
    }
    for (const c of criteria) {
      if (levels[c.id] === undefined) errors[`levels.${c.id}`] ??= `Choose a level for ${c.title}.`;
    }
    const messages = [...new Set(Object.values(errors))];
    if (messages.length === 1) throw badInput(messages[0]!, errors);
    if (messages.length > 1) throw badInput(`Choose a level for each of the ${criteria.length} criteria.`, errors);
    return levels;
  }
}
