import { describe, expect, it } from '@jest/globals';
import { safeFilename, toCsv } from './files.js';

describe('safeFilename', () => {
  it('keeps letters and digits, drops accents, and never leaves a path, quote or control character', () => {
    expect(safeFilename('Río "Norte" / ../unit\n1', 'md')).toBe('Rio-Norte-unit-1.md');
    expect(safeFilename('Fall exchange', 'csv', { suffix: '-results' })).toBe('Fall-exchange-results.csv');
  });

  it('names the file by the fallback when nothing of the title is left', () => {
    expect(safeFilename('¿¡!?', 'ics', { fallback: 'convening' })).toBe('convening.ics');
    expect(safeFilename('', 'csv')).toBe('download.csv');
  });

  it('cuts long titles to 80 characters without a trailing dash, and keeps the suffix whole', () => {
    const name = safeFilename(`${'a'.repeat(79)} b`, 'csv', { suffix: '-health-2026-09-01-to-2026-10-01' });
    expect(name).toBe(`${'a'.repeat(79)}-health-2026-09-01-to-2026-10-01.csv`);
  });
});

describe('toCsv', () => {
  it('defuses formulas in text, keeps negative numbers, and writes empty cells for no value', () => {
    const csv = toCsv([
      ['name', 'score', 'note'],
      ['=cmd|calc', -1, null],
      ['@SUM(A1)', 2.5, '-2 points'],
      ['+1', 0, undefined],
    ]);
    expect(csv).toBe("name,score,note\n'=cmd|calc,-1,\n'@SUM(A1),2.5,'-2 points\n'+1,0,\n");
  });

  it('quotes commas and quotes, and starts with a byte-order mark when asked', () => {
    expect(toCsv([['Río "Norte", Alaska']], { bom: true })).toBe('\uFEFF"Río ""Norte"", Alaska"\n');
  });
});
