import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CALIBRATION_LIMITS as C, type RubricCriterion } from '@switchback/shared';
import { calibrationRoundPolicy } from '../../access/policies/calibration-round.policy.js';
import { AuditService } from '../../audit/audit.service.js';
import { User } from '../../auth/user.entity.js';
import { badInput, conflict, fieldError } from '../../common/errors.js';
import { Rubric } from '../rubric.entity.js';
import { CalibrationAccessService, type CalibrationRoundContext } from './calibration-access.service.js';
import { CalibrationAgreedScore } from './calibration-agreed-score.entity.js';
import { CalibrationComment } from './calibration-comment.entity.js';
import { CalibrationEssay } from './calibration-essay.entity.js';
import { CalibrationRound } from './calibration-round.entity.js';
import { CalibrationScore } from './calibration-score.entity.js';
import { CalibrationViewService } from './calibration-view.service.js';
import type {
  AgreeCalibrationScoreInput,
  CalibrationCommentInput,
  SubmitCalibrationScoresInput,
} from './dto/calibration.input.js';
import type { CalibrationCommentView, CalibrationEssayView, CalibrationRoundView } from './dto/calibration.types.js';

const CRITERION = 'Choose a criterion of the rubric.';
const levelsOf = (c: RubricCriterion) => c.levels.map((l) => l.points).join(', ');

/**
 * A round's life after it opens: blind scoring, the reveal (at least two teachers finished), the
 * discussion of cells, and the facilitator's agreed scores; the last agreed cell makes the round
 * AGREED (final) and its essays anchor papers. Each step locks the round's row, so a score cannot
 * slip in after the reveal and the last two agreements cannot both miss that they were the last.
 */
@Injectable()
export class CalibrationScoringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CalibrationAccessService,
    private readonly views: CalibrationViewService,
    private readonly audit: AuditService,
  ) {}

  /** The round's row, locked for this transaction, with its status re-checked against the action. */
  private async locked(
    m: EntityManager,
    ctx: CalibrationRoundContext,
    action: 'score' | 'reveal' | 'agree' | 'comment',
  ) {
    const round = await m.getRepository(CalibrationRound).findOne({
      where: { id: ctx.round.id },
      lock: { mode: action === 'comment' ? 'pessimistic_read' : 'pessimistic_write' },
    });
    const fresh = { ...ctx.facts, status: round!.status };
    calibrationRoundPolicy.assert(fresh, action);
    return round!;
  }

  private async criteria(round: CalibrationRound): Promise<RubricCriterion[]> {
    return (await this.db.getRepository(Rubric).findOneByOrFail({ id: round.rubricId })).criteria;
  }

  /** One essay scored on every criterion; replaces the caller's earlier scores until the reveal. */
  async submit(userId: string, input: SubmitCalibrationScoresInput): Promise<CalibrationEssayView> {
    const ctx = await this.access.essay(userId, input.essayId, 'score');
    const criteria = await this.criteria(ctx.round);
    const levels: Record<string, number> = {};
    for (const l of input.levels) {
      const criterion = criteria.find((c) => c.id === l.criterionId);
      if (!criterion) throw fieldError('levels', CRITERION);
      if (l.criterionId in levels) throw fieldError('levels', `Choose one level for “${criterion.title}”.`);
      if (!criterion.levels.some((x) => x.points === l.points))
        throw fieldError('levels', `“${criterion.title}” has the levels ${levelsOf(criterion)}: choose one of them.`);
      levels[l.criterionId] = l.points;
    }
    const missing = criteria.filter((c) => !(c.id in levels));
    if (missing.length)
      throw fieldError(
        'levels',
        `Score every criterion: choose a level for ${missing.map((c) => `“${c.title}”`).join(', ')}.`,
      );
    await this.db.transaction(async (m) => {
      await this.locked(m, ctx, 'score');
      await m
        .createQueryBuilder()
        .insert()
        .into(CalibrationScore)
        .values({ roundId: ctx.round.id, essayId: ctx.essay.id, raterId: userId, levels })
        .orUpdate(['levels', 'submitted_at'], ['essay_id', 'rater_id'])
        .execute();
    });
    const [view] = await this.views.views(userId, [{ ...ctx, round: await this.fresh(ctx.round.id) }]);
    return view.essays.find((e) => e.id === ctx.essay.id)!;
  }

  /** The facilitator reveals every score; at least two teachers must have scored every essay. */
  async reveal(userId: string, roundId: string): Promise<CalibrationRoundView> {
    const ctx = await this.access.require(userId, roundId, 'reveal');
    if (ctx.round.status !== 'SCORING') return this.view(userId, ctx);
    await this.db.transaction(async (m) => {
      const round = await this.locked(m, ctx, 'reveal');
      if (round.status !== 'SCORING') return;
      const [{ finished }] = await m.query<{ finished: number }[]>(
        `SELECT count(*)::int AS finished FROM (
           SELECT rater_id FROM calibration_score WHERE round_id = $1 GROUP BY rater_id
           HAVING count(*) = (SELECT count(*) FROM calibration_essay WHERE round_id = $1)) f`,
        [round.id],
      );
      if (finished < 2)
        throw conflict(
          `At least two teachers must score every essay before the reveal: ${finished === 1 ? 'one has' : 'none have'} so far.`,
        );
      await m.update(CalibrationRound, { id: round.id }, { status: 'REVEALED', revealedAt: new Date() });
      await this.audit.record(m, {
        networkId: round.networkId,
        actorId: userId,
        action: 'calibration.reveal',
        targetType: 'CalibrationRound',
        targetId: round.id,
        data: { finished },
      });
    });
    return this.view(userId, ctx);
  }

  /** A message in the discussion of one essay × criterion, after the reveal. */
  async comment(userId: string, input: CalibrationCommentInput): Promise<CalibrationCommentView> {
    const ctx = await this.access.essay(userId, input.essayId, 'comment');
    const criteria = await this.criteria(ctx.round);
    if (!criteria.some((c) => c.id === input.criterionId)) throw fieldError('criterionId', CRITERION);
    const body = input.body.trim();
    if (!body) throw fieldError('body', 'Write a comment first.');
    if (body.length > C.commentMax)
      throw fieldError('body', `Keep the comment under ${C.commentMax.toLocaleString('en-US')} characters.`);
    const saved = await this.db.transaction(async (m) => {
      await this.locked(m, ctx, 'comment');
      return m.save(
        m.create(CalibrationComment, {
          roundId: ctx.round.id,
          essayId: ctx.essay.id,
          criterionId: input.criterionId,
          authorId: userId,
          body,
        }),
      );
    });
    const me = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    return { ...saved, author: { id: me.id, displayName: me.displayName } };
  }

  /** The facilitator records (or changes, while REVEALED) a cell's agreed score and rationale. */
  async agree(userId: string, input: AgreeCalibrationScoreInput): Promise<CalibrationRoundView> {
    const ctx = await this.access.essay(userId, input.essayId, 'agree');
    const criteria = await this.criteria(ctx.round);
    const criterion = criteria.find((c) => c.id === input.criterionId);
    if (!criterion) throw fieldError('criterionId', CRITERION);
    if (!criterion.levels.some((l) => l.points === input.points))
      throw fieldError('points', `“${criterion.title}” has the levels ${levelsOf(criterion)}: choose one of them.`);
    const rationale = input.rationale.trim();
    if (rationale.length < C.rationaleMin || rationale.length > C.rationaleMax)
      throw fieldError(
        'rationale',
        `Write a rationale of ${C.rationaleMin} to ${C.rationaleMax} characters: why this level, in a sentence or two.`,
      );
    await this.db.transaction(async (m) => {
      const round = await this.locked(m, ctx, 'agree');
      if (round.status === 'SCORING') throw badInput('Reveal the scores first: the group agrees after seeing them.');
      if (round.status === 'AGREED') throw conflict('This round is agreed: its scores are final.');
      await m
        .createQueryBuilder()
        .insert()
        .into(CalibrationAgreedScore)
        .values({
          roundId: round.id,
          essayId: ctx.essay.id,
          criterionId: criterion.id,
          points: input.points,
          rationale,
          agreedById: userId,
        })
        .orUpdate(['points', 'rationale', 'agreed_by_id', 'agreed_at'], ['essay_id', 'criterion_id'])
        .execute();
      const essays = await m.getRepository(CalibrationEssay).countBy({ roundId: round.id });
      const cells = await m.getRepository(CalibrationAgreedScore).countBy({ roundId: round.id });
      const complete = cells >= essays * criteria.length;
      if (complete) await m.update(CalibrationRound, { id: round.id }, { status: 'AGREED', agreedAt: new Date() });
      await this.audit.record(m, {
        networkId: round.networkId,
        actorId: userId,
        action: 'calibration.agree',
        targetType: 'CalibrationRound',
        targetId: round.id,
        data: { essayId: ctx.essay.id, criterionId: criterion.id, points: input.points, complete },
      });
    });
    return this.view(userId, ctx);
  }

  private fresh(roundId: string): Promise<CalibrationRound> {
    return this.db.getRepository(CalibrationRound).findOneByOrFail({ id: roundId });
  }

  private async view(userId: string, ctx: CalibrationRoundContext): Promise<CalibrationRoundView> {
    const round = await this.fresh(ctx.round.id);
    return (await this.views.views(userId, [{ ...ctx, round, facts: { ...ctx.facts, status: round.status } }]))[0];
  }
}
