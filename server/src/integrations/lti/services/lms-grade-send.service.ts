import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rubricMaxScore } from '@switchback/shared';
import { AuditService } from '../../../audit/audit.service.js';
import { badInput } from '../../../common/errors.js';
import type { StudentResult } from '../../../feedback/dto/review.types.js';
import { ExchangeResultsService, type ResultsData } from '../../../feedback/exchange-results.service.js';
import type { LmsExchangeLink, LmsGradeEntry, LmsGradeSend, SendGradesToLmsInput } from './dto/lms-sync.types.js';
import { postScore, type Score } from './ags-client.js';
import { LmsError } from './lms-http.js';
import { LmsLineItemsService, type AssignmentColumns } from './lms-line-items.service.js';
import { LmsLinksService, type LinkedAssignment } from './lms-links.service.js';
import { LmsTokensService } from './lms-tokens.service.js';
import type { GradeRunEntry, GradeRunSummary } from './lti-run-summaries.js';
import { LtiGradeSetting } from './lti-grade-setting.entity.js';
import { LtiServiceRun } from './lti-service-run.entity.js';

/** Two decimals at most. */
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * "Send grades to the LMS": for an exchange placed in LMS courses (resource links), each of the
 * caller's own students bound to an LMS id gets their essay score (the average of the reviews they
 * received, out of the rubric's maximum) and/or their review completion (reviews written out of
 * reviews assigned) in a gradebook column of the course. The figures are the ones of the exchange's
 * results (ExchangeResultsService), never computed again here.
 */
@Injectable()
export class LmsGradeSendService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: LmsLinksService,
    private readonly tokens: LmsTokensService,
    private readonly columns: LmsLineItemsService,
    private readonly results: ExchangeResultsService,
    private readonly audit: AuditService,
  ) {}

  async status(userId: string, exchangeId: string): Promise<LmsExchangeLink> {
    await this.links.gradeSender(userId, exchangeId);
    const assignments = await this.links.assignmentsOfExchange(exchangeId);
    const setting = await this.db.getRepository(LtiGradeSetting).findOneBy({ exchangeId });
    const last = await this.db
      .getRepository(LtiServiceRun)
      .findOne({ where: { exchangeId, kind: 'GRADES', actorId: userId }, order: { createdAt: 'DESC' } });
    return {
      exchangeId,
      courses: this.links.courseViews(assignments),
      sendScore: setting?.sendScore ?? true,
      sendCompletion: setting?.sendCompletion ?? false,
      lastSend: last ? this.view(await this.results.load(userId, exchangeId), last) : null,
    };
  }

  async send(userId: string, exchangeId: string, input: SendGradesToLmsInput): Promise<LmsGradeSend> {
    const viewer = await this.links.gradeSender(userId, exchangeId);
    if (!input.sendScore && !input.sendCompletion) {
      throw badInput('Choose what to send: the essay score, review completion, or both.', {
        sendScore: 'Choose at least one.',
      });
    }
    const assignments = await this.links.assignmentsOfExchange(exchangeId);
    if (!assignments.length) {
      throw badInput(
        'This exchange is not in an LMS course yet. Add it to the course from the LMS (as an external tool ' +
          'assignment, choosing this exchange), then send the grades.',
      );
    }
    const graded = assignments.filter((a) => a.link.agsLineitemUrl || a.context.agsLineitemsUrl);
    if (!graded.length) {
      throw badInput(
        "The LMS did not offer its gradebook for this exchange's link. Ask your coordinator to turn on " +
          'Assignment and Grade Services for Switchback in the LMS, then open the link from the course again.',
      );
    }
    const d = await this.results.load(userId, exchangeId);
    const students = this.results.students(d);
    const maxScore = rubricMaxScore(d.criteria);
    const lmsIds = await this.links.lmsIds(
      [...new Set(graded.map((a) => a.platform.id))],
      students.map((s) => s.student.id),
    );
    const classIds = graded.flatMap((a) => a.context.classId ?? []);
    const enrolled = await this.links.enrolledIn(classIds);
    const summary: GradeRunSummary = {
      sendScore: input.sendScore,
      sendCompletion: input.sendCompletion,
      courseTitles: [...new Set(graded.map((a) => a.context.title || 'LMS course'))],
      sent: [],
      skipped: [],
      failed: [],
    };
    const title = viewer.exchange.title;
    const covered = new Set<string>();
    for (const assignment of graded) {
      const { context, platform } = assignment;
      const inCourse = students.filter((s) => !context.classId || enrolled.get(context.classId)?.has(s.student.id));
      for (const s of inCourse) covered.add(s.student.id);
      const bound = inCourse.filter((s) => lmsIds.has(`${platform.id}:${s.student.id}`));
      for (const s of inCourse.filter((x) => !lmsIds.has(`${platform.id}:${x.student.id}`))) {
        summary.skipped.push(
          entry(s, null, null, 'Joined with the class code, not from the LMS: sync the roster from the LMS first.'),
        );
      }
      if (!bound.length) continue;
      const columns = await this.tokens.call('grades', () =>
        this.columns.columns(assignment, {
          title,
          exchangeId,
          score: input.sendScore ? maxScore : null,
          completion: input.sendCompletion ? viewer.exchange.reviewsPerSubmission : null,
        }),
      );
      for (const s of bound) await this.sendOne(assignment, columns, s, maxScore, lmsIds, summary, input);
    }
    for (const s of students.filter((x) => !covered.has(x.student.id))) {
      summary.skipped.push(entry(s, null, null, 'Not in the class of the LMS course this exchange is in.'));
    }
    const run = await this.db.transaction(async (m) => {
      await m.upsert(
        LtiGradeSetting,
        { exchangeId, sendScore: input.sendScore, sendCompletion: input.sendCompletion, updatedById: userId },
        ['exchangeId'],
      );
      const saved = await m.save(
        m.create(LtiServiceRun, {
          networkId: viewer.exchange.networkId,
          kind: 'GRADES',
          classId: null,
          exchangeId,
          actorId: userId,
          summary,
        }),
      );
      await this.audit.record(m, {
        networkId: viewer.exchange.networkId,
        actorId: userId,
        action: 'lms.grades_send',
        targetType: 'Exchange',
        targetId: exchangeId,
        data: { sent: summary.sent.length, skipped: summary.skipped.length, failed: summary.failed.length },
      });
      return saved;
    });
    return this.view(d, run);
  }

  /** Posts one student's score and/or completion; records what went and what did not, and why. */
  private async sendOne(
    a: LinkedAssignment,
    columns: AssignmentColumns,
    s: StudentResult,
    maxScore: number,
    lmsIds: Map<string, string>,
    summary: GradeRunSummary,
    input: SendGradesToLmsInput,
  ): Promise<void> {
    const sub = lmsIds.get(`${a.platform.id}:${s.student.id}`)!;
    const timestamp = new Date().toISOString();
    const notes: string[] = [];
    const scores: { url: string; body: Score }[] = [];
    let score: GradeRunEntry['score'] = null;
    let completion: GradeRunEntry['completion'] = null;
    if (input.sendScore) {
      if (s.averageScore === null) {
        notes.push(s.status === 'SUBMITTED' ? 'No reviews of their essay yet.' : 'No essay submitted.');
      } else {
        score = { given: round2(s.averageScore), maximum: maxScore };
        scores.push({
          url: columns.score!,
          body: {
            userId: sub,
            scoreGiven: score.given,
            scoreMaximum: maxScore,
            timestamp,
            activityProgress: 'Completed',
            gradingProgress: 'FullyGraded',
          },
        });
      }
    }
    if (input.sendCompletion) {
      if (!s.reviewsAssigned) notes.push('No reviews were assigned to them.');
      else {
        completion = { given: s.reviewsSubmitted, maximum: s.reviewsAssigned };
        scores.push({
          url: columns.completion!,
          body: {
            userId: sub,
            scoreGiven: s.reviewsSubmitted,
            scoreMaximum: s.reviewsAssigned,
            timestamp,
            activityProgress: s.reviewsSubmitted >= s.reviewsAssigned ? 'Completed' : 'InProgress',
            gradingProgress: 'FullyGraded',
          },
        });
      }
    }
    if (!scores.length) {
      summary.skipped.push(entry(s, null, null, notes.join(' ')));
      return;
    }
    try {
      const token = await this.tokens.token(a.platform, columns.scopes);
      for (const one of scores) await postScore(one.url, token, one.body);
      summary.sent.push(entry(s, score, completion, notes.join(' ') || null));
    } catch (err) {
      if (!(err instanceof LmsError)) throw err;
      this.tokens.logRefusal('score', err);
      if (err.status === 401) this.tokens.forget(a.platform);
      summary.failed.push(entry(s, score, completion, err.message));
    }
  }

  /** A run as its sender reads it: their own students by name (the results' naming rule). */
  private view(d: ResultsData, run: LtiServiceRun): LmsGradeSend {
    const s = run.summary as GradeRunSummary;
    const show = (e: GradeRunEntry): LmsGradeEntry => ({
      studentId: e.userId,
      name: d.label(e.userId),
      score: e.score?.given ?? null,
      scoreMaximum: e.score?.maximum ?? null,
      reviewsWritten: e.completion?.given ?? null,
      reviewsAssigned: e.completion?.maximum ?? null,
      reason: e.reason,
    });
    const byName = (a: LmsGradeEntry, b: LmsGradeEntry) => a.name.localeCompare(b.name);
    return {
      id: run.id,
      sentAt: run.createdAt,
      sendScore: s.sendScore,
      sendCompletion: s.sendCompletion,
      courseTitles: s.courseTitles,
      sent: s.sent.map(show).sort(byName),
      skipped: s.skipped.map(show).sort(byName),
      failed: s.failed.map(show).sort(byName),
    };
  }
}

function entry(
  s: StudentResult,
  score: GradeRunEntry['score'],
  completion: GradeRunEntry['completion'],
  reason: string | null,
): GradeRunEntry {
  return { userId: s.student.id, score, completion, reason };
}
