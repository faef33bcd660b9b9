import { describe, expect, it } from '@jest/globals';
import { addressDelaySeconds, decide, MAX_ADDRESS_DELAY_SECONDS, type BucketState } from './attempt-limits.js';

const settings = { accountLimit: 5, addressLimit: 30, windowMs: 15 * 60_000 };
const now = new Date('2026-03-02T09:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const bucket = (failures = 0, extra: Partial<BucketState> = {}): BucketState => ({
  failures,
  windowStartedAt: ago(60),
  nextAllowedAt: null,
  lastSuccessAt: null,
  ...extra,
});

describe('attempt limits', () => {
  it('refuses an account at one address after its limit, until the window ends', () => {
    expect(decide('sign-in', settings, bucket(4), bucket(4), bucket(4), now).admitted).toBe(true);
    const d = decide('sign-in', settings, bucket(5), bucket(5), bucket(5), now);
    expect(d).toEqual({ admitted: false, refusal: { scope: 'account', retryAfterSeconds: 14 * 60 } });
  });

  it('counts nothing from a window that has passed', () => {
    const old = bucket(50, { windowStartedAt: ago(16 * 60) });
    expect(decide('sign-in', settings, old, old, old, now).admitted).toBe(true);
  });

  it('stops a guesser spread over many addresses, but not a known address of the account', () => {
    const spread = bucket(20);
    expect(decide('sign-in', settings, bucket(0), spread, bucket(0), now)).toMatchObject({ admitted: false });
    const known = bucket(0, { lastSuccessAt: ago(86_400) });
    expect(decide('sign-in', settings, known, spread, bucket(0), now)).toMatchObject({ admitted: true, known: true });
  });

  it('spends one budget per target email on reset requests, whatever the address', () => {
    expect(decide('password-reset', settings, bucket(0), bucket(5), bucket(0), now)).toMatchObject({ admitted: false });
  });

  it('slows a busy shared address with a growing delay of at most a minute, never a wall', () => {
    expect(addressDelaySeconds(29, 30)).toBe(0);
    expect([30, 31, 32, 33].map((f) => addressDelaySeconds(f, 30))).toEqual([1, 2, 4, 8]);
    expect(addressDelaySeconds(10_000, 30)).toBe(MAX_ADDRESS_DELAY_SECONDS);

    // The 30th failure makes the next attempt wait a second.
    const reaching = decide('sign-in', settings, bucket(0), bucket(0), bucket(29), now);
    expect(reaching).toEqual({ admitted: true, known: false, addressNextAllowedAt: new Date(now.getTime() + 1000) });
    // While waiting, attempts are refused with the seconds left, not the whole window.
    const busy = bucket(500, { nextAllowedAt: new Date(now.getTime() + 42_000) });
    expect(decide('sign-in', settings, bucket(0), bucket(0), busy, now)).toEqual({
      admitted: false,
      refusal: { scope: 'address', retryAfterSeconds: 42 },
    });
    // Once the time has come, the next attempt goes through (and the one after waits the longest).
    const due = bucket(500, { nextAllowedAt: ago(1) });
    expect(decide('sign-in', settings, bucket(0), bucket(0), due, now)).toEqual({
      admitted: true,
      known: false,
      addressNextAllowedAt: new Date(now.getTime() + MAX_ADDRESS_DELAY_SECONDS * 1000),
    });
    // A known device at that address is not slowed at all.
    const known = bucket(0, { lastSuccessAt: ago(3600) });
    expect(decide('sign-in', settings, known, bucket(0), busy, now)).toMatchObject({ admitted: true });
  });
});
