import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { parseHealthPeriod } from './health-period.js';

const NOW = new Date('2026-11-22T12:00:00Z');

function failure(from: unknown, to: unknown) {
  try {
    parseHealthPeriod(from, to, NOW);
  } catch (err) {
    return (err as GraphQLError).extensions;
  }
  throw new Error('expected a refusal');
}

describe('parseHealthPeriod', () => {
  it('accepts dates and date-times with a zone, end exclusive', () => {
    expect(parseHealthPeriod('2026-09-01', '2026-10-01T00:00:00-08:00', NOW)).toEqual({
      from: new Date('2026-09-01T00:00:00Z'),
      to: new Date('2026-10-01T08:00:00Z'),
    });
  });

  it('refuses missing, malformed and zone-less values with field messages', () => {
    expect(failure('', 'yesterday')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: { from: 'Choose the first day of the period.', to: 'Choose the last day of the period.' },
    });
    expect(failure('2026-09-01T10:00', '2026-10-01')).toMatchObject({ fieldErrors: { from: expect.any(String) } });
    expect(failure('2026-02-30', '2026-10-01')).toMatchObject({ fieldErrors: { from: expect.any(String) } });
  });

  it('refuses an end before the start, more than two years, and a period in the future', () => {
    expect(failure('2026-10-01', '2026-10-01')).toMatchObject({
      fieldErrors: { to: 'The period must end after it starts.' },
    });
    expect(failure('2023-09-01', '2026-10-01')).toMatchObject({
      fieldErrors: { to: 'Choose a period of at most two years.' },
    });
    expect(failure('2026-12-01', '2027-01-01')).toMatchObject({
      fieldErrors: { from: 'Choose a period that has already started.' },
    });
  });
});
