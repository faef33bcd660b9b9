import { describe, expect, it } from '@jest/globals';
import { adaptedFromLine, lineageByline } from './unit-lineage.js';

describe('lineage credits', () => {
  it('names every original author with their school, then the group', () => {
    const ana = { name: 'Ana Alvarez', school: 'Tok School' };
    const bo = { name: 'Bo Berg', school: null };
    const cy = { name: 'Cy Cole', school: 'Lyle High School' };
    expect(lineageByline([ana], 'Science')).toBe('Ana Alvarez (Tok School) in Science');
    expect(lineageByline([ana, bo], 'Science')).toBe('Ana Alvarez (Tok School) and Bo Berg in Science');
    expect(lineageByline([ana, bo, cy], 'Science')).toBe(
      'Ana Alvarez (Tok School), Bo Berg and Cy Cole (Lyle High School) in Science',
    );
  });

  it('falls back to the group when no author is known, and makes the whole line', () => {
    expect(lineageByline([], 'Science')).toBe('Science');
    expect(adaptedFromLine('Salmon runs', 'Science')).toBe('Adapted from “Salmon runs” by Science');
  });
});
