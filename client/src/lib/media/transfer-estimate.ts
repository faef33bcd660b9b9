/**
 * Speed and time left of a transfer, smoothed so the numbers a teacher reads do not jump about on a
 * link that delivers in bursts (a rural uplink, a tus upload sending one chunk at a time).
 *
 * The speed is an exponentially weighted moving average of the rate between progress events, with a
 * time constant (not a per-sample weight), so it behaves the same whether events come every 50 ms or
 * every 5 s. Bytes that were already on the server when the upload resumed are not counted as speed.
 */

export interface TransferEstimate {
  /** Smoothed bytes per second, or null until there is enough to say. */
  bytesPerSecond: number | null;
  /** Seconds until done at that speed, or null while unknown. */
  secondsLeft: number | null;
}

export interface TransferSample {
  /** Bytes confirmed sent so far (from the start of the file). */
  sent: number;
  /** When, in milliseconds (any monotonic clock). */
  at: number;
}

/** How quickly older speed readings fade: after this long, a reading weighs 1/e of what it did. */
export const SPEED_TIME_CONSTANT_MS = 5_000;
/** Readings closer together than this are merged with the next one (too short to be a rate). */
const MIN_INTERVAL_MS = 200;

export class TransferEstimator {
  private last: TransferSample | null = null;
  private speed: number | null = null;
  private elapsedMs = 0;

  constructor(
    private readonly total: number,
    private readonly timeConstantMs = SPEED_TIME_CONSTANT_MS,
  ) {}

  /** The first sample after a (re)start: no rate from the bytes already there. */
  start(sample: TransferSample): void {
    this.last = sample;
  }

  /** Records progress; returns the estimate after it. */
  update(sample: TransferSample): TransferEstimate {
    if (!this.last) {
      this.start(sample);
      return this.estimate(sample.sent);
    }
    const dt = sample.at - this.last.at;
    if (dt < MIN_INTERVAL_MS) return this.estimate(sample.sent);
    const rate = (Math.max(0, sample.sent - this.last.sent) * 1000) / dt;
    if (this.speed === null) this.speed = rate;
    else {
      const weight = 1 - Math.exp(-dt / this.timeConstantMs);
      this.speed = this.speed + weight * (rate - this.speed);
    }
    this.elapsedMs += dt;
    this.last = sample;
    return this.estimate(sample.sent);
  }

  /** After a pause or a dropped connection: the next sample starts a new interval (speed kept). */
  pause(): void {
    this.last = null;
  }

  private estimate(sent: number): TransferEstimate {
    // Half a second of readings before saying anything: the first chunk's rate is mostly latency.
    if (this.speed === null || this.elapsedMs < 500) return { bytesPerSecond: null, secondsLeft: null };
    const left = Math.max(0, this.total - sent);
    return {
      bytesPerSecond: this.speed,
      secondsLeft: left === 0 ? 0 : this.speed > 0 ? left / this.speed : null,
    };
  }
}

/** "1.4 MB", "820 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

/** "350 kbps", "1.2 Mbps": link speeds the way people know them (bits). */
export function formatSpeed(bytesPerSecond: number): string {
  const kbps = (bytesPerSecond * 8) / 1000;
  return kbps < 1000 ? `${Math.round(kbps)} kbps` : `${(kbps / 1000).toFixed(1)} Mbps`;
}

/** "about 12 minutes left", "less than a minute left", "about 1 hour 5 minutes left". */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'working out the time left…';
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} minute${minutes === 1 ? '' : 's'} left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = `${hours} hour${hours === 1 ? '' : 's'}`;
  return rest ? `about ${h} ${rest} minute${rest === 1 ? '' : 's'} left` : `about ${h} left`;
}
