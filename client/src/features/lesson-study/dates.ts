import { formatCalendarDate } from '../../lib/format';

/** Today's date (YYYY-MM-DD) on the reader's own calendar. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "Dec 8 – Dec 12, 2026 · ends today": days as planned, read against today on the reader's calendar. */
export function datesText(startsOn: string | null, endsOn: string | null, today: string): string {
  if (!startsOn && !endsOn) return 'No dates yet';
  const span = [startsOn, endsOn]
    .filter((d): d is string => !!d)
    .map(formatCalendarDate)
    .join(' – ');
  if (endsOn && endsOn < today) return `${span} · past`;
  if (endsOn === today) return `${span} · ends today`;
  return span;
}
