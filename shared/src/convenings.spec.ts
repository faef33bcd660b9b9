import { describe, expect, it } from '@jest/globals';
import {
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
