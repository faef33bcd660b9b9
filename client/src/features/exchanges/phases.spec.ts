/// <reference types="node" />
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { ExchangeSummaryFieldsFragment } from '../../gql/graphql';
import { i18n } from '../../lib/i18n/i18n';
import { intlLocale } from '../../lib/i18n/locales';
import { studentDue, type ExchangesT } from './phases';

/** The app's translator switched to `locale` with the real `exchanges` catalog (compiled as the build does). */
function translator(locale: 'en' | 'es'): ExchangesT {
  const file = fileURLToPath(new URL(`../../locales/${locale}/exchanges.json`, import.meta.url));
  const source = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const messages = Object.fromEntries(Object.entries(source).map(([k, m]) => [`exchanges:${k}`, compileMessage(m)]));
  i18n.loadAndActivate({ locale, locales: [intlLocale(locale)], messages });
  return (key, values) => i18n._(`exchanges:${key}`, values);
}

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
  const due = (e: ExchangeSummaryFieldsFragment, timeZone?: string) => studentDue(e, translator('en'), timeZone);

  it('asks for the essay before the deadline and allows resubmitting until then', () => {
    expect(due(exchange({}))).toMatch(/^Essay due /);
    expect(due(exchange({}, 'SUBMITTED'))).toMatch(/^Submitted — you may resubmit until /);
  });

  it('welcomes a missing essay after the deadline, until reviews are due, never opening with "late"', () => {
    const late = { phase: 'REVIEW' as const, submissionDueAt: at(-DAY), essayWindow: 'LATE' };
    expect(due(exchange(late))).toMatch(/^Late essays are still welcome until /);
    expect(due(exchange(late, 'DRAFT'))).toMatch(/^Late essays are still welcome until /);
    expect(due(exchange(late))).not.toMatch(/is late/i);
  });

  it('never offers to resubmit an essay the server closed', () => {
    const closed = { submissionDueAt: at(-DAY), submissionOpen: false, essayWindow: 'CLOSED' };
    expect(due(exchange({ ...closed, phase: 'REVIEW' }, 'SUBMITTED'))).toMatch(/^Reviews due /);
    expect(due(exchange(closed, 'SUBMITTED'))).toBe('Essay submitted');
  });

  it("says times on the reader's school clock, with the zone", () => {
    const dueAt = { submissionDueAt: '2099-01-15T02:00:00.000Z' };
    expect(due(exchange(dueAt), 'America/Anchorage')).toMatch(/^Essay due Jan 14, 2099, 5:00\sPM AKST$/);
    expect(due(exchange(dueAt), 'America/Denver')).toMatch(/^Essay due Jan 14, 2099, 7:00\sPM MST$/);
  });

  it('speaks Spanish, dates included, to a student who reads Spanish', () => {
    const es = translator('es');
    const dueAt = { submissionDueAt: '2099-01-15T02:00:00.000Z' };
    expect(studentDue(exchange(dueAt), es, 'America/Anchorage')).toMatch(
      /^Entrega del texto: 14 ene 2099, 5:00\sp\.\s?m\. AKST$/,
    );
    expect(studentDue(exchange({}, 'SUBMITTED'), es)).toMatch(/^Entregado: puedes volver a entregarlo hasta el /);
    const closed = { submissionDueAt: at(-DAY), submissionOpen: false, essayWindow: 'CLOSED' };
    expect(studentDue(exchange(closed, 'SUBMITTED'), es)).toBe('Texto entregado');
  });
});
