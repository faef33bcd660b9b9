import { wallDate } from '@switchback/shared';
import { fieldError } from '../common/errors.js';

/** "Wed, Oct 14, 2026" in the venue's zone. */
export function dayLabel(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(instant);
}

/** "Oct 14, 2026, 9:00 AM AKDT" in the venue's zone. */
export function momentLabel(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

export interface ConveningDates {
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date;
}

/** A convening ends after it starts and closes registration before it ends. */
export function checkConveningDates(d: ConveningDates): void {
  if (d.endsAt.getTime() <= d.startsAt.getTime()) throw fieldError('endsAt', 'The convening must end after it starts.');
  if (d.registrationDeadline.getTime() >= d.endsAt.getTime())
    throw fieldError('registrationDeadline', 'The registration deadline must be before the convening ends.');
}

/** A session ends after it starts and falls on the convening's days (in the venue's time zone). */
export function checkSessionTimes(
  session: { startsAt: Date; endsAt: Date },
  convening: { startsAt: Date; endsAt: Date; timeZone: string },
): void {
  if (session.endsAt.getTime() <= session.startsAt.getTime())
    throw fieldError('endsAt', 'The session must end after it starts.');
  const tz = convening.timeZone;
  if (
    wallDate(session.startsAt, tz) < wallDate(convening.startsAt, tz) ||
    wallDate(session.endsAt, tz) > wallDate(convening.endsAt, tz)
  ) {
    const first = dayLabel(convening.startsAt, tz);
    const last = dayLabel(convening.endsAt, tz);
    const days = first === last ? first : `${first} to ${last}`;
    throw fieldError('startsAt', `Sessions must take place during the convening (${days}).`);
  }
}
