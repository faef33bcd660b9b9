import type { ExchangeSummaryFieldsFragment } from '../../gql/graphql';
import { formatWhen } from '../../lib/format';

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

/** What a student has to do next in an exchange, in a few words; times in the given zone (the reader's when none). */
export function studentDue(e: ExchangeSummaryFieldsFragment, timeZone?: string): string {
  const when = (iso: string) => formatWhen(iso, timeZone);
  const mine = e.mySubmission;
  if (e.phase === 'DRAFT') return 'Opens soon';
  if (e.essayWindow === 'LATE') return `Late essays are still welcome until ${when(e.reviewDueAt)}`;
  if (e.essayWindow === 'OPEN') {
    if (!mine) return `Essay due ${when(e.submissionDueAt)}`;
    if (mine.status === 'DRAFT') return `Draft saved — submit by ${when(e.submissionDueAt)}`;
    if (mine.hasUnsubmittedChanges) return `Changes not submitted — resubmit by ${when(e.submissionDueAt)}`;
    return `Submitted — you may resubmit until ${when(e.submissionDueAt)}`;
  }
  if (e.phase === 'REVIEW') return `Reviews due ${when(e.reviewDueAt)}`;
  if (e.phase === 'FEEDBACK') return 'Feedback released';
  return mine?.status === 'SUBMITTED' ? 'Essay submitted' : 'Essays are closed';
}
