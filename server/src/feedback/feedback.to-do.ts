import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { essayWindow, type ExchangePhase } from '@switchback/shared';
import { essayDone } from './student-calibration/calibration-views.js';
import { ExchangeCalibrationEssay } from './student-calibration/exchange-calibration-essay.entity.js';
import { StudentCalibrationAttempt } from './student-calibration/student-calibration-attempt.entity.js';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../todo/to-do-item.js';
import { studentTexts } from '../i18n/student-texts.js';

interface StudentExchangeRow {
  id: string;
  title: string;
  phase: ExchangePhase;
  submission_due_at: Date;
  review_due_at: Date;
  accept_late_essays: boolean;
  feedback_release_at: Date;
  essay_status: 'DRAFT' | 'SUBMITTED' | null;
  changed: boolean;
  to_rate: number;
}

/**
 * Peer feedback's to-do: for students their essay to write, reviews waiting and feedback to read
 * and rate; for teachers flags to resolve, invitations to add their classes and their exchanges to
 * open. Other schools' students appear only by their per-exchange pseudonym. Four queries at most.
 */
@Injectable()
export class FeedbackToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    // Students' items are in their language (i18n/student-texts.ts); teachers' stay in English.
    if (!isAdult(ctx)) return [...(await this.essaysAndFeedback(ctx)), ...(await this.reviews(ctx))];
    return [...(await this.flags(ctx)), ...(await this.exchangesWaiting(ctx))];
  }

  /** Exchanges of the student's participating classes that are open for essays, in review or released. */
  private async essaysAndFeedback(ctx: ToDoContext): Promise<ToDoDraft[]> {
    const rows = await this.db.query<StudentExchangeRow[]>(
      `SELECT e.id, e.title, e.phase, e.submission_due_at, e.review_due_at, e.accept_late_essays, e.feedback_release_at,
              s.status AS essay_status,
              (s.status = 'SUBMITTED' AND s.body IS DISTINCT FROM s.submitted_body) AS changed,
              (SELECT count(*)::int FROM peer_review r
                WHERE e.phase = 'FEEDBACK' AND r.submission_id = s.id AND r.status = 'SUBMITTED'
                  AND r.hidden_at IS NULL AND r.helpfulness IS NULL) AS to_rate
         FROM exchange e
         LEFT JOIN submission s ON s.exchange_id = e.id AND s.student_id = $2
        WHERE e.network_id = $1 AND e.phase IN ('SUBMISSION', 'REVIEW', 'FEEDBACK')
          AND EXISTS (SELECT 1 FROM exchange_class ec JOIN enrollment en ON en.class_id = ec.class_id
                       WHERE ec.exchange_id = e.id AND ec.status = 'JOINED' AND en.student_id = $2)`,
      [ctx.networkId, ctx.userId],
    );
    const items: ToDoDraft[] = [];
    const say = studentTexts(ctx.locale);
    for (const e of rows) {
      const path = `/exchanges/${e.id}`;
      if (e.to_rate > 0) {
        items.push({
          id: `FEEDBACK_TO_RATE:${e.id}`,
          kind: 'FEEDBACK_TO_RATE',
          title: say.rateFeedback(quoted(e.title)),
          detail: say.rateFeedbackDetail(e.to_rate),
          dueAt: null,
          actionLabel: say.rateFeedbackAction,
          path,
        });
        continue;
      }
      const exchange = {
        phase: e.phase,
        submissionDueAt: new Date(e.submission_due_at),
        reviewDueAt: new Date(e.review_due_at),
        acceptLateEssays: e.accept_late_essays,
        feedbackReleaseAt: new Date(e.feedback_release_at),
      };
      const window = essayWindow(exchange, e.essay_status === 'SUBMITTED', ctx.now);
      const base = { id: `ESSAY_TO_WRITE:${e.id}`, kind: 'ESSAY_TO_WRITE' as const, path };
      if (window.state === 'LATE') {
        items.push({
          ...base,
          title: say.writeEssay(quoted(e.title)),
          detail: say.lateEssayDetail,
          dueAt: exchange.reviewDueAt,
          dueLabel: say.lateWelcomeUntil,
          actionLabel: say.writeEssayAction,
        });
      } else if (window.state === 'OPEN' && e.essay_status !== 'SUBMITTED') {
        items.push({
          ...base,
          title: e.essay_status === 'DRAFT' ? say.finishEssay(quoted(e.title)) : say.writeEssay(quoted(e.title)),
          dueAt: exchange.submissionDueAt,
          dueLabel: say.due,
          actionLabel: e.essay_status === 'DRAFT' ? say.finishEssayAction : say.writeEssayAction,
        });
      } else if (window.state === 'OPEN' && e.changed) {
        items.push({
          ...base,
          title: say.resubmitEssay(quoted(e.title)),
          detail: say.resubmitDetail,
          dueAt: exchange.submissionDueAt,
          dueLabel: say.resubmitBy,
          actionLabel: say.openEssayAction,
        });
      }
    }
    return items;
  }

  /** Reviews assigned to the student and not yet sent, in exchanges still in review. */
  private async reviews(ctx: ToDoContext): Promise<ToDoDraft[]> {
    const rows = await this.db.query<
      { id: string; exchange_id: string; title: string; status: string; review_due_at: Date; pseudonym: string }[]
    >(
      `SELECT r.id, r.exchange_id, e.title, r.status, e.review_due_at, s.pseudonym
         FROM peer_review r
         JOIN exchange e ON e.id = r.exchange_id
         JOIN submission s ON s.id = r.submission_id
        WHERE r.reviewer_id = $2 AND e.network_id = $1 AND e.phase = 'REVIEW'
          AND r.status IN ('ASSIGNED', 'STARTED') AND r.hidden_at IS NULL
          AND EXISTS (SELECT 1 FROM exchange_class ec JOIN enrollment en ON en.class_id = ec.class_id
                       WHERE ec.exchange_id = e.id AND ec.status = 'JOINED' AND en.student_id = $2)
        ORDER BY s.pseudonym`,
      [ctx.networkId, ctx.userId],
    );
    const say = studentTexts(ctx.locale);
    const practise = await this.practiseFirst(ctx.userId, rows, say);
    return [...practise, ...rows.map((r) => this.reviewItem(r, say))];
  }

  /**
   * One "score the example essays" item per exchange whose calibration the student has not done:
   * their reviews wait until then (the review items stay, so the student sees what follows).
   */
  private async practiseFirst(
    studentId: string,
    rows: { exchange_id: string; title: string; review_due_at: Date }[],
    say: ReturnType<typeof studentTexts>,
  ): Promise<ToDoDraft[]> {
    const exchangeIds = [...new Set(rows.map((r) => r.exchange_id))];
    if (!exchangeIds.length) return [];
    const [chosen, attempts] = await Promise.all([
      this.db.getRepository(ExchangeCalibrationEssay).findBy({ exchangeId: In(exchangeIds) }),
      this.db.getRepository(StudentCalibrationAttempt).findBy({ exchangeId: In(exchangeIds), studentId }),
    ]);
    return exchangeIds.flatMap((exchangeId) => {
      const essays = chosen.filter((c) => c.exchangeId === exchangeId);
      const done = essays.filter((c) => essayDone(attempts.filter((a) => a.essayId === c.essayId)));
      if (!essays.length || done.length === essays.length) return [];
      const r = rows.find((x) => x.exchange_id === exchangeId)!;
      return [
        {
          id: `CALIBRATION_TO_PRACTISE:${exchangeId}`,
          kind: 'CALIBRATION_TO_PRACTISE' as const,
          title: say.practise(quoted(r.title)),
          detail: say.practiseDetail(done.length, essays.length),
          dueAt: new Date(r.review_due_at),
          dueLabel: say.due,
          actionLabel: say.practiseAction,
          path: `/exchanges/${exchangeId}`,
        },
      ];
    });
  }

  private reviewItem(
    r: {
      id: string;
      exchange_id: string;
      title: string;
      status: string;
      review_due_at: Date;
      pseudonym: string;
    },
    say: ReturnType<typeof studentTexts>,
  ): ToDoDraft {
    return {
      id: `REVIEW_TO_WRITE:${r.id}`,
      kind: 'REVIEW_TO_WRITE',
      title: say.review(r.pseudonym, quoted(r.title)),
      detail: r.status === 'STARTED' ? say.reviewStartedDetail : undefined,
      dueAt: new Date(r.review_due_at),
      dueLabel: say.due,
      actionLabel: r.status === 'STARTED' ? say.finishReviewAction : say.startReviewAction,
      path: `/exchanges/${r.exchange_id}/reviews/${r.id}`,
    };
  }

  /** Open flags on reviews written by or for the teacher's students (who alone may resolve them). */
  private async flags(ctx: ToDoContext): Promise<ToDoDraft[]> {
    const rows = await this.db.query<{ exchange_id: string; title: string; reviews: number }[]>(
      `SELECT e.id AS exchange_id, e.title, count(DISTINCT f.review_id)::int AS reviews
         FROM review_flag f
         JOIN exchange e ON e.id = f.exchange_id
         JOIN peer_review r ON r.id = f.review_id
        WHERE e.network_id = $1 AND f.status = 'OPEN'
          AND EXISTS (SELECT 1 FROM submission s JOIN class c ON c.id = s.class_id
                       WHERE (s.id = r.submission_id OR (s.exchange_id = r.exchange_id AND s.student_id = r.reviewer_id))
                         AND c.teacher_id = $2)
        GROUP BY e.id, e.title`,
      [ctx.networkId, ctx.userId],
    );
    return rows.map((r) => ({
      id: `FLAG_TO_RESOLVE:${r.exchange_id}`,
      kind: 'FLAG_TO_RESOLVE',
      title:
        r.reviews === 1
          ? `A student reported a review in ${quoted(r.title)}`
          : `Students reported ${r.reviews} reviews in ${quoted(r.title)}`,
      detail: 'Read it and keep it, or hide it and give the essay a new reviewer.',
      dueAt: null,
      actionLabel: r.reviews === 1 ? 'Resolve the flag' : 'Resolve the flags',
      path: `/exchanges/${r.exchange_id}`,
    }));
  }

  /** Invitations to add the teacher's classes, and the teacher's own exchanges still to open. */
  private async exchangesWaiting(ctx: ToDoContext): Promise<ToDoDraft[]> {
    const rows = await this.db.query<
      { id: string; title: string; phase: ExchangePhase; submission_due_at: Date; owner: string; invited: boolean }[]
    >(
      `SELECT e.id, e.title, e.phase, e.submission_due_at, u.display_name AS owner,
              e.owner_id <> $2 AS invited
         FROM exchange e JOIN "user" u ON u.id = e.owner_id
        WHERE e.network_id = $1
          AND ((e.owner_id = $2 AND e.phase = 'DRAFT')
            OR (e.phase IN ('DRAFT', 'SUBMISSION') AND EXISTS (
                 SELECT 1 FROM exchange_class ec
                  WHERE ec.exchange_id = e.id AND ec.status = 'INVITED' AND ec.invited_teacher_id = $2)))`,
      [ctx.networkId, ctx.userId],
    );
    return rows.map((e): ToDoDraft => {
      const path = `/exchanges/${e.id}`;
      const dueAt = new Date(e.submission_due_at);
      if (e.invited)
        return {
          id: `EXCHANGE_INVITATION:${e.id}`,
          kind: 'EXCHANGE_INVITATION',
          title: `${e.owner} invited your classes to ${quoted(e.title)}`,
          detail: 'Add a class to take part: its students review essays from other schools.',
          dueAt,
          dueLabel: 'Essays due',
          actionLabel: 'Add your classes',
          path,
        };
      return {
        id: `EXCHANGE_TO_OPEN:${e.id}`,
        kind: 'EXCHANGE_TO_OPEN',
        title: `Open ${quoted(e.title)} for essays`,
        detail: 'Students can write once you open it.',
        dueAt,
        dueLabel: 'Essays due',
        actionLabel: 'Open the exchange',
        path,
      };
    });
  }
}
