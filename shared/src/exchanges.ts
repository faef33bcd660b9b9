/** Peer-feedback exchanges between classes of several schools: phases, limits and pseudonyms. */

export const EXCHANGE_PHASES = ['DRAFT', 'SUBMISSION', 'REVIEW', 'FEEDBACK', 'CLOSED'] as const;
export type ExchangePhase = (typeof EXCHANGE_PHASES)[number];

/** DOUBLE_BLIND: authors and reviewers see each other only as pseudonyms. REVIEWERS_ANONYMOUS: authors never learn who reviewed them. */
export const EXCHANGE_ANONYMITY = ['DOUBLE_BLIND', 'REVIEWERS_ANONYMOUS'] as const;
export type ExchangeAnonymity = (typeof EXCHANGE_ANONYMITY)[number];

export const EXCHANGE_CLASS_STATUSES = ['INVITED', 'JOINED'] as const;
export type ExchangeClassStatus = (typeof EXCHANGE_CLASS_STATUSES)[number];

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const EXCHANGE_LIMITS = {
  titleMax: 120,
  promptMax: 5000,
  essayMax: 20_000,
  reviewsMin: 1,
  reviewsMax: 6,
  reviewsDefault: 3,
} as const;

/** The phase after `phase`, or null when the exchange is closed. */
export function nextExchangePhase(phase: ExchangePhase): ExchangePhase | null {
  const i = EXCHANGE_PHASES.indexOf(phase);
  return i >= 0 && i < EXCHANGE_PHASES.length - 1 ? EXCHANGE_PHASES[i + 1] : null;
}

export interface ExchangeDates {
  submissionDueAt: Date;
  reviewDueAt: Date;
  feedbackReleaseAt: Date;
}

/**
 * The phases the dates move an exchange through, in order, by `now`: submissions close at the
 * submission deadline (→ REVIEW) and feedback is released at its date (→ FEEDBACK). Opening
 * (DRAFT → SUBMISSION) and closing (FEEDBACK → CLOSED) are the owning teacher's decisions.
 */
export function phasesDueByDates(phase: ExchangePhase, dates: ExchangeDates, now: Date): ExchangePhase[] {
  const steps: ExchangePhase[] = [];
  let current = phase;
  for (;;) {
    if (current === 'SUBMISSION' && now >= dates.submissionDueAt) current = 'REVIEW';
    else if (current === 'REVIEW' && now >= dates.feedbackReleaseAt) current = 'FEEDBACK';
    else return steps;
    steps.push(current);
  }
}

/** A message for dates out of order, or null when they are fine. */
export function checkExchangeDates(dates: ExchangeDates): { field: keyof ExchangeDates; message: string } | null {
  const valid = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());
  for (const field of ['submissionDueAt', 'reviewDueAt', 'feedbackReleaseAt'] as const) {
    if (!valid(dates[field])) return { field, message: 'Choose a date and time.' };
  }
  if (dates.reviewDueAt <= dates.submissionDueAt) {
    return { field: 'reviewDueAt', message: 'Reviews must be due after essays are due.' };
  }
  if (dates.feedbackReleaseAt < dates.reviewDueAt) {
    return { field: 'feedbackReleaseAt', message: 'Release feedback when reviews are due or later.' };
  }
  return null;
}

export const PSEUDONYM_ADJECTIVES = [
  'Amber',
  'Blue',
  'Bold',
  'Brave',
  'Bright',
  'Calm',
  'Clever',
  'Copper',
  'Coral',
  'Crimson',
  'Curious',
  'Gentle',
  'Golden',
  'Green',
  'Happy',
  'Hidden',
  'Indigo',
  'Jade',
  'Kind',
  'Lively',
  'Lucky',
  'Misty',
  'Nimble',
  'Olive',
  'Patient',
  'Quick',
  'Quiet',
  'Rapid',
  'Silver',
  'Sunny',
  'Swift',
  'Teal',
  'Tidy',
  'Velvet',
  'Violet',
  'Wandering',
  'Warm',
  'Wise',
  'Witty',
  'Young',
] as const;

export const PSEUDONYM_ANIMALS = [
  'Badger',
  'Bear',
  'Beaver',
  'Bison',
  'Caribou',
  'Crane',
  'Deer',
  'Dolphin',
  'Eagle',
  'Falcon',
  'Fox',
  'Hare',
  'Hawk',
  'Heron',
  'Ibex',
  'Jay',
  'Lynx',
  'Marmot',
  'Marten',
  'Moose',
  'Orca',
  'Osprey',
  'Otter',
  'Owl',
  'Puffin',
  'Quail',
  'Raven',
  'Robin',
  'Salmon',
  'Seal',
  'Sparrow',
  'Swan',
  'Trout',
  'Turtle',
  'Walrus',
  'Whale',
  'Wolf',
  'Wolverine',
  'Wren',
  'Yak',
] as const;

const COMBINATIONS = PSEUDONYM_ADJECTIVES.length * PSEUDONYM_ANIMALS.length;

/** A 32-bit integer hash, so that neighbouring seeds shuffle differently. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The `index`-th pseudonym of an exchange whose pseudonyms are shuffled by `seed`, e.g. "Blue
 * Heron". Distinct indexes give distinct pseudonyms (a permutation of adjective × animal; past
 * those, a number is added: "Blue Heron 2"), and the same seed and index always give the same one.
 */
export function pseudonymFor(seed: number, index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError('The index is a whole number from 0.');
  const h = mix(Math.trunc(seed));
  let step = (h % (COMBINATIONS - 1)) + 1;
  while (gcd(step, COMBINATIONS) !== 1) step++;
  const offset = mix(h) % COMBINATIONS;
  const round = Math.floor(index / COMBINATIONS);
  const n = (offset + step * (index % COMBINATIONS)) % COMBINATIONS;
  const name = `${PSEUDONYM_ADJECTIVES[n % PSEUDONYM_ADJECTIVES.length]} ${PSEUDONYM_ANIMALS[Math.floor(n / PSEUDONYM_ADJECTIVES.length)]}`;
  return round === 0 ? name : `${name} ${round + 1}`;
}

/** Words in an essay, for progress at a glance. */
export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/**
 * Whether a student's essay may be saved now. OPEN: before the deadline (resubmitting too). LATE:
 * after it and until reviews are due, if the exchange takes late essays, for an essay not submitted
 * yet. CLOSED otherwise, with the reason a student is told.
 */
export type EssayWindow =
  | { state: 'OPEN' | 'LATE' }
  | {
      state: 'CLOSED';
      reason: 'NOT_OPEN_YET' | 'WITH_REVIEWERS' | 'SUBMITTED_AFTER_DEADLINE' | 'DEADLINE_PASSED' | 'PHASE_CLOSED';
      /** When essays stopped being taken (for DEADLINE_PASSED). */
      closedAt: Date;
    };

export interface EssayWindowExchange extends ExchangeDates {
  phase: ExchangePhase;
  acceptLateEssays: boolean;
}

export function essayWindow(exchange: EssayWindowExchange, submitted: boolean, now: Date): EssayWindow {
  const { phase, submissionDueAt, reviewDueAt, acceptLateEssays } = exchange;
  const closedAt = acceptLateEssays ? reviewDueAt : submissionDueAt;
  const closed = (reason: Extract<EssayWindow, { state: 'CLOSED' }>['reason']): EssayWindow => ({
    state: 'CLOSED',
    reason,
    closedAt,
  });
  if (phase === 'DRAFT') return closed('NOT_OPEN_YET');
  if (phase === 'SUBMISSION' && now < submissionDueAt) return { state: 'OPEN' };
  const late =
    acceptLateEssays && (phase === 'SUBMISSION' || phase === 'REVIEW') && now >= submissionDueAt && now < reviewDueAt;
  if (late) {
    if (!submitted) return { state: 'LATE' };
    return closed(phase === 'REVIEW' ? 'WITH_REVIEWERS' : 'SUBMITTED_AFTER_DEADLINE');
  }
  return closed(now >= closedAt ? 'DEADLINE_PASSED' : 'PHASE_CLOSED');
}
