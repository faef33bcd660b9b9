import { describe, expect, it } from '@jest/globals';
import { alphaMeaning, alphaText, cellsToAgree, firstUnscoredIndex, percent, scoredEssays } from './agreement';

const rubric = { criteria: [{ id: 'a' }, { id: 'b' }] } as never;
const essay = (id: string, position: number, scored: string[], agreed: string[] = []) => ({
  id,
  position,
  myScores: scored.map((criterionId) => ({ criterionId, points: 1 })),
  agreed: agreed.map((criterionId) => ({ criterionId })),
});

describe('calibration figures in words', () => {
  it('shows shares as whole percents and missing figures as a dash', () => {
    expect(percent(0.6667)).toBe('67%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
    expect(percent(null)).toBe('—');
  });

  it('shows alpha with two decimals and a real minus sign, and says what it means', () => {
    expect(alphaText(0.8123)).toBe('0.81');
    expect(alphaText(-0.1)).toBe('−0.10');
    expect(alphaText(-0.001)).toBe('0.00');
    expect(alphaText(undefined)).toBe('—');
    expect(alphaMeaning(0.85)).toBe('strong agreement');
    expect(alphaMeaning(0.7)).toBe('fair agreement');
    expect(alphaMeaning(0.2)).toMatch(/weak/);
    expect(alphaMeaning(null)).toMatch(/not enough/);
  });
});

describe("the viewer's progress", () => {
  const round = {
    rubric,
    essays: [essay('e2', 2, ['a']), essay('e1', 1, ['a', 'b'], ['a', 'b']), essay('e3', 3, [], ['a'])],
  } as never;

  it('counts essays scored on every criterion, and finds the first one left (in position order)', () => {
    expect(scoredEssays(round)).toBe(1);
    expect(firstUnscoredIndex(round)).toBe(1);
  });

  it('stays on the last essay when every essay is scored', () => {
    const done = { rubric, essays: [essay('e1', 1, ['a', 'b']), essay('e2', 2, ['b', 'a'])] } as never;
    expect(scoredEssays(done)).toBe(2);
    expect(firstUnscoredIndex(done)).toBe(1);
  });

  it('counts the cells still to agree', () => {
    expect(cellsToAgree(round)).toBe(3);
  });
});
