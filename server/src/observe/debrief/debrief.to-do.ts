import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEBRIEF_STEP_LABELS, type DebriefStep, type LessonStudyRole, type PhaseDates } from '@switchback/shared';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../../todo/to-do-item.js';
import { dayInstant } from '../lesson-studies/lesson-studies.to-do.js';
import { nextStep } from './debrief-rules.js';

interface Row {
  id: string;
  title: string;
  phase: 'DEBRIEF' | 'REVISE';
  phase_dates: PhaseDates;
  roles: LessonStudyRole[];
  step: DebriefStep;
  has_knowledgeable_other: boolean;
  /** Entries in the current step, by anyone / by this person. */
  in_step: number;
  mine_in_step: number;
  proposed: number;
  agreed: number;
}

/** Whose turn a step is (REVISIONS: the facilitator's, who agrees or declines what was proposed). */
const TURN: Partial<Record<DebriefStep, LessonStudyRole>> = {
  TEACHER_REFLECTION: 'TEACHER',
  EVIDENCE: 'OBSERVER',
  CRITICAL_FRIENDS: 'CRITICAL_FRIEND',
  KNOWLEDGEABLE_OTHER: 'KNOWLEDGEABLE_OTHER',
};

const WRITE: Record<Exclude<DebriefStep, 'REVISIONS'>, { title: string; detail: string; action: string }> = {
  TEACHER_REFLECTION: {
    title: 'Reflect first on',
    detail: 'The debrief starts with the teaching teacher: what you saw, what surprised you.',
    action: 'Write your reflection',
  },
  EVIDENCE: {
    title: 'Share your evidence on',
    detail: 'Your notes, by look-for point: what students did and said.',
    action: 'Share your evidence',
  },
  CRITICAL_FRIENDS: {
    title: 'Give your critique of',
    detail: 'You are the designated critical friend: say what the team may not want to hear.',
    action: 'Write your critique',
  },
  KNOWLEDGEABLE_OTHER: {
    title: 'Give the final comment on',
    detail: 'The debrief waits on your comment before the team agrees its revisions.',
    action: 'Write the final comment',
  },
};

/**
 * Whose turn it is in each debrief (the protocol's order, observe/debrief/debrief-rules.ts): the
 * teaching teacher to reflect, then observers to share evidence, critical friends, the
 * knowledgeable other; the facilitator to move the debrief on once its step has something in it
 * and to agree or decline proposed revisions; in Revise, the facilitator or teacher to accept the
 * agreed revisions into a new plan version. One query.
 */
@Injectable()
export class DebriefToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const rows = await this.db.query<Row[]>(
      `SELECT c.id, c.title, c.phase, c.phase_dates,
              array_agg(DISTINCT p.role) AS roles,
              coalesce(d.step, 'TEACHER_REFLECTION') AS step,
              EXISTS (SELECT 1 FROM lesson_study_participant k
                       WHERE k.lesson_study_id = c.id AND k.role = 'KNOWLEDGEABLE_OTHER') AS has_knowledgeable_other,
              (SELECT count(*)::int FROM debrief_entry e
                WHERE e.lesson_study_id = c.id AND e.round = c.round
                  AND e.step = coalesce(d.step, 'TEACHER_REFLECTION')) AS in_step,
              (SELECT count(*)::int FROM debrief_entry e
                WHERE e.lesson_study_id = c.id AND e.round = c.round AND e.author_id = $2
                  AND e.step = coalesce(d.step, 'TEACHER_REFLECTION')) AS mine_in_step,
              (SELECT count(*)::int FROM plan_revision r
                WHERE r.lesson_study_id = c.id AND r.round = c.round AND r.status = 'PROPOSED') AS proposed,
              (SELECT count(*)::int FROM plan_revision r
                WHERE r.lesson_study_id = c.id AND r.round = c.round AND r.status = 'AGREED') AS agreed
         FROM lesson_study c
         JOIN lesson_study_participant p ON p.lesson_study_id = c.id AND p.user_id = $2
         LEFT JOIN debrief_progress d ON d.lesson_study_id = c.id AND d.round = c.round
        WHERE c.network_id = $1 AND c.phase IN ('DEBRIEF', 'REVISE')
        GROUP BY c.id, d.step`,
      [ctx.networkId, ctx.userId],
    );
    const items: ToDoDraft[] = [];
    for (const r of rows) {
      const path = `/lesson-studies/${r.id}?tab=debrief`;
      const has = (role: LessonStudyRole) => r.roles.includes(role);
      const dueAt = dayInstant(r.phase_dates[r.phase]?.endsOn);
      if (r.phase === 'REVISE') {
        if ((has('FACILITATOR') || has('TEACHER')) && r.agreed > 0)
          items.push({
            id: `DEBRIEF_REVISIONS_TO_ACCEPT:${r.id}`,
            kind: 'DEBRIEF_REVISIONS_TO_ACCEPT',
            title: `Accept the agreed revisions of ${quoted(r.title)}`,
            detail: `${r.agreed} agreed ${r.agreed === 1 ? 'revision makes' : 'revisions make'} the next version of the plan.`,
            dueAt,
            dueLabel: 'Revise ends',
            actionLabel: 'Accept the revisions',
            path,
          });
        continue;
      }
      const turn = TURN[r.step];
      if (r.step !== 'REVISIONS' && turn && has(turn) && r.mine_in_step === 0) {
        const w = WRITE[r.step];
        items.push({
          id: `DEBRIEF_YOUR_TURN:${r.id}`,
          kind: 'DEBRIEF_YOUR_TURN',
          title: `${w.title} ${quoted(r.title)}`,
          detail: w.detail,
          dueAt,
          dueLabel: 'Debrief ends',
          actionLabel: w.action,
          path,
        });
      }
      if (!has('FACILITATOR')) continue;
      const next = nextStep(r.step, r.has_knowledgeable_other);
      if (next && r.in_step > 0)
        items.push({
          id: `DEBRIEF_TO_MOVE_ON:${r.id}`,
          kind: 'DEBRIEF_TO_MOVE_ON',
          title: `Move the debrief of ${quoted(r.title)} on to “${DEBRIEF_STEP_LABELS[next]}”`,
          detail: `${r.in_step} ${r.in_step === 1 ? 'contribution' : 'contributions'} to “${DEBRIEF_STEP_LABELS[r.step]}” so far.`,
          dueAt,
          dueLabel: 'Debrief ends',
          actionLabel: 'Open the debrief',
          path,
        });
      else if (r.step === 'REVISIONS' && r.proposed > 0)
        items.push({
          id: `DEBRIEF_TO_MOVE_ON:${r.id}`,
          kind: 'DEBRIEF_TO_MOVE_ON',
          title: `Agree or decline the proposed revisions of ${quoted(r.title)}`,
          detail: `${r.proposed} proposed; agreed ones become suggestions on the plan.`,
          dueAt,
          dueLabel: 'Debrief ends',
          actionLabel: 'Open the debrief',
          path,
        });
    }
    return items;
  }
}
