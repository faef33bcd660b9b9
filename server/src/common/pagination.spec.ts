import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';

describe('pagination', () => {
  it('round-trips cursors', () => {
    expect(decodeCursor(encodeCursor(['ann', 'id-1']), 2)).toEqual(['ann', 'id-1']);
    expect(decodeCursor(null, 2)).toBeNull();
  });

  it('refuses tampered cursors with a clear input error', () => {
    expect(() => decodeCursor('not-base64-json', 2)).toThrow(/page link is not valid/);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(/page link is not valid/);
  });

  it('bounds page sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/between 1 and 100/);
    expect(() => pageSize(101)).toThrow(/between 1 and 100/);
  });
});
