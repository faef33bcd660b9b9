import { describe, expect, it } from '@jest/globals';
import { gradeBandsOf } from './groups.js';

describe('gradeBandsOf', () => {
  it('maps grade levels to the bands they touch', () => {
    expect(gradeBandsOf(['9', '10', '11', '12'])).toEqual(['9-12']);
    expect(gradeBandsOf(['7', '8', '9'])).toEqual(['6-8', '9-12']);
    expect(gradeBandsOf(['K'])).toEqual(['K-2']);
    expect(gradeBandsOf([])).toEqual([]);
  });
});
