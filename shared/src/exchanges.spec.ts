import { describe, expect, it } from '@jest/globals';
import {
  checkExchangeDates,
  essayWindow,
  nextExchangePhase,
  phasesDueByDates,
  PSEUDONYM_ADJECTIVES,
  PSEUDONYM_ANIMALS,
  pseudonymFor,
} from './exchanges.js';

const ALL = PSEUDONYM_ADJECTIVES.length * PSEUDONYM_ANIMALS.length;

describe('pseudonymFor', () => {
  it('gives distinct adjective × animal names for every index of one exchange', () => {
    for (const seed of [0, 1, 42, 2_147_483_646]) {
      const names = Array.from({ length: ALL }, (_, i) => pseudonymFor(seed, i));
      expect(new Set(names).size).toBe(ALL);
      expect(names.every((n) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(n))).toBe(true);
    }
  });

  it('is deterministic for a seed, differs between seeds, and numbers names past the list', () => {
    expect(pseudonymFor(7, 3)).toBe(pseudonymFor(7, 3));
    const a = Array.from({ length: 20 }, (_, i) => pseudonymFor(7, i));
    const b = Array.from({ length: 20 }, (_, i) => pseudonymFor(8, i));
    expect(a).not.toEqual(b);
    expect(pseudonymFor(7, ALL)).toBe(`${pseudonymFor(7, 0)} 2`);
    expect(() => pseudonymFor(7, -1)).toThrow(RangeError);
  });
});

describe('exchange phases and dates', () => {
  const t = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
  const dates = { submissionDueAt: t(1), reviewDueAt: t(2), feedbackReleaseAt: t(3) };

  it('moves through the phases the dates have reached, never out of DRAFT or into CLOSED', () => {
    expect(phasesDueByDates('SUBMISSION', dates, t(0))).toEqual([]);
    expect(phasesDueByDates('SUBMISSION', dates, t(1))).toEqual(['REVIEW']);
    expect(phasesDueByDates('SUBMISSION', dates, t(5))).toEqual(['REVIEW', 'FEEDBACK']);
    expect(phasesDueByDates('DRAFT', dates, t(5))).toEqual([]);
    expect(phasesDueByDates('FEEDBACK', dates, t(5))).toEqual([]);
    expect(nextExchangePhase('FEEDBACK')).toBe('CLOSED');
    expect(nextExchangePhase('CLOSED')).toBeNull();
  });

  it('explains dates out of order', () => {
    expect(checkExchangeDates(dates)).toBeNull();
    expect(checkExchangeDates({ ...dates, reviewDueAt: t(1) })?.field).toBe('reviewDueAt');
    expect(checkExchangeDates({ ...dates, feedbackReleaseAt: t(1) })?.field).toBe('feedbackReleaseAt');
    expect(checkExchangeDates({ ...dates, submissionDueAt: new Date('nope') })?.field).toBe('submissionDueAt');
  });
});

describe('essayWindow', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
  const base = {
    phase: 'SUBMISSION' as const,
    submissionDueAt: hours(1),
    reviewDueAt: hours(48),
    feedbackReleaseAt: hours(72),
    acceptLateEssays: true,
  };

  it('is open before the deadline, submitted or not', () => {
    expect(essayWindow(base, false, now)).toEqual({ state: 'OPEN' });
    expect(essayWindow(base, true, now)).toEqual({ state: 'OPEN' });
  });

  it('takes a late essay until reviews are due, but never changes a submitted one after the deadline', () => {
    const past = { ...base, submissionDueAt: hours(-1) };
    expect(essayWindow(past, false, now)).toEqual({ state: 'LATE' });
    expect(essayWindow({ ...past, phase: 'REVIEW' }, false, now)).toEqual({ state: 'LATE' });
    expect(essayWindow(past, true, now)).toMatchObject({ state: 'CLOSED', reason: 'SUBMITTED_AFTER_DEADLINE' });
    expect(essayWindow({ ...past, phase: 'REVIEW' }, true, now)).toMatchObject({ reason: 'WITH_REVIEWERS' });
  });

  it('is closed when late essays are off, once reviews are due, before opening, and when the owner closed essays early', () => {
    const past = { ...base, submissionDueAt: hours(-1) };
    expect(essayWindow({ ...past, acceptLateEssays: false }, false, now)).toMatchObject({
      reason: 'DEADLINE_PASSED',
      closedAt: past.submissionDueAt,
    });
    expect(essayWindow({ ...past, reviewDueAt: hours(-0.5), phase: 'REVIEW' }, false, now)).toMatchObject({
      reason: 'DEADLINE_PASSED',
    });
    expect(essayWindow({ ...base, phase: 'DRAFT' }, false, now)).toMatchObject({ reason: 'NOT_OPEN_YET' });
    expect(essayWindow({ ...base, phase: 'REVIEW' }, false, now)).toMatchObject({ reason: 'PHASE_CLOSED' });
  });
});
