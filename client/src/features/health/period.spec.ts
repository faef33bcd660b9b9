import { describe, expect, it } from '@jest/globals';
import { customPeriodErrors, periodFromParams, periodVariables, presetDays } from './period';

describe('health period', () => {
  const today = new Date(2026, 10, 22, 15, 30);

  it('presets end today and start where they say', () => {
    expect(presetDays('year', today)).toEqual({ preset: 'year', firstDay: '2026-08-01', lastDay: '2026-11-22' });
    expect(presetDays('year', new Date(2027, 2, 3))).toMatchObject({ firstDay: '2026-08-01', lastDay: '2027-03-03' });
    expect(presetDays('30', today)).toMatchObject({ firstDay: '2026-10-24', lastDay: '2026-11-22' });
    expect(presetDays('90', today)).toMatchObject({ firstDay: '2026-08-25' });
  });

  it('unknown presets fall back to the school year; custom keeps the chosen days', () => {
    expect(periodFromParams('', '', '', today).preset).toBe('year');
    expect(periodFromParams('weird', '', '', today).preset).toBe('year');
    expect(periodFromParams('custom', '2026-09-01', '2026-09-30', today)).toEqual({
      preset: 'custom',
      firstDay: '2026-09-01',
      lastDay: '2026-09-30',
    });
  });

  it('sends local midnights, the end the midnight after the last day', () => {
    const v = periodVariables({ preset: 'custom', firstDay: '2026-09-01', lastDay: '2026-09-30' })!;
    expect(new Date(v.from).getTime()).toBe(new Date(2026, 8, 1).getTime());
    expect(new Date(v.to).getTime()).toBe(new Date(2026, 9, 1).getTime());
    expect(periodVariables({ preset: 'custom', firstDay: '2026-02-30', lastDay: '2026-03-01' })).toBeNull();
  });

  it('custom dates must both be there, in order', () => {
    expect(customPeriodErrors({ preset: 'custom', firstDay: '', lastDay: '2026-09-01' })).toEqual({
      from: 'Choose the first day of the period.',
    });
    expect(customPeriodErrors({ preset: 'custom', firstDay: '2026-09-02', lastDay: '2026-09-01' })).toEqual({
      to: 'The last day must not be before the first day.',
    });
    expect(customPeriodErrors({ preset: 'custom', firstDay: '2026-09-01', lastDay: '2026-09-01' })).toEqual({});
  });
});
