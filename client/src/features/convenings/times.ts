import { wallDate } from '@switchback/shared';
import { activeLocale } from '../../lib/i18n/i18n';
import { intlLocale } from '../../lib/i18n/locales';

// The generic wall-clock helpers live in lib/timeZones.ts; convening screens import them from here too.
export { fromWallInput, toWallInput, viewerTimeZone } from '../../lib/timeZones';

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // In the reader's language (docs/i18n.md).
  const locale = intlLocale(activeLocale());
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/** "9:00 AM" in the zone. */
export function clock(iso: string, timeZone: string): string {
  return fmt(timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "AKDT" (or "GMT-8") for the zone at that moment. */
export function zoneName(iso: string, timeZone: string): string {
  const part = fmt(timeZone, { hour: 'numeric', timeZoneName: 'short' })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "9:00 AM – 10:00 AM AKDT" in the zone. */
export function timeRange(startIso: string, endIso: string, timeZone: string): string {
  const sameDay = wallDate(new Date(startIso), timeZone) === wallDate(new Date(endIso), timeZone);
  const end = sameDay ? clock(endIso, timeZone) : `${dayLabel(endIso, timeZone)} ${clock(endIso, timeZone)}`;
  return `${clock(startIso, timeZone)} – ${end} ${zoneName(startIso, timeZone)}`;
}

/** "Wed, Oct 14" in the zone. */
export function dayLabel(iso: string, timeZone: string): string {
  return fmt(timeZone, { weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(iso));
}

/** "Wed, Oct 14, 2026, 9:00 AM AKDT" in the zone. */
export function momentLabel(iso: string, timeZone: string): string {
  return fmt(timeZone, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** The calendar day of an instant in the zone ("2026-10-14"), for grouping the agenda. */
export function dayKey(iso: string, timeZone: string): string {
  return wallDate(new Date(iso), timeZone);
}
