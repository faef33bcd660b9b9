/** Convenings: the in-person gatherings of a network, their sessions, registrations and seats. */

export const CONVENING_SEASONS = ['FALL', 'SPRING'] as const;
export type ConveningSeason = (typeof CONVENING_SEASONS)[number];

export const CONVENING_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type ConveningStatus = (typeof CONVENING_STATUSES)[number];

export const SESSION_KINDS = ['JOB_ALIKE', 'PLENARY', 'CROSS_GROUP', 'SOCIAL', 'OPEN_CLASS'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  JOB_ALIKE: 'Job-alike',
  PLENARY: 'Plenary',
  CROSS_GROUP: 'Cross-group',
  SOCIAL: 'Social',
  OPEN_CLASS: 'Open class (lesson study)',
};

export const REGISTRATION_STATUSES = ['GOING', 'MAYBE', 'NOT_GOING'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const SEAT_STATUSES = ['CONFIRMED', 'WAITLISTED'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

export const ACTION_ITEM_TARGETS = ['GOAL', 'POST'] as const;
export type ActionItemTarget = (typeof ACTION_ITEM_TARGETS)[number];

/** Reminders go to GOING and MAYBE registrants this many days before a convening starts. */
export const CONVENING_REMINDER_DAYS = [7, 1] as const;

/** The one rich-text field of a session's live notes. */
export const SESSION_NOTES_FIELD = 'notes';

export const CONVENING_LIMITS = {
  titleMax: 120,
  venueMax: 200,
  addressMax: 500,
  descriptionMax: 5000,
  roomMax: 60,
  needsMax: 500,
  capacityMax: 10_000,
  sessionsPerChoiceMax: 50,
  actionItemMax: 500,
} as const;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The wall-clock parts of an instant in a time zone. */
function partsIn(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

/**
 * The instant a wall-clock time ("2026-10-14T09:00") has in a time zone, or null when the text is
 * not such a time. In the hour skipped by a daylight-saving change, the time after the gap is used.
 */
export function wallTimeToInstant(wallTime: string, timeZone: string): Date | null {
  const m = WALL_TIME.exec(wallTime);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(guess);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  const second = guess - zoneOffsetMs(new Date(first), timeZone);
  const exact = [first, second].filter((t) => instantToWallTime(new Date(t), timeZone) === wallTime);
  return new Date(exact.length ? Math.min(...exact) : Math.max(first, second));
}

/** The wall-clock time of an instant in a time zone, as "YYYY-MM-DDTHH:mm" (what a datetime-local field holds). */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The calendar day ("YYYY-MM-DD") an instant falls on in a time zone. */
export function wallDate(instant: Date, timeZone: string): string {
  return instantToWallTime(instant, timeZone).slice(0, 10);
}

/** "9:00" — a time of day in a zone, for messages. */
export function clockTime(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.hour}:${String(p.minute).padStart(2, '0')}`;
}

/** True when two half-open intervals [start, end) share some time (back-to-back does not count). */
export function intervalsOverlap(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();
}

/**
 * The reminder due now for a convening starting at `startsAt`: the smallest number of days in
 * `CONVENING_REMINDER_DAYS` whose window has opened, or null before the first window and once it
 * has started.
 */
export function reminderDue(startsAt: Date, now: Date): number | null {
  const left = startsAt.getTime() - now.getTime();
  if (left <= 0) return null;
  const open = CONVENING_REMINDER_DAYS.filter((d) => left <= d * 86_400_000);
  return open.length ? Math.min(...open) : null;
}

/** "Wed, Oct 14, 2026": the day an instant falls on in the venue's zone, for messages. */
export function venueDayLabel(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(instant);
}

export interface ConveningDates {
  startsAt: Date | null;
  endsAt: Date | null;
  registrationDeadline: Date | null;
}

/** A date problem of a form: the field to show it next to and what to say. */
export interface DateProblem<F extends string> {
  field: F;
  message: string;
}

const isValidDate = (d: Date | null): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * A convening ends after it starts and closes registration before it ends. A message for the first
 * problem (a missing date included), or null when the dates are fine.
 */
export function checkConveningDates(d: ConveningDates): DateProblem<keyof ConveningDates> | null {
  if (!isValidDate(d.startsAt)) return { field: 'startsAt', message: 'Choose when it starts.' };
  if (!isValidDate(d.endsAt)) return { field: 'endsAt', message: 'Choose when it ends.' };
  if (!isValidDate(d.registrationDeadline))
    return { field: 'registrationDeadline', message: 'Choose the registration deadline.' };
  if (d.endsAt <= d.startsAt) return { field: 'endsAt', message: 'The convening must end after it starts.' };
  if (d.registrationDeadline >= d.endsAt)
    return { field: 'registrationDeadline', message: 'The registration deadline must be before the convening ends.' };
  return null;
}

/**
 * A session ends after it starts and falls on the convening's days (in the venue's time zone). A
 * message for the first problem, or null when the times are fine.
 */
export function checkSessionTimes(
  session: { startsAt: Date | null; endsAt: Date | null },
  convening: { startsAt: Date; endsAt: Date; timeZone: string },
): DateProblem<'startsAt' | 'endsAt'> | null {
  if (!isValidDate(session.startsAt)) return { field: 'startsAt', message: 'Choose when the session starts.' };
  if (!isValidDate(session.endsAt)) return { field: 'endsAt', message: 'Choose when the session ends.' };
  if (session.endsAt <= session.startsAt) return { field: 'endsAt', message: 'The session must end after it starts.' };
  const tz = convening.timeZone;
  if (
    wallDate(session.startsAt, tz) < wallDate(convening.startsAt, tz) ||
    wallDate(session.endsAt, tz) > wallDate(convening.endsAt, tz)
  ) {
    const first = venueDayLabel(convening.startsAt, tz);
    const last = venueDayLabel(convening.endsAt, tz);
    const days = first === last ? first : `${first} to ${last}`;
    return { field: 'startsAt', message: `Sessions must take place during the convening (${days}).` };
  }
  return null;
}
