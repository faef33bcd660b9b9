import type { ExchangeSummaryFieldsFragment } from '../../gql/graphql';
import { formatWhen } from '../../lib/format';
import type { MessageKey, MessageValues } from '../../lib/i18n';

/** The `exchanges` catalog's translate function (`useT('exchanges')`). */
export type ExchangesT = (key: MessageKey<'exchanges'>, values?: MessageValues) => string;

/** The phase in English, for coordinators' pages that are not translated yet (elsewhere: `t('phase', { phase })`). */
export const PHASE_LABELS: Record<string, string> = {
  DRAFT: 'Being set up',
  SUBMISSION: 'Writing essays',
  REVIEW: 'Reviewing',
  FEEDBACK: 'Feedback released',
  CLOSED: 'Closed',
};

export const NEXT_PHASE_ACTIONS: Record<string, string> = {
  DRAFT: 'Open for essays',
  SUBMISSION: 'Close essays and start reviews',
  REVIEW: 'Release feedback',
  FEEDBACK: 'Close the exchange',
};

/** Where a student's essay stands, for teachers. */
export const ESSAY_STATUS_LABELS: Record<string, string> = {
  NOT_STARTED: 'Not started',
  DRAFT: 'Writing',
  SUBMITTED: 'Submitted',
};

/**
 * What a student has to do next in an exchange, in a few words of the reader's language; times in the
 * given zone (the reader's when none).
 */
export function studentDue(e: ExchangeSummaryFieldsFragment, t: ExchangesT, timeZone?: string): string {
  const due = (key: MessageKey<'exchanges'>, iso: string) => t(key, { when: formatWhen(iso, timeZone) });
  const mine = e.mySubmission;
  if (e.phase === 'DRAFT') return t('due.opensSoon');
  if (e.essayWindow === 'LATE') return due('due.lateWelcome', e.reviewDueAt);
  if (e.essayWindow === 'OPEN') {
    if (!mine) return due('due.essayDue', e.submissionDueAt);
    if (mine.status === 'DRAFT') return due('due.draftSaved', e.submissionDueAt);
    if (mine.hasUnsubmittedChanges) return due('due.changesNotSubmitted', e.submissionDueAt);
    return due('due.submittedMayResubmit', e.submissionDueAt);
  }
  if (e.phase === 'REVIEW') return due('due.reviewsDue', e.reviewDueAt);
  if (e.phase === 'FEEDBACK') return t('due.feedbackReleased');
  return t(mine?.status === 'SUBMITTED' ? 'due.essaySubmitted' : 'due.essaysClosed');
}
