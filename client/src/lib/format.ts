import { ROLE_LABELS, US_STATES, type NetworkRole } from '@switchback/shared';
// Not './i18n' (its index brings React): plain modules, so node specs can import this file.
import { activeLocale } from './i18n/i18n';
import { intlLocale, PSEUDO_LOCALE } from './i18n/locales';
import { pseudo } from './i18n/pseudo';

// Dates and numbers are written in the reader's language (lib/i18n): "Mar 3, 2026" / "3 mar 2026".
// Formatters are cached per language and options; in the pseudo-locale (tests) the results are marked.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: (locale: string) => F): F {
  const locale = activeLocale();
  const id = `${locale}|${key}`;
  let format = formats.get(id) as F | undefined;
  if (!format) {
    format = make(intlLocale(locale));
    formats.set(id, format);
  }
  return format;
}

/** Formatted text in the pseudo-locale is accented and bracketed like its messages. */
function localized(text: string): string {
  return activeLocale() === PSEUDO_LOCALE ? pseudo(text) : text;
}

const dateFormat = (key: string, options: Intl.DateTimeFormatOptions) =>
  cached(key, (locale) => new Intl.DateTimeFormat(locale, options));

/** "Mar 3, 2026, 2:15 PM" / "3 mar 2026, 2:15 p.m." in the reader's time zone. */
export function formatDateTime(iso: string): string {
  return localized(dateFormat('dateTime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)));
}

/** "Mar 3, 2026" / "3 mar 2026". */
export function formatDate(iso: string): string {
  return localized(dateFormat('date', { dateStyle: 'medium' }).format(new Date(iso)));
}

/** "1,234" / "1,234.5" with the reader's separators. */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `number|${JSON.stringify(options)}`;
  return localized(cached(key, (locale) => new Intl.NumberFormat(locale, options)).format(n));
}

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as NetworkRole] ?? role;
}

/** "K" → "Kindergarten", "7" → "Grade 7". */
export function gradeLabel(grade: string): string {
  return grade === 'K' ? 'Kindergarten' : `Grade ${grade}`;
}

/** "K, 1–3, 9–12" style summary of a list of grades. */
export function gradesSummary(grades: readonly string[]): string {
  if (!grades.length) return '';
  const nums = grades.map((g) => (g === 'K' ? 0 : Number(g))).sort((a, b) => a - b);
  const parts: string[] = [];
  let start = nums[0];
  let prev = nums[0];
  const name = (n: number) => (n === 0 ? 'K' : String(n));
  for (const n of [...nums.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? name(start) : `${name(start)}–${name(prev)}`);
    start = n;
    prev = n;
  }
  return `Grades ${parts.join(', ')}`;
}

export function stateName(code: string): string {
  return US_STATES[code] ?? code;
}

/** "Chicago (America/Chicago)" → a readable time zone name. */
export function timeZoneLabel(tz: string): string {
  const city = tz.split('/').pop()?.replace(/_/g, ' ') ?? tz;
  return `${city} (${tz})`;
}

/** Pluralises simple English nouns: plural(3, 'school') → "3 schools". */
export function plural(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}

const ROLE_PLURALS: Record<NetworkRole, string> = {
  COORDINATOR: 'network coordinators',
  ADMINISTRATOR: 'principals and administrators',
  TEACHER: 'teachers',
  STUDENT: 'students',
};

/** "network coordinators", "teachers", … for sentences. */
export function rolePlural(role: NetworkRole): string {
  return ROLE_PLURALS[role];
}

/** "a teacher", "a network coordinator", "a principal / administrator" for sentences. */
export function roleWithArticle(role: string): string {
  return `a ${roleLabel(role).toLowerCase()}`;
}

function zonedFormat(timeZone: string | undefined, withYear: boolean): Intl.DateTimeFormat {
  return cached(`zoned|${timeZone ?? ''}|${withYear}`, (locale) => {
    const options: Intl.DateTimeFormatOptions = {
      month: 'short',
      day: 'numeric',
      year: withYear ? 'numeric' : undefined,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    };
    try {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      // An unknown time zone: the reader's own.
      return new Intl.DateTimeFormat(locale, options);
    }
  });
}

/** "Nov 21, 3:05 PM AKST" in the given time zone (the reader's when none); the year only when not this year. */
export function formatWhen(iso: string, timeZone?: string | null): string {
  const date = new Date(iso);
  const withYear = date.getFullYear() !== new Date().getFullYear();
  return localized(zonedFormat(timeZone ?? undefined, withYear).format(date));
}

/** A calendar day stored as "2026-04-30" → "Apr 30, 2026" / "30 abr 2026" (no time zone shift). */
export function formatCalendarDate(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return localized(dateFormat('calendar', { dateStyle: 'medium', timeZone: 'UTC' }).format(date));
}
