import { describe, expect, it } from '@jest/globals';
import { isSafeLink, normalizeLink } from './links';

describe('normalizeLink', () => {
  it('keeps web and email addresses and completes the usual shorthands', () => {
    expect(normalizeLink(' https://example.org/a?b=1 ')).toBe('https://example.org/a?b=1');
    expect(normalizeLink('http://example.org')).toBe('http://example.org');
    expect(normalizeLink('mailto:ana@school.org')).toBe('mailto:ana@school.org');
    expect(normalizeLink('ana@school.org')).toBe('mailto:ana@school.org');
    expect(normalizeLink('school.org/science')).toBe('https://school.org/science');
  });

  it('refuses anything else', () => {
    for (const bad of [
      '',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'ftp://x.org',
      'not a link',
      'mailto:nobody',
    ]) {
      expect(normalizeLink(bad)).toBeNull();
    }
    expect(isSafeLink('javascript:alert(1)')).toBe(false);
    expect(isSafeLink('vbscript:x')).toBe(false);
    expect(isSafeLink('https://example.org')).toBe(true);
  });
});
