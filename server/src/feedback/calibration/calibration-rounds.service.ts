import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { CALIBRATION_LIMITS as C } from '@switchback/shared';
import { AuditService } from '../../audit/audit.service.js';
import { badInput, fieldError } from '../../common/errors.js';
import { isUniqueViolation } from '../../common/db-errors.js';
import { Exchange } from '../exchange.entity.js';
import { NetworkGiveawaysService } from '../network-giveaways.service.js';
import { anchorGiveawaySentence } from '../network-giveaways.js';
import { Rubric } from '../rubric.entity.js';
import { Submission } from '../submission.entity.js';
import { AnchorPapersService, type AnchorPaper } from './anchor-papers.service.js';
import { CalibrationAccessService } from './calibration-access.service.js';
import { CalibrationEssayOffer } from './calibration-essay-offer.entity.js';
import { CalibrationEssay } from './calibration-essay.entity.js';
import { CalibrationRound } from './calibration-round.entity.js';
import { CalibrationViewService } from './calibration-view.service.js';
import type { CreateCalibrationRoundInput } from './dto/calibration.input.js';
import type { CalibrationEssayCandidate, CalibrationRoundView } from './dto/calibration.types.js';

const COUNT = `A calibration round has ${C.essaysMin} to ${C.essaysMax} essays: paste them or choose offered ones.`;

/**
 * Opening and reading teachers' calibration rounds, the essays teachers offer for them, and the
 * anchor papers they end in. Scoring, the reveal, the discussion and agreeing are in
 * calibration-scoring.service.ts; who may do what is the calibration-round policy.
 */
@Injectable()
export class CalibrationRoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CalibrationAccessService,
    private readonly views: CalibrationViewService,
    private readonly audit: AuditService,
    private readonly anchors: AnchorPapersService,
    private readonly giveaways: NetworkGiveawaysService,
  ) {}

  /** A group's rounds, newest first (its members and the network's coordinators). */
  async list(userId: string, groupId: string): Promise<CalibrationRoundView[]> {
    const { me, facts } = await this.access.group(userId, groupId, 'read');
    const rounds = await this.db
      .getRepository(CalibrationRound)
      .find({ where: { groupId }, order: { createdAt: 'DESC', id: 'ASC' } });
    return this.views.views(
      userId,
      rounds.map((round) => ({ round, me, facts: { ...facts, status: round.status } })),
    );
  }

  async get(userId: string, roundId: string): Promise<CalibrationRoundView> {
    const ctx = await this.access.require(userId, roundId, 'read');
    return (await this.views.views(userId, [ctx]))[0];
  }

  async create(userId: string, input: CreateCalibrationRoundInput): Promise<CalibrationRoundView> {
    const { group, me, facts } = await this.access.group(userId, input.groupId, 'create');
    const title = input.title.trim();
    if (!title) throw fieldError('title', 'Give the round a title.');
    if (title.length > C.titleMax) throw fieldError('title', `Keep the title under ${C.titleMax} characters.`);
    const candidateIds = [...new Set(input.candidateIds)];
    const pasted = input.essays.map((e) => e.trim());
    const total = pasted.length + candidateIds.length;
    if (total < C.essaysMin || total > C.essaysMax) throw badInput(COUNT, { essays: COUNT });
    pasted.forEach((body, i) => {
      if (body.length < C.essayMin)
        throw fieldError(
          'essays',
          `Essay ${i + 1} is too short: an anchor essay has at least ${C.essayMin} characters.`,
        );
      if (body.length > C.essayMax)
        throw fieldError(
          'essays',
          `Essay ${i + 1} is too long: keep it under ${C.essayMax.toLocaleString('en-US')} characters.`,
        );
    });
    const rubric = await this.db.getRepository(Rubric).findOneBy({ id: input.rubricId });
    if (!rubric || rubric.networkId !== group.networkId || !(await this.access.readsRubric(userId, me, rubric)))
      throw fieldError('rubricId', 'Choose a rubric you can read: yours, or one shared with this group.');
    if (!rubric.criteria.length) throw fieldError('rubricId', 'That rubric has no criteria yet: add some first.');
    const offered = await this.candidateBodies(group.networkId, candidateIds);
    const bodies = [...pasted.map((body) => ({ body, sourceSubmissionId: null })), ...offered];
    const giveaways = await this.giveaways.findEach(
      group.networkId,
      bodies.map((b) => b.body),
    );
    giveaways.forEach((found, i) => {
      if (found.length)
        throw fieldError(i < pasted.length ? 'essays' : 'candidateIds', anchorGiveawaySentence(i + 1, found));
    });
    const round = await this.db.transaction(async (m) => {
      const saved = await m.save(
        m.create(CalibrationRound, {
          networkId: group.networkId,
          groupId: group.id,
          rubricId: rubric.id,
          rubricRootId: rubric.rootId,
          title,
          createdById: userId,
          status: 'SCORING',
        }),
      );
      await m.save(bodies.map((b, i) => m.create(CalibrationEssay, { roundId: saved.id, position: i + 1, ...b })));
      await this.audit.record(m, {
        networkId: group.networkId,
        actorId: userId,
        action: 'calibration.create',
        targetType: 'CalibrationRound',
        targetId: saved.id,
        data: { groupId: group.id, rubricId: rubric.id, essays: bodies.length, offered: offered.length },
      });
      return saved;
    });
    return (await this.views.views(userId, [{ round, me, facts: { ...facts, status: round.status } }]))[0];
  }

  /** The offered essays' texts, in the order chosen; an id not offered in this network is refused. */
  private async candidateBodies(networkId: string, ids: string[]) {
    if (!ids.length) return [];
    const offers = await this.db.getRepository(CalibrationEssayOffer).findBy({ id: In(ids), networkId });
    const subs = await this.db
      .getRepository(Submission)
      .findBy({ id: In(offers.map((o) => o.submissionId)), status: 'SUBMITTED' });
    return ids.map((id) => {
      const offer = offers.find((o) => o.id === id);
      const sub = offer && subs.find((s) => s.id === offer.submissionId);
      if (!sub?.submittedBody)
        throw fieldError('candidateIds', 'One of the chosen essays is no longer offered: choose again from the list.');
      return { body: sub.submittedBody.trim(), sourceSubmissionId: sub.id };
    });
  }

  /** Essays offered in the group's network, newest first: text and prompt title only. */
  async candidates(userId: string, groupId: string): Promise<CalibrationEssayCandidate[]> {
    const { group } = await this.access.group(userId, groupId, 'candidates');
    const offers = await this.db
      .getRepository(CalibrationEssayOffer)
      .find({ where: { networkId: group.networkId }, order: { offeredAt: 'DESC', id: 'ASC' } });
    return this.asCandidates(offers);
  }

  private async asCandidates(offers: CalibrationEssayOffer[]): Promise<CalibrationEssayCandidate[]> {
    if (!offers.length) return [];
    const subs = await this.db.getRepository(Submission).findBy({ id: In(offers.map((o) => o.submissionId)) });
    const exchanges = await this.db
      .getRepository(Exchange)
      .findBy({ id: In([...new Set(subs.map((s) => s.exchangeId))]) });
    return offers.flatMap((o) => {
      const sub = subs.find((s) => s.id === o.submissionId);
      if (!sub?.submittedBody) return [];
      const exchange = exchanges.find((x) => x.id === sub.exchangeId);
      return [{ id: o.id, body: sub.submittedBody, exchangeTitle: exchange?.title ?? '', offeredAt: o.offeredAt }];
    });
  }

  /** The writer's own teacher offers a submitted essay; offering it again returns the same candidate. */
  async offer(userId: string, submissionId: string): Promise<CalibrationEssayCandidate> {
    const { sub, exchange } = await this.access.offerable(userId, submissionId);
    if (sub.status !== 'SUBMITTED' || !sub.submittedBody)
      throw badInput('Only a submitted essay can be offered for calibration.');
    const repo = this.db.getRepository(CalibrationEssayOffer);
    let offer = await repo.findOneBy({ submissionId });
    if (!offer) {
      try {
        offer = await repo.save(repo.create({ submissionId, networkId: exchange.networkId, offeredById: userId }));
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        offer = await repo.findOneByOrFail({ submissionId });
      }
    }
    return (await this.asCandidates([offer]))[0];
  }

  /** The anchor papers of a rubric (every version), for adults who may read the rubric. */
  async anchorPapers(userId: string, rubricId: string): Promise<AnchorPaper[]> {
    const rubric = await this.access.rubric(userId, rubricId);
    return this.anchors.forRubric(rubric.rootId);
  }
}
