import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { CALIBRATION_LIMITS } from '@switchback/shared';
import type { GqlContext } from '../../common/auth-context.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { loaderFor, manyEach } from '../../common/loaders.js';
import { AnchorPapersService } from '../calibration/anchor-papers.service.js';
import { ExchangeAccessService, type ExchangeViewer } from '../exchange-access.service.js';
import { Exchange } from '../exchange.entity.js';
import { Rubric } from '../rubric.entity.js';
import type { AnchorPaperChoice, ExchangeCalibration } from './dto/student-calibration.types.js';
import type { CalibrateForExchangeInput } from './dto/student-calibration.input.js';
import { agreedLevels } from './calibration-views.js';
import { CalibrationProgressService } from './calibration-progress.service.js';
import { ExchangeCalibrationEssay } from './exchange-calibration-essay.entity.js';
import { StudentCalibrationAttempt } from './student-calibration-attempt.entity.js';

const { studentAnchorsMin: MIN, studentAnchorsMax: MAX } = CALIBRATION_LIMITS;
export const CHOOSE_ANCHORS = `Choose ${MIN} or ${MAX} example essays (or none to turn calibration off).`;

/**
 * The teacher's side of an exchange's student calibration: which anchor papers of the exchange's
 * rubric students practise on before they review. Only the owner chooses, and only before reviews
 * are allocated; once a student has practised, the choice stays.
 */
@Injectable()
export class ExchangeCalibrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
    private readonly anchors: AnchorPapersService,
    private readonly progress: CalibrationProgressService,
  ) {}

  /** The `Exchange.calibration` field, batched across the exchanges of one request. */
  async calibration(ctx: GqlContext, viewer: ExchangeViewer): Promise<ExchangeCalibration> {
    const rows = await loaderFor<string, ExchangeCalibrationEssay[]>(ctx, 'exchangeCalibration', async (ids) =>
      manyEach(
        ids,
        await this.db
          .getRepository(ExchangeCalibrationEssay)
          .find({ where: { exchangeId: In([...ids]) }, order: { position: 'ASC' } }),
        (r) => r.exchangeId,
      ),
    ).load(viewer.exchange.id);
    return {
      on: rows.length > 0,
      anchorCount: rows.length,
      anchorEssayIds: viewer.role === 'STUDENT' ? null : rows.map((r) => r.essayId),
    };
  }

  /** The anchor papers of the exchange's rubric its teachers may choose from (empty for students). */
  async available(viewer: ExchangeViewer): Promise<AnchorPaperChoice[]> {
    if (viewer.role === 'STUDENT') return [];
    const rubric = await this.db.getRepository(Rubric).findOneByOrFail({ id: viewer.exchange.rubricId });
    const papers = await this.anchors.forRubric(rubric.rootId);
    return papers.map((p) => ({
      essayId: p.essayId,
      label: `Essay ${p.position} of ${p.roundTitle}`,
      body: p.body,
      agreed: agreedLevels(rubric.criteria, p),
    }));
  }

  /** Turns calibration on with 2–3 anchor papers of the exchange's rubric, or off with none. */
  async calibrate(userId: string, input: CalibrateForExchangeInput): Promise<Exchange> {
    const ids = [...new Set(input.anchorEssayIds)];
    if (ids.length !== input.anchorEssayIds.length) throw badInput('Choose each example essay once.');
    if (ids.length > 0 && (ids.length < MIN || ids.length > MAX)) {
      throw badInput(CHOOSE_ANCHORS, { anchorEssayIds: CHOOSE_ANCHORS });
    }
    return this.db.transaction(async (m) => {
      const viewer = await this.exchanges.viewer(userId, input.exchangeId, m);
      this.exchanges.assert(viewer, 'manage', 'Only the teacher who created the exchange chooses its calibration.');
      const exchange = await m
        .getRepository(Exchange)
        .findOneOrFail({ where: { id: input.exchangeId }, lock: { mode: 'pessimistic_write' } });
      if (exchange.reviewsAllocatedAt || !(exchange.phase === 'DRAFT' || exchange.phase === 'SUBMISSION')) {
        throw forbidden('Calibration can only change before reviews are given out.');
      }
      const rubric = await m.getRepository(Rubric).findOneByOrFail({ id: exchange.rubricId });
      const papers = await this.anchors.byIds(rubric.rootId, ids);
      if (papers.length !== ids.length) {
        const message = "Choose example essays from this rubric's anchor papers.";
        throw badInput(message, { anchorEssayIds: message });
      }
      const before = await this.progress.chosen(m, exchange.id);
      const same = before.length === ids.length && before.every((id, i) => id === ids[i]);
      if (!same && (await m.getRepository(StudentCalibrationAttempt).existsBy({ exchangeId: exchange.id }))) {
        throw conflict('Students have already practised on these example essays: the choice can no longer change.');
      }
      await m.getRepository(ExchangeCalibrationEssay).delete({ exchangeId: exchange.id });
      if (ids.length) {
        await m
          .getRepository(ExchangeCalibrationEssay)
          .insert(ids.map((essayId, i) => ({ exchangeId: exchange.id, essayId, position: i + 1 })));
      }
      return exchange;
    });
  }
}
