import { describe, expect, it } from '@jest/globals';
import { COMMON_TIME_ZONES, isValidTimeZone, US_STATES } from './schools.js';

describe('time zones', () => {
  it('accepts IANA names, including every zone offered first in pickers', () => {
    for (const tz of COMMON_TIME_ZONES) expect(isValidTimeZone(tz)).toBe(true);
  });

  it('refuses made-up, empty and oversized names', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('America/' + 'x'.repeat(80))).toBe(false);
  });
});

describe('states', () => {
  it('lists the states of the networks this is modelled on', () => {
    for (const code of ['AK', 'ID', 'MT', 'OR', 'WA']) expect(US_STATES[code]).toBeTruthy();
    expect(Object.keys(US_STATES)).toHaveLength(51);
  });
});
