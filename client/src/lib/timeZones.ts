import { COMMON_TIME_ZONES } from '@switchback/shared';
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
