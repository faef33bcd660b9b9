import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rubricMaxScore, type ShowcaseKind } from '@switchback/shared';
import { SchoolClass } from '../classes/school-class.entity.js';
import { DocumentContributor } from '../collaboration/document-contributor.entity.js';
import { badInput, fieldError, forbidden, notFoundAs } from '../common/errors.js';
import { ExchangeAccessService } from '../feedback/exchange-access.service.js';
import { ExchangeClass } from '../feedback/exchange-class.entity.js';
import { NetworkGiveawaysService } from '../feedback/network-giveaways.service.js';
import { PeerReview } from '../feedback/peer-review.entity.js';
import { Rubric } from '../feedback/rubric.entity.js';
import { Submission } from '../feedback/submission.entity.js';
import { LessonStudyRecord } from '../observe/debrief/lesson-study-record.entity.js';
import { LessonStudyParticipant } from '../observe/lesson-studies/lesson-study-participant.entity.js';
import { UnitAccessService } from '../units/unit-access.service.js';
import type { ShowcaseExchangeSummary, ShowcaseItem } from './showcase-item.entity.js';

/** What presenting a target adds to the item: who approves it, and what is kept of it. */
export type TargetFields = Pick<
  ShowcaseItem,
  'targetId' | 'status' | 'approverId' | 'writerId' | 'pseudonym' | 'essay' | 'exchangeSummary'
>;

const NOT_YOURS_UNIT = 'You can present a unit you wrote: this one is by another group.';
const UNPUBLISHED = 'Publish the unit first: the showcase shows published units.';
const NOT_IN_CYCLE = 'You can present a lesson study you took part in.';
const NOT_SHARED = 'Share the lesson study’s record first: the showcase shows shared records.';
const NOT_TEACHING = 'You can present an exchange you own or teach in.';
const NO_ESSAY = 'Choose an essay that was submitted in an exchange you teach in.';

const PLAIN: Omit<TargetFields, 'targetId'> = {
  status: 'PUBLISHED',
  approverId: null,
  writerId: null,
  pseudonym: null,
  essay: null,
  exchangeSummary: null,
};

/**
 * The checks that a teacher presents their own work, one per kind, and what the item keeps of it:
 * a published unit they wrote, a shared record of a lesson study they took part in, an exchange
 * they own or teach in (its results as counts), or an essay of such an exchange (pseudonymous,
 * checked for words naming a school, town or person of the network).
 */
@Injectable()
export class ShowcaseTargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: UnitAccessService,
    private readonly exchanges: ExchangeAccessService,
    private readonly giveaways: NetworkGiveawaysService,
  ) {}

  async check(userId: string, networkId: string, kind: ShowcaseKind, targetId?: string): Promise<TargetFields> {
    if (kind === 'REFLECTION') {
      if (targetId) throw fieldError('targetId', 'A reflection is text only: it presents nothing else.');
      return { ...PLAIN, targetId: null };
    }
    if (!targetId) throw fieldError('targetId', 'Choose what you are presenting.');
    switch (kind) {
      case 'UNIT':
        return this.unit(userId, networkId, targetId);
      case 'LESSON_STUDY':
        return this.lessonStudy(userId, networkId, targetId);
      case 'EXCHANGE':
        return this.exchange(userId, networkId, targetId);
      case 'STUDENT_WORK':
        return this.studentWork(userId, networkId, targetId);
    }
  }

  private async unit(userId: string, networkId: string, unitId: string): Promise<TargetFields> {
    const ctx = await this.units.context(userId, unitId);
    if (ctx.unit.networkId !== networkId) throw fieldError('targetId', 'Choose a unit of this network.');
    const contributed =
      ctx.member ||
      (await this.db.getRepository(DocumentContributor).existsBy({ documentId: ctx.unit.documentId, userId }));
    if (!contributed) throw forbidden(NOT_YOURS_UNIT);
    if (ctx.unit.status !== 'PUBLISHED') throw badInput(UNPUBLISHED, { targetId: UNPUBLISHED });
    return { ...PLAIN, targetId: unitId };
  }

  private async lessonStudy(userId: string, networkId: string, lessonStudyId: string): Promise<TargetFields> {
    const took = await this.db.getRepository(LessonStudyParticipant).existsBy({ lessonStudyId, userId, guest: false });
    const record = await this.db.getRepository(LessonStudyRecord).findOneBy({ lessonStudyId });
    if (!took) throw forbidden(NOT_IN_CYCLE);
    if (!record || record.networkId !== networkId) throw badInput(NOT_SHARED, { targetId: NOT_SHARED });
    return { ...PLAIN, targetId: lessonStudyId };
  }

  private async exchange(userId: string, networkId: string, exchangeId: string): Promise<TargetFields> {
    const viewer = this.exchanges.assert(await this.exchanges.viewer(userId, exchangeId), 'teach', NOT_TEACHING);
    if (viewer.exchange.networkId !== networkId) throw fieldError('targetId', 'Choose an exchange of this network.');
    return {
      ...PLAIN,
      targetId: exchangeId,
      exchangeSummary: await this.summary(exchangeId, viewer.exchange.rubricId),
    };
  }

  /** Completion and the mean score of the whole exchange: counts only, no student. */
  private async summary(exchangeId: string, rubricId: string): Promise<ShowcaseExchangeSummary> {
    const joined = await this.db.getRepository(ExchangeClass).findBy({ exchangeId, status: 'JOINED' });
    const classIds = joined.flatMap((c) => c.classId ?? []);
    const [students] = classIds.length
      ? await this.db.query<{ n: number }[]>(
          `SELECT count(DISTINCT student_id)::int AS n FROM enrollment WHERE class_id = ANY($1)`,
          [classIds],
        )
      : [{ n: 0 }];
    const [essays, reviews, rubric] = await Promise.all([
      this.db.getRepository(Submission).countBy({ exchangeId, status: 'SUBMITTED' }),
      this.db.getRepository(PeerReview).findBy({ exchangeId, status: 'SUBMITTED' }),
      this.db.getRepository(Rubric).findOneByOrFail({ id: rubricId }),
    ]);
    const scored = reviews.filter((r) => r.hiddenAt === null && r.score !== null).map((r) => r.score!);
    return {
      students: students?.n ?? 0,
      essaysSubmitted: essays,
      reviewsSubmitted: reviews.length,
      meanScore: scored.length ? Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 10) / 10 : null,
      maxScore: rubricMaxScore(rubric.criteria),
    };
  }

  private async studentWork(userId: string, networkId: string, submissionId: string): Promise<TargetFields> {
    const essay = await this.db.getRepository(Submission).findOneBy({ id: submissionId });
    if (!essay) throw fieldError('targetId', NO_ESSAY);
    const viewer = await notFoundAs('essay', this.exchanges.viewer(userId, essay.exchangeId));
    this.exchanges.assert(viewer, 'teach', NO_ESSAY);
    if (viewer.exchange.networkId !== networkId) throw fieldError('targetId', 'Choose an essay of this network.');
    if (essay.status !== 'SUBMITTED' || !essay.submittedBody?.trim()) throw fieldError('targetId', NO_ESSAY);
    const cls = await this.db.getRepository(SchoolClass).findOneByOrFail({ id: essay.classId });
    const found = await this.giveaways.find(networkId, essay.submittedBody);
    if (found.length) {
      const words = found.map((g) => `“${g.phrase}”`).join(', ');
      const message = `This essay names a person or place of the network (${words}): in the showcase no one may learn who wrote it or where. Choose another essay.`;
      throw badInput(message, { targetId: message });
    }
    const approved = cls.teacherId === userId;
    return {
      targetId: essay.id,
      status: approved ? 'PUBLISHED' : 'AWAITING_APPROVAL',
      approverId: cls.teacherId,
      writerId: essay.studentId,
      pseudonym: essay.pseudonym,
      essay: essay.submittedBody,
      exchangeSummary: null,
    };
  }

  /** Which of the exchanges presented the caller may open (their results are for its teachers). */
  async openableExchanges(userId: string, exchangeIds: string[]): Promise<Set<string>> {
    if (!exchangeIds.length) return new Set();
    const viewers = await this.exchanges.viewers(userId, exchangeIds);
    return new Set(viewers.flatMap((v) => (v instanceof Error || v.role === 'STUDENT' ? [] : [v.exchange.id])));
  }
}
