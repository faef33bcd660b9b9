import { describe, expect, it } from '@jest/globals';
import type { ExchangeSummaryFieldsFragment } from '../../gql/graphql';
import { studentDue } from './phases';

const DAY = 86_400_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

function exchange(
  fields: Partial<ExchangeSummaryFieldsFragment>,
  status: string | null = null,
): ExchangeSummaryFieldsFragment {
  return {
    __typename: 'Exchange',
    id: 'e',
    title: 'T',
    phase: 'SUBMISSION',
    submissionDueAt: at(DAY),
    reviewDueAt: at(3 * DAY),
    feedbackReleaseAt: at(4 * DAY),
    viewerRole: 'STUDENT',
    viewerCanAddClasses: false,
    submissionOpen: true,
    essayWindow: 'OPEN',
    acceptLateEssays: true,
    reviewsAllocatedAt: null,
    owner: { __typename: 'UserSummary', id: 'o', displayName: 'O' },
    mySubmission: status
      ? {
          __typename: 'Submission',
          id: 's',
          exchangeId: 'e',
          pseudonym: 'Blue Heron',
          body: 'x',
          submittedBody: status === 'SUBMITTED' ? 'x' : null,
          status,
          submittedAt: null,
          hasUnsubmittedChanges: false,
          wordCount: 1,
          updatedAt: at(0),
        }
      : null,
    ...fields,
  };
}

describe('studentDue', () => {
  it('asks for the essay before the deadline and allows resubmitting until then', () => {
    expect(studentDue(exchange({}))).toMatch(/^Essay due /);
    expect(studentDue(exchange({}, 'SUBMITTED'))).toMatch(/^Submitted — you may resubmit until /);
  });

  it('welcomes a missing essay after the deadline, until reviews are due, never opening with "late"', () => {
    const late = { phase: 'REVIEW' as const, submissionDueAt: at(-DAY), essayWindow: 'LATE' };
    expect(studentDue(exchange(late))).toMatch(/^Late essays are still welcome until /);
    expect(studentDue(exchange(late, 'DRAFT'))).toMatch(/^Late essays are still welcome until /);
    expect(studentDue(exchange(late))).not.toMatch(/is late/i);
  });

  it('never offers to resubmit an essay the server closed', () => {
    const closed = { submissionDueAt: at(-DAY), submissionOpen: false, essayWindow: 'CLOSED' };
    expect(studentDue(exchange({ ...closed, phase: 'REVIEW' }, 'SUBMITTED'))).toMatch(/^Reviews due /);
    expect(studentDue(exchange(closed, 'SUBMITTED'))).toBe('Essay submitted');
  });

  it("says times on the reader's school clock, with the zone", () => {
    const due = { submissionDueAt: '2099-01-15T02:00:00.000Z' };
    expect(studentDue(exchange(due), 'America/Anchorage')).toMatch(/^Essay due Jan 14, 2099, 5:00\sPM AKST$/);
    expect(studentDue(exchange(due), 'America/Denver')).toMatch(/^Essay due Jan 14, 2099, 7:00\sPM MST$/);
  });
});
