/** Dates of the to-do in the person's time zone: their school's (or the one their browser gave). */
import { intlLocale, studentTexts } from '../i18n/student-texts.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string, options: Intl.DateTimeFormatOptions, locale = 'en'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/** Whether the name is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  const parts = format(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const DAY_MS = 86_400_000;

/** The day after a YYYY-MM-DD day. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * When, in words, on the person's clock: "today, 5:00 PM AKST", "tomorrow, 9:00 AM PST",
 * "Fri, Dec 11, 5:00 PM MST" (with the year when it is not this year's).
 */
export function whenText(instant: Date, timeZone: string, now: Date, locale = 'en'): string {
  const time = format(timeZone, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }, locale).format(instant);
  const day = localDay(instant, timeZone);
  const today = localDay(now, timeZone);
  const words = studentTexts(locale);
  if (day === today) return `${words.today}, ${time}`;
  if (day === nextDay(today)) return `${words.tomorrow}, ${time}`;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const date = format(
    timeZone,
    { weekday: 'short', month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) },
    locale,
  ).format(instant);
  return `${date}, ${time}`;
}
