import { activeLocale } from '../../lib/i18n/i18n';
import { intlLocale } from '../../lib/i18n/locales';

/** The period a coordinator looks at: a preset, or two calendar days of their own choosing. */
export const PERIOD_PRESETS = [
  { value: 'year', label: 'This school year' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: 'custom', label: 'Custom dates' },
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]['value'];

/** School years start on August 1. */
const SCHOOL_YEAR_START_MONTH = 7;

export interface ChosenPeriod {
  preset: PeriodPreset;
  /** First day, YYYY-MM-DD (inclusive). */
  firstDay: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  lastDay: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as YYYY-MM-DD. */
export function dayString(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function parseDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dayString(d) === day ? d : null;
}

export function isPreset(value: string): value is PeriodPreset {
  return PERIOD_PRESETS.some((p) => p.value === value);
}

/** The days a preset covers, up to and including today. */
export function presetDays(preset: Exclude<PeriodPreset, 'custom'>, today = new Date()): ChosenPeriod {
  const lastDay = dayString(today);
  if (preset === 'year') {
    const year = today.getMonth() >= SCHOOL_YEAR_START_MONTH ? today.getFullYear() : today.getFullYear() - 1;
    return { preset, firstDay: dayString(new Date(year, SCHOOL_YEAR_START_MONTH, 1)), lastDay };
  }
  const days = Number(preset);
  const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { preset, firstDay: dayString(first), lastDay };
}

/**
 * The period from the page's address (`period`, and `from`/`to` days for custom dates); this school
 * year when nothing (or nothing sensible) is there.
 */
export function periodFromParams(preset: string, from: string, to: string, today = new Date()): ChosenPeriod {
  if (preset === 'custom') return { preset, firstDay: from, lastDay: to };
  return presetDays(isPreset(preset) && preset !== 'custom' ? preset : 'year', today);
}

/** What the API takes: the first day's local midnight, and the local midnight after the last day. */
export function periodVariables(p: ChosenPeriod): { from: string; to: string } | null {
  const first = parseDay(p.firstDay);
  const last = parseDay(p.lastDay);
  if (!first || !last) return null;
  const end = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  return { from: first.toISOString(), to: end.toISOString() };
}

/** Problems with custom dates before asking the server (which checks again). */
export function customPeriodErrors(p: ChosenPeriod): { from?: string; to?: string } {
  const errors: { from?: string; to?: string } = {};
  const first = parseDay(p.firstDay);
  const last = parseDay(p.lastDay);
  if (!first) errors.from = 'Choose the first day of the period.';
  if (!last) errors.to = 'Choose the last day of the period.';
  if (first && last && last < first) errors.to = 'The last day must not be before the first day.';
  return errors;
}

/** "Aug 1, 2026 – Nov 22, 2026", in the reader's language. */
export function periodLabel(p: ChosenPeriod): string {
  const first = parseDay(p.firstDay);
  const last = parseDay(p.lastDay);
  if (!first || !last) return '';
  const dayFormat = new Intl.DateTimeFormat(intlLocale(activeLocale()), { dateStyle: 'medium' });
  return `${dayFormat.format(first)} – ${dayFormat.format(last)}`;
}
