/** "Wed, Oct 14, 2026" in the venue's zone. */
export { venueDayLabel as dayLabel } from '@switchback/shared';

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
