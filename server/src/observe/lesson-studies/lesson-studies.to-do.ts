import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  LESSON_STUDY_PHASE_LABELS,
  nextLessonStudyPhases,
  type LessonStudyPhase,
  type LessonStudyRole,
  type PhaseDates,
} from '@switchback/shared';
import { isAdult, quoted, type ToDoContext, type ToDoDraft, type ToDoProvider } from '../../todo/to-do-item.js';

interface Row {
  id: string;
  title: string;
  phase: LessonStudyPhase;
  round: number;
  observation_mode: string;
  phase_dates: PhaseDates;
  roles: LessonStudyRole[];
  observers: number;
}

/**
 * A phase's last day as an instant: noon UTC of that day, which is the same calendar day on every
 * clock from UTC−11 to UTC+11, so "due Dec 12" reads as Dec 12 wherever the participant is.
 */
export const dayInstant = (day: string | null | undefined): Date | null => (day ? new Date(`${day}T12:00:00Z`) : null);

/**
 * What each open cycle waits on for this person: the facilitator names observers and moves the
 * cycle on once a phase's last day has come (in Share: shares the record, which closes it); the teaching teacher uploads the recording while the
 * lesson is taught; observers watch and write notes. One query.
 */
@Injectable()
export class LessonStudiesToDo implements ToDoProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async items(ctx: ToDoContext): Promise<ToDoDraft[]> {
    if (!isAdult(ctx)) return [];
    const rows = await this.db.query<Row[]>(
      `SELECT c.id, c.title, c.phase, c.round, c.observation_mode, c.phase_dates,
              array_agg(DISTINCT p.role) AS roles,
              (SELECT count(*)::int FROM lesson_study_participant o
                WHERE o.lesson_study_id = c.id AND o.role IN ('OBSERVER', 'CRITICAL_FRIEND')) AS observers
         FROM lesson_study c JOIN lesson_study_participant p ON p.lesson_study_id = c.id AND p.user_id = $2
        WHERE c.network_id = $1 AND c.phase <> 'CLOSED'
        GROUP BY c.id`,
      [ctx.networkId, ctx.userId],
    );
    const today = ctx.now.toISOString().slice(0, 10);
    const items: ToDoDraft[] = [];
    for (const r of rows) {
      const path = `/lesson-studies/${r.id}`;
      const has = (role: LessonStudyRole) => r.roles.includes(role);
      const ends = r.phase_dates[r.phase]?.endsOn ?? null;
      const observing = r.phase === 'TEACH' || r.phase === 'RETEACH';
      if (has('FACILITATOR') && r.phase === 'PLAN' && r.observers === 0)
        items.push({
          id: `LESSON_STUDY_OBSERVERS:${r.id}`,
          kind: 'LESSON_STUDY_OBSERVERS',
          title: `Name the observers of ${quoted(r.title)}`,
          detail: 'Colleagues from other schools see what the team cannot.',
          dueAt: dayInstant(r.phase_dates.TEACH?.startsOn),
          dueLabel: 'Teaching starts',
          actionLabel: 'Name observers',
          path,
        });
      else if (has('FACILITATOR') && ends && ends <= today) {
        const next = nextLessonStudyPhases(r.phase, r.round)[0];
        // Share has no next phase: the cycle closes by sharing its record, so that is what is asked.
        if (r.phase === 'SHARE')
          items.push({
            id: `LESSON_STUDY_TO_ADVANCE:${r.id}`,
            kind: 'LESSON_STUDY_TO_ADVANCE',
            title: `Share the record of ${quoted(r.title)} to close it`,
            detail: `${LESSON_STUDY_PHASE_LABELS[r.phase]} was planned to end then.`,
            dueAt: dayInstant(ends),
            dueLabel: 'Planned to end',
            actionLabel: 'Share the record',
            path: `${path}?tab=debrief`,
          });
        else if (next)
          items.push({
            id: `LESSON_STUDY_TO_ADVANCE:${r.id}`,
            kind: 'LESSON_STUDY_TO_ADVANCE',
            title: `Move ${quoted(r.title)} on to ${LESSON_STUDY_PHASE_LABELS[next]}`,
            detail: `${LESSON_STUDY_PHASE_LABELS[r.phase]} was planned to end then.`,
            dueAt: dayInstant(ends),
            dueLabel: 'Planned to end',
            actionLabel: 'Open the lesson study',
            path,
          });
      }
      if (has('TEACHER') && observing && r.observation_mode !== 'IN_PERSON')
        items.push({
          id: `LESSON_STUDY_RECORDING:${r.id}`,
          kind: 'LESSON_STUDY_RECORDING',
          title: `Upload the recording of ${quoted(r.title)}`,
          detail: 'Your observers watch it and add their notes.',
          dueAt: dayInstant(ends),
          dueLabel: 'Teaching ends',
          actionLabel: 'Upload the recording',
          path: `${path}?tab=recordings`,
        });
      if ((has('OBSERVER') || has('CRITICAL_FRIEND') || has('KNOWLEDGEABLE_OTHER')) && observing)
        items.push({
          id: `LESSON_STUDY_TO_OBSERVE:${r.id}`,
          kind: 'LESSON_STUDY_TO_OBSERVE',
          title: `Observe ${quoted(r.title)} and add your notes`,
          detail: 'Tag each note with a look-for point.',
          dueAt: dayInstant(ends),
          dueLabel: 'Observation ends',
          actionLabel: 'Observe',
          path: `${path}?tab=recordings`,
        });
    }
    return items;
  }
}
