import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counter of the attempt limiter (see RateLimiterService), e.g. failed sign-ins of one account
 * from one address. A row per key, updated under a row lock, so parallel attempts never overshoot.
 */
@Entity('rate_limit_bucket')
export class RateLimitBucket {
  /** `<action>:<scope>:<identity>`, e.g. `sign-in:pair:ann@school.org|203.0.113.9`. */
  @PrimaryColumn({ type: 'varchar', length: 400 })
  key: string;

  /** Attempts admitted in the current window that have not (yet) been forgiven by a success. */
  @Column({ type: 'int', default: 0 })
  failures: number;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  windowStartedAt: Date;

  /** While the bucket is over its limit: the next attempt is let through no sooner than this. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAllowedAt: Date | null;

  /** Pair buckets: the last success of this account from this address (a "known" address). */
  @Column({ type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;
}
