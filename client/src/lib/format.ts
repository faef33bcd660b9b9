import { ROLE_LABELS, US_STATES, type NetworkRole } from '@switchback/shared';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Mar 3, 2026, 2:15 PM" in the reader's time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "Mar 3, 2026". */
export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
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

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

function zonedFormat(timeZone: string | undefined, withYear: boolean): Intl.DateTimeFormat {
  const key = `${timeZone ?? ''}|${withYear}`;
  let format = zonedFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      month: 'short',
      day: 'numeric',
      year: withYear ? 'numeric' : undefined,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    };
    try {
      format = new Intl.DateTimeFormat(undefined, { ...options, timeZone });
    } catch {
      // An unknown time zone: the reader's own.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    zonedFormats.set(key, format);
  }
  return format;
}

/** "Nov 21, 3:05 PM AKST" in the given time zone (the reader's when none); the year only when not this year. */
export function formatWhen(iso: string, timeZone?: string | null): string {
  const date = new Date(iso);
  const withYear = date.getFullYear() !== new Date().getFullYear();
  return zonedFormat(timeZone ?? undefined, withYear).format(date);
}

const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A calendar day stored as "2026-04-30" → "Apr 30, 2026" (no time zone shift). */
export function formatCalendarDate(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : calendarDate.format(date);
}
