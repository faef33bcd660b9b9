/**
 * See each other teach: lesson-study cycles, observation notes, the debrief protocol and mentoring.
 * Names shared by the server (server/src/observe/, server/src/media/) and the client.
 */

/**
 * A lesson-study cycle's phases, in order. RETEACH is the optional second round: from REVISE the
 * facilitator either re-teaches (RETEACH, then a second DEBRIEF round) or goes on to SHARE. A cycle
 * is CLOSED once its record is shared; media retention counts from then.
 */
export const LESSON_STUDY_PHASES = ['PLAN', 'TEACH', 'DEBRIEF', 'REVISE', 'RETEACH', 'SHARE', 'CLOSED'] as const;
export type LessonStudyPhase = (typeof LESSON_STUDY_PHASES)[number];

export const LESSON_STUDY_PHASE_LABELS: Record<LessonStudyPhase, string> = {
  PLAN: 'Plan',
  TEACH: 'Teach & observe',
  DEBRIEF: 'Debrief',
  REVISE: 'Revise',
  RETEACH: 'Re-teach',
  SHARE: 'Share',
  CLOSED: 'Closed',
};

/** The roles a person can hold in one cycle (a person may hold several, e.g. facilitator and observer). */
export const LESSON_STUDY_ROLES = [
  'FACILITATOR',
  'TEACHER',
  'OBSERVER',
  'CRITICAL_FRIEND',
  'KNOWLEDGEABLE_OTHER',
] as const;
export type LessonStudyRole = (typeof LESSON_STUDY_ROLES)[number];

export const LESSON_STUDY_ROLE_LABELS: Record<LessonStudyRole, string> = {
  FACILITATOR: 'Facilitator',
  TEACHER: 'Teaching teacher',
  OBSERVER: 'Observer',
  CRITICAL_FRIEND: 'Critical friend',
  KNOWLEDGEABLE_OTHER: 'Knowledgeable other',
};

/** The debrief protocol's steps, in the order they must run. */
export const DEBRIEF_STEPS = [
  'TEACHER_REFLECTION',
  'EVIDENCE',
  'CRITICAL_FRIENDS',
  'KNOWLEDGEABLE_OTHER',
  'REVISIONS',
] as const;
export type DebriefStep = (typeof DEBRIEF_STEPS)[number];

export const DEBRIEF_STEP_LABELS: Record<DebriefStep, string> = {
  TEACHER_REFLECTION: 'The teaching teacher reflects',
  EVIDENCE: 'Observers share evidence',
  CRITICAL_FRIENDS: 'Critical friends',
  KNOWLEDGEABLE_OTHER: "Knowledgeable other's final comment",
  REVISIONS: 'Agreed revisions',
};

/** One point observers look for, fixed once the lesson is taught (notes are tagged with its id). */
export interface LookFor {
  id: string;
  text: string;
}

/** The research lesson plan's sections (the live document's template). */
export const LESSON_PLAN_SECTIONS = [
  { id: 'goals', title: 'Goals', hint: 'The research theme and what students should learn in this lesson.' },
  {
    id: 'flow',
    title: "The lesson's flow",
    hint: "Each step of the lesson: the task, the students' anticipated responses and the teacher's moves.",
  },
  { id: 'lookFors', title: 'What observers look for', hint: 'The evidence observers should collect, and where.' },
  { id: 'evaluation', title: 'Evaluation', hint: 'How the team will know whether the lesson worked.' },
] as const;
export type LessonPlanSectionId = (typeof LESSON_PLAN_SECTIONS)[number]['id'];

/** Who owns a piece of media (an uploaded recording) or an observation note. */
export const OBSERVATION_OWNER_KINDS = ['LESSON_STUDY', 'MENTORSHIP'] as const;
export type ObservationOwnerKind = (typeof OBSERVATION_OWNER_KINDS)[number];

/** A student group a note may name: "Group 3", "Table 2". Never a student's name. */
export const STUDENT_GROUP_PATTERN = /^(Group|Table|Pair|Row) ([1-9][0-9]?)$/;

export const OBSERVE_LIMITS = {
  themeMax: 500,
  titleMax: 200,
  lookForsMax: 8,
  lookForMax: 200,
  noteMax: 2000,
  debriefEntryMax: 4000,
  meetingNotesMax: 8000,
} as const;

export const MENTORSHIP_STATUSES = ['ACTIVE', 'ENDED'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

/** How a cycle's lesson is observed: from an uploaded recording, in person at an open class, or both. */
export const OBSERVATION_MODES = ['RECORDED', 'IN_PERSON', 'BOTH'] as const;
export type ObservationMode = (typeof OBSERVATION_MODES)[number];

export const OBSERVATION_MODE_LABELS: Record<ObservationMode, string> = {
  RECORDED: 'Recorded lesson',
  IN_PERSON: 'In person (open class)',
  BOTH: 'Both',
};

/** A phase's planned dates, as calendar days (YYYY-MM-DD), read on each participant's own calendar. */
export interface PhaseDateRange {
  startsOn: string | null;
  endsOn: string | null;
}
export type PhaseDates = Partial<Record<LessonStudyPhase, PhaseDateRange>>;

/** Why a cycle in Share cannot simply be moved on: it closes by publishing its record. */
export const SHARE_TO_CLOSE = 'Share the record to close the lesson study.';

/**
 * The phases a cycle may move to next, in order. From REVISE in round 1 the team either re-teaches
 * (RETEACH, which starts round 2) or shares; in round 2 it can only share. SHARE offers none: the
 * cycle closes only by sharing its record (`shareLessonStudy` publishes and closes in one
 * transaction), so it can never close without it.
 */
export function nextLessonStudyPhases(phase: LessonStudyPhase, round: number): LessonStudyPhase[] {
  switch (phase) {
    case 'PLAN':
      return ['TEACH'];
    case 'TEACH':
      return ['DEBRIEF'];
    case 'DEBRIEF':
      return ['REVISE'];
    case 'REVISE':
      return round < 2 ? ['SHARE', 'RETEACH'] : ['SHARE'];
    case 'RETEACH':
      return ['DEBRIEF'];
    case 'SHARE':
    case 'CLOSED':
      return [];
  }
}

/** Whether a cycle is at or past `phase` (RETEACH counts as before the second DEBRIEF, after REVISE). */
export function lessonStudyPhaseAtLeast(phase: LessonStudyPhase, than: LessonStudyPhase): boolean {
  return LESSON_STUDY_PHASES.indexOf(phase) >= LESSON_STUDY_PHASES.indexOf(than);
}

/** Live events of a lesson study's debrief (socket.io `/live`, to each participant's own room). */
export const DebriefLiveEvent = {
  /** Someone wrote, the step moved on, or a revision changed: `{ lessonStudyId }`; the client refetches. */
  Changed: 'debrief:changed',
} as const;

export interface DebriefChangedPayload {
  lessonStudyId: string;
}
