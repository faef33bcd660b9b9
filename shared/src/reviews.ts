/** Student peer reviews: statuses, limits, and the checks review text passes before it is submitted. */

/**
 * ASSIGNED: given to the reviewer, not opened yet. STARTED: the reviewer opened it (drafts are kept).
 * SUBMITTED: finished. REASSIGNED: taken away (not started by the due date, or hidden by a teacher)
 * and given to someone else; kept so the pair is never given again.
 */
export const REVIEW_STATUSES = ['ASSIGNED', 'STARTED', 'SUBMITTED', 'REASSIGNED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const FLAG_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** What a teacher does with a flagged review: hide it from its author (and have it rewritten) or keep it. */
export const FLAG_RESOLUTIONS = ['HIDE', 'KEEP'] as const;
export type FlagResolution = (typeof FLAG_RESOLUTIONS)[number];

export const REVIEW_LIMITS = {
  commentMax: 2000,
  /** The default length floor, in words, of every comment (configurable on the server). */
  minWordsDefault: 4,
  flagReasonMax: 500,
  helpfulnessMin: 1,
  helpfulnessMax: 5,
  helpfulnessCommentMax: 500,
} as const;

/**
 * Words a review may not contain (the server's REVIEW_BLOCKED_WORDS replaces this list). Kept short
 * and plain on purpose: it catches the common insults students throw, and flags catch the rest.
 */
export const DEFAULT_BLOCKED_WORDS = [
  'stupid',
  'idiot',
  'dumb',
  'loser',
  'moron',
  'shut up',
  'hate you',
  'ugly',
  'retard',
  'retarded',
  'suck',
  'sucks',
  'crap',
  'damn',
  'hell',
  'shit',
  'fuck',
  'bitch',
  'bastard',
  'ass',
] as const;

export interface ReviewTextRules {
  blockedWords: readonly string[];
  minWords: number;
  maxChars?: number;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The blocked words (or phrases) found in `text`, matched whole-word and case-insensitively. */
export function findBlockedWords(text: string, blockedWords: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of blockedWords) {
    const w = word.trim();
    if (!w) continue;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w).replace(/\s+/g, '\\s+')}(?=$|[^\\p{L}\\p{N}])`, 'iu');
    if (pattern.test(text)) found.push(w.toLowerCase());
  }
  return [...new Set(found)];
}

/** What is wrong with one comment of a review, if anything (the sentence is `checkReviewComment`'s). */
export type ReviewCommentProblem = { kind: 'EMPTY' | 'SHORT' | 'LONG' } | { kind: 'UNKIND'; words: string[] };

export function reviewCommentProblem(text: string, rules: ReviewTextRules): ReviewCommentProblem | null {
  const trimmed = text.trim();
  const max = rules.maxChars ?? REVIEW_LIMITS.commentMax;
  if (trimmed === '') return { kind: 'EMPTY' };
  const words = trimmed.match(/\S+/g)?.length ?? 0;
  if (words < rules.minWords) return { kind: 'SHORT' };
  if (trimmed.length > max) return { kind: 'LONG' };
  const blocked = findBlockedWords(trimmed, rules.blockedWords);
  return blocked.length > 0 ? { kind: 'UNKIND', words: blocked } : null;
}

/**
 * The message id of each problem in the client's `errors` catalog (docs/i18n.md, "Errors from the
 * API"): a Spanish reader sees the sentence in Spanish beside the comment it is about.
 */
export const REVIEW_COMMENT_MESSAGE_IDS = {
  EMPTY: 'review.commentEmpty',
  SHORT: 'review.commentShort',
  LONG: 'review.commentLong',
  UNKIND: 'review.commentUnkind',
} as const satisfies Record<ReviewCommentProblem['kind'], string>;

/**
 * Why one comment of a review cannot be submitted, in words a student understands, or null when it is
 * fine. `what` names the comment, e.g. "Your comment on Evidence".
 */
export function checkReviewComment(text: string, what: string, rules: ReviewTextRules): string | null {
  const problem = reviewCommentProblem(text, rules);
  const max = rules.maxChars ?? REVIEW_LIMITS.commentMax;
  switch (problem?.kind) {
    case undefined:
      return null;
    case 'EMPTY':
      return `${what} is empty: write at least ${rules.minWords} words.`;
    case 'SHORT':
      return `${what} is too short: write at least ${rules.minWords} words so the writer knows what you mean.`;
    case 'LONG':
      return `${what} is too long: keep it under ${max.toLocaleString('en-US')} characters.`;
    case 'UNKIND':
      return `${what} uses words that are not kind (${problem.words.map((w) => `"${w}"`).join(', ')}): say it another way.`;
  }
}

/** How an author sees the reviewers of their essay when reviewers are anonymous: "Reviewer 1", … */
export function anonymousReviewerLabel(index: number): string {
  return `Reviewer ${index + 1}`;
}
