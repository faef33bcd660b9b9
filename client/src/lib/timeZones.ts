import { COMMON_TIME_ZONES, instantToWallTime, wallTimeToInstant } from '@switchback/shared';
import { timeZoneLabel } from './format';

interface Group {
  group: string;
  items: { value: string; label: string }[];
}

let cached: Group[] | null = null;

/** Time zone choices: the common US ones first, then every zone this browser knows. */
export function timeZoneOptions(): Group[] {
  if (cached) return cached;
  const common = new Set<string>(COMMON_TIME_ZONES);
  let all: string[];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    all = [];
  }
  cached = [
    { group: 'Common in the US', items: COMMON_TIME_ZONES.map((tz) => ({ value: tz, label: timeZoneLabel(tz) })) },
    {
      group: 'All time zones',
      items: all.filter((tz) => !common.has(tz)).map((tz) => ({ value: tz, label: timeZoneLabel(tz) })),
    },
  ];
  return cached;
}

/** The reader's own time zone. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A datetime-local value ("2026-10-14T09:00") showing the instant in the zone. */
export function toWallInput(iso: string, timeZone: string): string {
  return instantToWallTime(new Date(iso), timeZone);
}

/** The ISO instant of a datetime-local value read in the zone, or null when it is not a time. */
export function fromWallInput(value: string, timeZone: string): string | null {
  return wallTimeToInstant(value, timeZone)?.toISOString() ?? null;
}
