import {
  DEBRIEF_STEPS,
  DEBRIEF_STEP_LABELS,
  type DebriefStep,
  type LessonStudyPhase,
  type LessonStudyRole,
} from '@switchback/shared';

/**
 * The debrief protocol's order, as pure rules (no database): which steps a cycle runs, who writes
 * in each, and the sentence a teacher gets when they write out of turn.
 */

/** Who writes the entries of each step (REVISIONS: anyone in the cycle proposes a revision). */
export const STEP_WRITERS: Record<DebriefStep, readonly LessonStudyRole[]> = {
  TEACHER_REFLECTION: ['TEACHER'],
  EVIDENCE: ['OBSERVER'],
  CRITICAL_FRIENDS: ['CRITICAL_FRIEND'],
  KNOWLEDGEABLE_OTHER: ['KNOWLEDGEABLE_OTHER'],
  REVISIONS: ['FACILITATOR', 'TEACHER', 'OBSERVER', 'CRITICAL_FRIEND', 'KNOWLEDGEABLE_OTHER'],
};

/** What has to happen first while a step is open, said to someone who writes ahead of it. */
const FIRST: Record<DebriefStep, string> = {
  TEACHER_REFLECTION: 'The teaching teacher reflects first.',
  EVIDENCE: 'The observers share their evidence first.',
  CRITICAL_FRIENDS: 'The critical friends speak first.',
  KNOWLEDGEABLE_OTHER: "The knowledgeable other's final comment comes first.",
  REVISIONS: 'The team agrees its revisions first.',
};

/** Who may write in a step, said to someone else. */
const ONLY: Record<DebriefStep, string> = {
  TEACHER_REFLECTION: 'Only the teaching teacher writes the reflection.',
  EVIDENCE: 'Only observers share evidence.',
  CRITICAL_FRIENDS: "Only the designated critical friends write in the critical friends' step.",
  KNOWLEDGEABLE_OTHER: 'Only the knowledgeable other writes the final comment.',
  REVISIONS: 'Only the people in this lesson study propose revisions.',
};

/** The steps this cycle runs: the knowledgeable other's is skipped when the cycle has none. */
export function stepsFor(hasKnowledgeableOther: boolean): DebriefStep[] {
  return DEBRIEF_STEPS.filter((s) => hasKnowledgeableOther || s !== 'KNOWLEDGEABLE_OTHER');
}

/** The step after `current`, or null when `current` is the last. */
export function nextStep(current: DebriefStep, hasKnowledgeableOther: boolean): DebriefStep | null {
  const steps = stepsFor(hasKnowledgeableOther);
  return steps[steps.indexOf(current) + 1] ?? null;
}

export interface WriteCheck {
  phase: LessonStudyPhase;
  /** The step the debrief is at now. */
  current: DebriefStep;
  /** The step the person writes in. */
  step: DebriefStep;
  roles: readonly LessonStudyRole[];
  hasKnowledgeableOther: boolean;
}

/** Null when the person may write in `step` now; otherwise the sentence that says why not. */
export function refusalToWrite(c: WriteCheck): string | null {
  if (c.phase !== 'DEBRIEF') return 'The debrief is open only in the Debrief phase.';
  const steps = stepsFor(c.hasKnowledgeableOther);
  const at = steps.indexOf(c.current);
  const wanted = steps.indexOf(c.step);
  if (wanted < 0) return 'This lesson study has no knowledgeable other: that step is skipped.';
  if (wanted > at) return FIRST[c.current];
  if (wanted < at) return `That step is over: the debrief has moved on to "${DEBRIEF_STEP_LABELS[c.current]}".`;
  if (!STEP_WRITERS[c.step].some((r) => c.roles.includes(r))) return ONLY[c.step];
  return null;
}

/** Null when the facilitator may move the debrief on from `current`; otherwise why not. */
export function refusalToAdvance(
  phase: LessonStudyPhase,
  current: DebriefStep,
  hasKnowledgeableOther: boolean,
  entriesInCurrent: number,
): string | null {
  if (phase !== 'DEBRIEF') return 'The debrief is open only in the Debrief phase.';
  if (current === 'TEACHER_REFLECTION' && entriesInCurrent === 0) return FIRST.TEACHER_REFLECTION;
  if (!nextStep(current, hasKnowledgeableOther))
    return 'This is the last step: agree the revisions, then move the lesson study on to Revise.';
  return null;
}
