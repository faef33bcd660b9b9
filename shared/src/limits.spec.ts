import { describe, expect, it } from '@jest/globals';
import {
  formatJoinCode,
  hasInvisibleControls,
  JOIN_CODE_ALPHABET,
  normalizeJoinCode,
  usableName,
  USERNAME_PATTERN,
} from './limits.js';

describe('join codes', () => {
  it('normalizes what a student types: case, spaces and dashes do not matter', () => {
    expect(normalizeJoinCode(' hk3m-q7rt ')).toBe('HK3MQ7RT');
    expect(normalizeJoinCode('HK3M Q7RT')).toBe('HK3MQ7RT');
  });

  it('formats a code in two groups of four for reading aloud', () => {
    expect(formatJoinCode('HK3MQ7RT')).toBe('HK3M-Q7RT');
    expect(formatJoinCode('SHORT')).toBe('SHORT');
  });

  it('has no look-alike characters in the alphabet', () => {
    for (const c of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });
});

describe('usernames', () => {
  it('allows letters, digits, dot, dash and underscore only', () => {
    expect(USERNAME_PATTERN.test('tok.student_1-a')).toBe(true);
    expect(USERNAME_PATTERN.test('has space')).toBe(false);
    expect(USERNAME_PATTERN.test('émile')).toBe(false);
  });
});

describe('hasInvisibleControls', () => {
  it('refuses bidi overrides, isolates, marks and invisible separators', () => {
    for (const c of ['\u202E', '\u202A', '\u2066', '\u2069', '\u200F', '\u200B', '\uFEFF', '\u0007', '\n']) {
      expect(hasInvisibleControls(`Ann${c}Lee`)).toBe(true);
    }
  });

  it('keeps names in any script, with accents, joiners and emoji', () => {
    for (const name of ['Zoë Ñúñez', 'محمد علی', 'می‌خواهم', 'Άννα', '李小龍', 'Ngāti 👩‍🏫', "O'Brien-Smith"]) {
      expect(hasInvisibleControls(name)).toBe(false);
    }
  });
});

describe('names sent by outside systems', () => {
  it('keeps a name as it reads, without the characters that could disguise it', () => {
    expect(usableName('  Dana   Student ')).toBe('Dana Student');
    expect(usableName('Eve\u202E Elm')).toBe('Eve Elm');
    expect(usableName('Ann\u200B\u0007a')).toBe('Anna');
    expect(hasInvisibleControls(usableName('x\u2066y\u2069z')!)).toBe(false);
  });

  it('cuts a long name to the limit and gives null when nothing usable is left', () => {
    expect(usableName('x'.repeat(300))).toHaveLength(120);
    expect(usableName('\u202E\u200B ')).toBeNull();
    expect(usableName('')).toBeNull();
    expect(usableName(null)).toBeNull();
    expect(usableName(undefined)).toBeNull();
  });
});
