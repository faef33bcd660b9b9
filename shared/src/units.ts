/** Curriculum units: statuses, the backward-design template and review protocol. */
export const UNIT_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

/** The stages of backward design (Wiggins & McTighe), each with its sections. */
export const UNIT_STAGES = [
  { id: 'desired-results', title: 'Desired results' },
  { id: 'evidence', title: 'Evidence' },
  { id: 'learning-plan', title: 'Learning plan' },
  { id: 'resources', title: 'Resources' },
  { id: 'reflection', title: 'Reflection' },
] as const;
export type UnitStageId = (typeof UNIT_STAGES)[number]['id'];

export interface UnitSection {
  /** Also the name of the section's rich-text field in the unit's live document. */
  id: string;
  stage: UnitStageId;
  title: string;
  /** A prompt shown in the empty section. */
  prompt: string;
}

/** Every section of a unit, in order. Defined once, here, for the editor, export and search. */
export const UNIT_SECTIONS = [
  {
    id: 'goals',
    stage: 'desired-results',
    title: 'Established goals and standards',
    prompt: 'Which standards or goals does this unit address?',
  },
  {
    id: 'understandings',
    stage: 'desired-results',
    title: 'Understandings',
    prompt: 'Students will understand that…',
  },
  {
    id: 'essential-questions',
    stage: 'desired-results',
    title: 'Essential questions',
    prompt: 'Open questions that guide inquiry.',
  },
  {
    id: 'knowledge-skills',
    stage: 'desired-results',
    title: 'Knowledge and skills',
    prompt: 'Students will know… Students will be able to…',
  },
  {
    id: 'performance-task',
    stage: 'evidence',
    title: 'Performance task',
    prompt: 'How will students show what they understand?',
  },
  {
    id: 'success-criteria',
    stage: 'evidence',
    title: 'Success criteria',
    prompt: 'What does success look like?',
  },
  {
    id: 'other-evidence',
    stage: 'evidence',
    title: 'Other evidence',
    prompt: 'Quizzes, observations, work samples, self-assessment…',
  },
  {
    id: 'lessons',
    stage: 'learning-plan',
    title: 'Lessons and activities',
    prompt: 'The sequence of lessons and learning activities.',
  },
  { id: 'resources', stage: 'resources', title: 'Resources', prompt: 'Texts, links, materials.' },
  { id: 'reflection', stage: 'reflection', title: 'Reflection', prompt: 'What worked, what would we change?' },
] as const satisfies readonly UnitSection[];
export type UnitSectionId = (typeof UNIT_SECTIONS)[number]['id'];
export const UNIT_SECTION_IDS = UNIT_SECTIONS.map((s) => s.id) as UnitSectionId[];

export function isUnitSectionId(value: string): value is UnitSectionId {
  return (UNIT_SECTION_IDS as string[]).includes(value);
}

export const UNIT_COMMENT_KINDS = ['CLARIFYING', 'WARM', 'COOL', 'SUGGESTION'] as const;
export type UnitCommentKind = (typeof UNIT_COMMENT_KINDS)[number];

export const UNIT_COMMENT_KIND_LABELS: Record<UnitCommentKind, string> = {
  CLARIFYING: 'Clarifying question',
  WARM: 'Warm feedback',
  COOL: 'Cool feedback',
  SUGGESTION: 'Suggestion',
};

/**
 * A critical-friend review round runs in protocol order: clarifying questions, then warm, then
 * cool feedback, then the authors' reflection.
 */
export const REVIEW_STAGES = ['CLARIFYING', 'WARM', 'COOL', 'REFLECTION', 'CLOSED'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = {
  CLARIFYING: 'Clarifying questions',
  WARM: 'Warm feedback',
  COOL: 'Cool feedback',
  REFLECTION: "Authors' reflection",
  CLOSED: 'Closed',
};

/** The comment kind critical friends may add during a review stage (none once friends are done). */
export function commentKindForStage(stage: ReviewStage): UnitCommentKind | null {
  return stage === 'CLARIFYING' || stage === 'WARM' || stage === 'COOL' ? stage : null;
}

/** The stage after this one, or null at the end. */
export function nextReviewStage(stage: ReviewStage): ReviewStage | null {
  const i = REVIEW_STAGES.indexOf(stage);
  return i >= 0 && i < REVIEW_STAGES.length - 1 ? REVIEW_STAGES[i + 1] : null;
}

export const UNIT_LIMITS = {
  titleMax: 160,
  summaryMax: 2000,
  commentMax: 4000,
  revisionNameMax: 120,
  versionNoteMax: 200,
  friendsMax: 20,
} as const;

/** Export formats of `GET /api/units/:id/export?format=`. */
export const UNIT_EXPORT_FORMATS = ['md', 'docx'] as const;
export type UnitExportFormat = (typeof UNIT_EXPORT_FORMATS)[number];
