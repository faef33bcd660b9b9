/**
 * The rules of the attempt limiter, as plain functions of the counters (no database), so that they
 * can be read in one place and tested quickly. See docs/security.md.
 */

/** What is limited. Each action has its own counters; the rules are the same. */
export type LimitedAction = 'sign-in' | 'invitation' | 'password-reset' | 'class-join';

export interface LimitSettings {
  /** SIGN_IN_ACCOUNT_LIMIT: failures of one account from one address per window. */
  accountLimit: number;
  /** SIGN_IN_IP_LIMIT: failures from one address (all accounts) per window before delays start. */
  addressLimit: number;
  /** SIGN_IN_WINDOW_MINUTES. */
  windowMs: number;
}

/** Across all addresses, an account takes this many times its per-address limit from unknown addresses. */
export const ACCOUNT_SPREAD: Record<LimitedAction, number> = {
  'sign-in': 4,
  invitation: 4,
  'class-join': 4,
  // Every reset request sends an email: one budget per target account, wherever the requests come from.
  'password-reset': 1,
};

/** An address where the account signed in successfully within this many days is "known". */
export const KNOWN_ADDRESS_DAYS = 30;
/** The longest delay a busy shared address (a school behind one NAT) waits between attempts. */
export const MAX_ADDRESS_DELAY_SECONDS = 60;

export interface BucketState {
  failures: number;
  windowStartedAt: Date;
  nextAllowedAt: Date | null;
  lastSuccessAt: Date | null;
}

export type Refusal = { scope: 'account' | 'address'; retryAfterSeconds: number };

export type Decision =
  { admitted: true; known: boolean; addressNextAllowedAt: Date | null } | { admitted: false; refusal: Refusal };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Failures that still count at `now` (a bucket whose window has passed counts none). */
export function liveFailures(b: BucketState, now: Date, windowMs: number): number {
  return b.windowStartedAt.getTime() > now.getTime() - windowMs ? b.failures : 0;
}

/** Seconds an address waits after its `failures`-th failure once over its limit: 1, 2, 4 … 60. */
export function addressDelaySeconds(failures: number, addressLimit: number): number {
  if (failures < addressLimit) return 0;
  return Math.min(2 ** Math.min(failures - addressLimit, 10), MAX_ADDRESS_DELAY_SECONDS);
}

/**
 * Decides one attempt from the three counters of its action:
 * - pair (this account from this address): a hard limit, until the window ends; it only ever
 *   stops whoever keeps failing at that address, never the owner elsewhere;
 * - account (from every address): stops a guesser spread over many addresses, but not an address
 *   where the account signed in before (a known device keeps working);
 * - address (every account from this address): over its limit, attempts are spaced out by a delay
 *   that grows to at most a minute; a school behind one address is slowed, never walled off, and
 *   its known devices are not slowed at all.
 */
export function decide(
  action: LimitedAction,
  s: LimitSettings,
  pair: BucketState,
  account: BucketState,
  address: BucketState,
  now: Date,
): Decision {
  const t = now.getTime();
  const windowLeft = (b: BucketState) => seconds(b.windowStartedAt.getTime() + s.windowMs - t);
  const known = pair.lastSuccessAt !== null && pair.lastSuccessAt.getTime() > t - KNOWN_ADDRESS_DAYS * 86_400_000;
  if (liveFailures(pair, now, s.windowMs) >= s.accountLimit) {
    return { admitted: false, refusal: { scope: 'account', retryAfterSeconds: windowLeft(pair) } };
  }
  if (!known && liveFailures(account, now, s.windowMs) >= s.accountLimit * ACCOUNT_SPREAD[action]) {
    return { admitted: false, refusal: { scope: 'account', retryAfterSeconds: windowLeft(account) } };
  }
  const addressFailures = liveFailures(address, now, s.windowMs);
  if (!known && addressFailures >= s.addressLimit && address.nextAllowedAt && address.nextAllowedAt.getTime() > t) {
    return {
      admitted: false,
      refusal: { scope: 'address', retryAfterSeconds: seconds(address.nextAllowedAt.getTime() - t) },
    };
  }
  // This attempt counts as a failure until it succeeds; past the limit, the next one waits.
  const delay = addressDelaySeconds(addressFailures + 1, s.addressLimit);
  return { admitted: true, known, addressNextAllowedAt: delay > 0 ? new Date(t + delay * 1000) : null };
}

/** "45 seconds", "15 minutes". */
export function waitText(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 90) return `${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'second' : 'seconds'}`;
  return `${Math.ceil(retryAfterSeconds / 60)} minutes`;
}

/** The message a person sees when an attempt is refused. */
export function refusalMessage(action: LimitedAction, r: Refusal): string {
  const wait = waitText(r.retryAfterSeconds);
  if (r.scope === 'address') {
    return `Too many failed attempts from this network connection. Wait ${wait} and try again.`;
  }
  switch (action) {
    case 'sign-in':
      return `Too many failed sign-in attempts for this account. Wait ${wait} and try again, or reset your password.`;
    case 'password-reset':
      return `Too many password reset requests for this email. Wait ${wait}, and check your inbox (and spam folder) for a link we already sent.`;
    case 'invitation':
      return `Too many attempts to accept this invitation. Wait ${wait} and try again.`;
    case 'class-join':
      return `Too many attempts to join with this code. Wait ${wait}, and check the code with your teacher.`;
  }
}
