import { describe, expect, it } from '@jest/globals';
import {
  checkConveningDates,
  checkSessionTimes,
  clockTime,
  instantToWallTime,
  intervalsOverlap,
  reminderDue,
  wallDate,
  wallTimeToInstant,
  zoneOffsetMs,
} from './convenings.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('wallTimeToInstant', () => {
  it('turns a wall-clock time in a zone into the instant, in summer and winter', () => {
    expect(wallTimeToInstant('2026-10-14T09:00', 'America/Anchorage')?.toISOString()).toBe('2026-10-14T17:00:00.000Z');
    expect(wallTimeToInstant('2026-12-14T09:00', 'America/Anchorage')?.toISOString()).toBe('2026-12-14T18:00:00.000Z');
    expect(wallTimeToInstant('2026-07-01T09:00', 'America/Phoenix')?.toISOString()).toBe('2026-07-01T16:00:00.000Z');
    expect(wallTimeToInstant('2026-07-01T09:00', 'UTC')?.toISOString()).toBe('2026-07-01T09:00:00.000Z');
  });

  it('round-trips with instantToWallTime, also around daylight-saving changes', () => {
    for (const wall of ['2026-03-08T01:30', '2026-03-08T03:30', '2026-11-01T00:30', '2026-11-01T03:00']) {
      const instant = wallTimeToInstant(wall, 'America/Los_Angeles')!;
      expect(instantToWallTime(instant, 'America/Los_Angeles')).toBe(wall);
    }
  });

  it('moves a time in the skipped spring hour past the gap', () => {
    const instant = wallTimeToInstant('2026-03-08T02:30', 'America/Los_Angeles')!;
    expect(instantToWallTime(instant, 'America/Los_Angeles')).toBe('2026-03-08T03:30');
  });

  it('refuses text that is not a wall-clock time', () => {
    for (const bad of ['', '2026-10-14', '2026-02-30T09:00', '2026-10-14T25:00', '2026-10-14T09:00Z', 'nine']) {
      expect(wallTimeToInstant(bad, 'America/Anchorage')).toBeNull();
    }
  });
});

describe('time-zone helpers', () => {
  it('shows a 9:00 Alaska session at 10:00 Pacific on the same day', () => {
    const nine = wallTimeToInstant('2026-10-14T09:00', 'America/Anchorage')!;
    expect(clockTime(nine, 'America/Anchorage')).toBe('9:00');
    expect(clockTime(nine, 'America/Los_Angeles')).toBe('10:00');
    expect(wallDate(nine, 'America/Los_Angeles')).toBe('2026-10-14');
    expect(zoneOffsetMs(nine, 'America/Anchorage')).toBe(-8 * HOUR);
  });

  it('gives the calendar day in the zone, not in UTC', () => {
    const lateEvening = new Date('2026-10-15T05:00:00Z');
    expect(wallDate(lateEvening, 'America/Anchorage')).toBe('2026-10-14');
    expect(wallDate(lateEvening, 'UTC')).toBe('2026-10-15');
  });
});

describe('intervalsOverlap', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 9, 14, h));
  it('is true when two intervals share time and false when they only touch', () => {
    expect(intervalsOverlap(at(9), at(10), at(9), at(10))).toBe(true);
    expect(intervalsOverlap(at(9), at(11), at(10), at(12))).toBe(true);
    expect(intervalsOverlap(at(9), at(12), at(10), at(11))).toBe(true);
    expect(intervalsOverlap(at(9), at(10), at(10), at(11))).toBe(false);
    expect(intervalsOverlap(at(11), at(12), at(9), at(10))).toBe(false);
  });
});

describe('reminderDue', () => {
  const starts = new Date('2026-10-14T17:00:00Z');
  it('is the smallest reminder whose window has opened', () => {
    expect(reminderDue(starts, new Date(starts.getTime() - 10 * DAY))).toBeNull();
    expect(reminderDue(starts, new Date(starts.getTime() - 7 * DAY))).toBe(7);
    expect(reminderDue(starts, new Date(starts.getTime() - 3 * DAY))).toBe(7);
    expect(reminderDue(starts, new Date(starts.getTime() - 20 * HOUR))).toBe(1);
  });

  it('is null once the convening has started', () => {
    expect(reminderDue(starts, starts)).toBeNull();
    expect(reminderDue(starts, new Date(starts.getTime() + HOUR))).toBeNull();
  });
});

describe('checkConveningDates', () => {
  const at = (iso: string) => new Date(iso);
  const ok = {
    startsAt: at('2026-10-14T17:00:00Z'),
    endsAt: at('2026-10-16T01:00:00Z'),
    registrationDeadline: at('2026-10-01T08:00:00Z'),
  };

  it('accepts a convening that ends after it starts and closes registration before it ends', () => {
    expect(checkConveningDates(ok)).toBeNull();
    expect(checkConveningDates({ ...ok, registrationDeadline: at('2026-10-15T12:00:00Z') })).toBeNull();
  });

  it('asks for missing dates, field by field', () => {
    expect(checkConveningDates({ ...ok, startsAt: null })).toEqual({
      field: 'startsAt',
      message: 'Choose when it starts.',
    });
    expect(checkConveningDates({ ...ok, endsAt: new Date(Number.NaN) })?.field).toBe('endsAt');
    expect(checkConveningDates({ ...ok, registrationDeadline: null })?.field).toBe('registrationDeadline');
  });

  it('refuses an end at or before the start', () => {
    expect(checkConveningDates({ ...ok, endsAt: ok.startsAt })).toEqual({
      field: 'endsAt',
      message: 'The convening must end after it starts.',
    });
  });

  it('refuses a registration deadline at or after the end', () => {
    expect(checkConveningDates({ ...ok, registrationDeadline: ok.endsAt })).toEqual({
      field: 'registrationDeadline',
      message: 'The registration deadline must be before the convening ends.',
    });
  });
});

describe('checkSessionTimes', () => {
  const tz = 'America/Anchorage';
  const wall = (w: string) => wallTimeToInstant(w, tz)!;
  const convening = { startsAt: wall('2026-10-14T09:00'), endsAt: wall('2026-10-15T17:00'), timeZone: tz };

  it('accepts a session on the convening days, early or late in the day (venue time)', () => {
    expect(
      checkSessionTimes({ startsAt: wall('2026-10-14T07:00'), endsAt: wall('2026-10-14T08:00') }, convening),
    ).toBeNull();
    expect(
      checkSessionTimes({ startsAt: wall('2026-10-15T21:00'), endsAt: wall('2026-10-15T23:30') }, convening),
    ).toBeNull();
  });

  it('refuses a session that ends before it starts, or has no times', () => {
    expect(
      checkSessionTimes({ startsAt: wall('2026-10-14T10:00'), endsAt: wall('2026-10-14T10:00') }, convening),
    ).toEqual({
      field: 'endsAt',
      message: 'The session must end after it starts.',
    });
    expect(checkSessionTimes({ startsAt: null, endsAt: wall('2026-10-14T10:00') }, convening)?.field).toBe('startsAt');
    expect(checkSessionTimes({ startsAt: wall('2026-10-14T10:00'), endsAt: null }, convening)?.field).toBe('endsAt');
  });

  it('refuses a session outside the convening days and names them', () => {
    const message = 'Sessions must take place during the convening (Wed, Oct 14, 2026 to Thu, Oct 15, 2026).';
    expect(
      checkSessionTimes({ startsAt: wall('2026-10-13T10:00'), endsAt: wall('2026-10-13T11:00') }, convening),
    ).toEqual({
      field: 'startsAt',
      message,
    });
    expect(
      checkSessionTimes({ startsAt: wall('2026-10-15T23:00'), endsAt: wall('2026-10-16T00:30') }, convening),
    ).toEqual({
      field: 'startsAt',
      message,
    });
  });

  it('names a one-day convening once', () => {
    const oneDay = { ...convening, endsAt: wall('2026-10-14T17:00') };
    expect(
      checkSessionTimes({ startsAt: wall('2026-10-15T10:00'), endsAt: wall('2026-10-15T11:00') }, oneDay)?.message,
    ).toBe('Sessions must take place during the convening (Wed, Oct 14, 2026).');
  });
});
