import { badInput, type FieldErrors } from '../common/errors.js';

/** The longest period the health figures cover: two school years. */
export const HEALTH_PERIOD_MAX_DAYS = 731;

export interface HealthPeriod {
  /** Inclusive start. */
  from: Date;
  /** Exclusive end. */
  to: Date;
}

/** A whole ISO 8601 date ("2026-09-01") or date-time with a zone ("2026-09-01T07:00:00Z"). */
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

function parse(value: unknown): Date | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!ISO.test(text)) return null;
  const d = new Date(text);
  // JavaScript rolls "2026-02-30" over to March: the calendar day must survive the round trip.
  const [y, m, day] = text.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(y, m - 1, day));
  if (Number.isNaN(d.getTime()) || calendar.getUTCMonth() !== m - 1 || calendar.getUTCDate() !== day) return null;
  return d;
}

/**
 * Checks the period a coordinator asked for: two valid dates, `from` before `to`, at most two
 * years long, and started already. Bad values get messages shown next to the date fields.
 */
export function parseHealthPeriod(fromValue: unknown, toValue: unknown, now = new Date()): HealthPeriod {
  const from = parse(fromValue);
  const to = parse(toValue);
  const errors: FieldErrors = {};
  if (!from) errors.from = 'Choose the first day of the period.';
  if (!to) errors.to = 'Choose the last day of the period.';
  if (from && to) {
    if (from.getTime() >= to.getTime()) errors.to = 'The period must end after it starts.';
    else if (to.getTime() - from.getTime() > HEALTH_PERIOD_MAX_DAYS * 86400_000)
      errors.to = 'Choose a period of at most two years.';
    else if (from.getTime() > now.getTime()) errors.from = 'Choose a period that has already started.';
  }
  const messages = Object.values(errors);
  if (messages.length) throw badInput(messages.length === 1 ? messages[0] : 'Check the dates of the period.', errors);
  return { from: from!, to: to! };
}
