import type { ExchangeSummaryFieldsFragment } from '../../gql/graphql';

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

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** What a student has to do next in an exchange, in a few words. */
export function studentDue(e: ExchangeSummaryFieldsFragment): string {
  const mine = e.mySubmission;
  if (e.phase === 'DRAFT') return 'Opens soon';
  const late = e.submissionOpen && (e.phase === 'REVIEW' || Date.parse(e.submissionDueAt) <= Date.now());
  if (late && mine?.status !== 'SUBMITTED') return `Late: your essay is still taken until ${formatWhen(e.reviewDueAt)}`;
  if (e.submissionOpen && !late) {
    if (!mine) return `Essay due ${formatWhen(e.submissionDueAt)}`;
    if (mine.status === 'DRAFT') return `Draft saved — submit by ${formatWhen(e.submissionDueAt)}`;
    if (mine.hasUnsubmittedChanges) return `Changes not submitted — resubmit by ${formatWhen(e.submissionDueAt)}`;
    return `Submitted — you may resubmit until ${formatWhen(e.submissionDueAt)}`;
  }
  if (e.phase === 'REVIEW') return `Reviews due ${formatWhen(e.reviewDueAt)}`;
  if (e.phase === 'FEEDBACK') return 'Feedback released';
  return mine?.status === 'SUBMITTED' ? 'Essay submitted' : 'Essays are closed';
}
