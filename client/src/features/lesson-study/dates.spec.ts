import { describe, expect, it } from '@jest/globals';
import { datesText, todayIn } from './dates';

describe('phase dates', () => {
  // 07:30 UTC on Dec 10 is still Dec 9 in Anchorage (22:30) but already Dec 10 in Denver (00:30).
  const now = new Date('2026-12-10T07:30:00Z');

  it("judges today on the reader's own calendar", () => {
    expect(todayIn('America/Anchorage', now)).toBe('2026-12-09');
    expect(todayIn('America/Denver', now)).toBe('2026-12-10');
  });

  it('says when a phase ends today or is past, for the same planned days', () => {
    const anchorage = datesText('2026-12-07', '2026-12-09', todayIn('America/Anchorage', now));
    const denver = datesText('2026-12-07', '2026-12-09', todayIn('America/Denver', now));
    expect(anchorage).toMatch(/Dec 7, 2026 – Dec 9, 2026 · ends today$/);
    expect(denver).toMatch(/ · past$/);
    expect(datesText(null, null, '2026-12-10')).toBe('No dates yet');
  });
});
