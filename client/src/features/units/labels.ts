import {
  UNIT_SECTIONS,
  UNIT_STAGES,
  commentKindForStage,
  type ReviewStage,
  type UnitCommentKind,
  type UnitStatus,
} from '@switchback/shared';

export const UNIT_STATUS_COLORS: Record<UnitStatus, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'orange',
  PUBLISHED: 'green',
  ARCHIVED: 'dark',
};

export const UNIT_STATUS_HINTS: Record<UnitStatus, string> = {
  DRAFT: 'The group is writing it. Only its members see it.',
  IN_REVIEW: 'Critical friends are reading it and giving feedback.',
  PUBLISHED: 'Everyone in the network can read it in the library.',
  ARCHIVED: 'Read-only. It no longer appears in the library.',
};

export const COMMENT_KIND_COLORS: Record<UnitCommentKind, string> = {
  CLARIFYING: 'blue',
  WARM: 'orange',
  COOL: 'cyan',
  SUGGESTION: 'grape',
};

/** One sentence per stage of the critical-friend protocol. */
export const REVIEW_STAGE_HINTS: Record<ReviewStage, string> = {
  CLARIFYING:
    'Critical friends ask clarifying questions: short, factual questions about what the unit is and how it runs.',
  WARM: 'Critical friends give warm feedback: what is strong in the unit and likely to work for students.',
  COOL: 'Critical friends give cool feedback: gaps, doubts and questions that push the unit further.',
  REFLECTION: 'The authors reflect on the feedback and write what they will change; friends listen.',
  CLOSED: 'The review is over and the unit is back in draft for the authors to revise.',
};

const SECTION_TITLES = new Map<string, string>(UNIT_SECTIONS.map((s) => [s.id, s.title]));
const STAGE_TITLES = new Map<string, string>(UNIT_STAGES.map((s) => [s.id, s.title]));

export function sectionTitle(id: string): string {
  return SECTION_TITLES.get(id) ?? id;
}

export function stageTitle(id: string): string {
  return STAGE_TITLES.get(id) ?? id;
}

/** "Grades 6–8" from "6-8"; empty when none. */
export function unitGradeBandLabel(band: string | null | undefined): string {
  return band ? `Grades ${band.replace('-', '–')}` : '';
}

interface CommentAbility {
  status: string;
  viewerAccess: string;
  viewerCanComment: boolean;
  currentReview?: { stage: string } | null;
}

/**
 * The comment kinds the viewer may add right now: authors make suggestions; critical friends add
 * the kind of the review's current stage (none once the friends' stages are over).
 */
export function commentKindsFor(unit: CommentAbility): UnitCommentKind[] {
  if (!unit.viewerCanComment) return [];
  // Authors may leave any kind of note among themselves; suggestions come first.
  if (unit.viewerAccess === 'EDIT') return ['SUGGESTION', 'CLARIFYING', 'WARM', 'COOL'];
  if (unit.status !== 'IN_REVIEW' || !unit.currentReview) return [];
  const kind = commentKindForStage(unit.currentReview.stage as ReviewStage);
  return kind ? [kind] : [];
}
