import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { tooManyRequests, translated } from '../common/errors.js';
import { every } from '../common/exclusive-job.js';
import { decide, KNOWN_ADDRESS_DAYS, refusalMessage, type BucketState, type LimitedAction } from './attempt-limits.js';

/** An admitted attempt; pass it to `succeeded` when it turned out right. */
export interface AdmittedAttempt {
  keys: { pair: string; account: string; address: string };
}

interface BucketRow {
  key: string;
  failures: number;
  window_started_at: Date;
  next_allowed_at: Date | null;
  last_success_at: Date | null;
}

/** Lower case, trimmed: `Ann@School.org `, `ann@school.org` and GraphQL aliases of it are one account. */
export function accountKey(account: string): string {
  return account.trim().toLowerCase().slice(0, 254);
}

/**
 * The one limiter of sign-ins, invitation acceptances, password reset requests and class joins
 * (rules in attempt-limits.ts). An attempt is counted BEFORE it is checked, in the transaction that
 * reads the counters under a row lock, so parallel attempts can never get past the limit; a success
 * forgives it afterwards. Counters live in PostgreSQL so that several server processes share them.
 */
@Injectable()
export class AttemptLimiterService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('AttemptLimiter');
  private stop?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.stop = every(60 * 60_000, this.logger, () => this.prune());
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  /** Counts an attempt, or throws TOO_MANY_REQUESTS (with `retryAfterSeconds`) without counting it. */
  async admit(action: LimitedAction, account: string, ip: string | null): Promise<AdmittedAttempt> {
    const who = accountKey(account);
    const where = (ip ?? 'unknown').slice(0, 64);
    const keys = {
      pair: `${action}:pair:${who}|${where}`,
      account: `${action}:account:${who}`,
      address: `${action}:address:${where}`,
    };
    const sorted = Object.values(keys).sort();
    const settings = {
      accountLimit: this.config.signInAccountLimit,
      addressLimit: this.config.signInIpLimit,
      windowMs: this.config.signInWindowMinutes * 60_000,
    };
    return this.db.transaction(async (m) => {
      // Rows are created and then locked in key order, so concurrent attempts queue instead of deadlocking.
      await m.query(
        `INSERT INTO rate_limit_bucket (key) SELECT k FROM unnest($1::varchar[]) AS k ORDER BY k ON CONFLICT (key) DO NOTHING`,
        [sorted],
      );
      const rows: BucketRow[] = await m.query(
        `SELECT key, failures, window_started_at, next_allowed_at, last_success_at
           FROM rate_limit_bucket WHERE key = ANY($1::varchar[]) ORDER BY key FOR UPDATE`,
        [sorted],
      );
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const state = (key: string): BucketState => {
        const r = byKey.get(key)!;
        return {
          failures: r.failures,
          windowStartedAt: r.window_started_at,
          nextAllowedAt: r.next_allowed_at,
          lastSuccessAt: r.last_success_at,
        };
      };
      const now = new Date(); // read after the locks were granted
      const decision = decide(action, settings, state(keys.pair), state(keys.account), state(keys.address), now);
      if (!decision.admitted) {
        const { refusal } = decision;
        // errors:tooMany.<address | sign-in | …> in the client's catalogs, with the wait in seconds.
        throw translated(
          tooManyRequests(refusalMessage(action, refusal), refusal.retryAfterSeconds),
          `tooMany.${refusal.scope === 'address' ? 'address' : action.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`,
          { seconds: refusal.retryAfterSeconds, minutes: Math.ceil(refusal.retryAfterSeconds / 60) },
        );
      }
      await m.query(
        `UPDATE rate_limit_bucket SET
           failures = CASE WHEN window_started_at > $2 THEN failures + 1 ELSE 1 END,
           window_started_at = CASE WHEN window_started_at > $2 THEN window_started_at ELSE $3 END,
           next_allowed_at = CASE WHEN key = $4 THEN $5::timestamptz ELSE next_allowed_at END
         WHERE key = ANY($1::varchar[])`,
        [sorted, new Date(now.getTime() - settings.windowMs), now, keys.address, decision.addressNextAllowedAt],
      );
      return { keys };
    });
  }

  /**
   * The attempt was right: it is not a failure, the account's failures are forgiven, and this
   * address becomes a known one for the account.
   */
  async succeeded(attempt: AdmittedAttempt): Promise<void> {
    const { pair, account, address } = attempt.keys;
    await this.db.query(
      `UPDATE rate_limit_bucket SET
         failures = CASE WHEN key = $3 THEN greatest(failures - 1, 0) ELSE 0 END,
         last_success_at = CASE WHEN key = $1 THEN now() ELSE last_success_at END
       WHERE key IN ($1, $2, $3)`,
      [pair, account, address],
    );
  }

  /** Forgets counters whose window has long passed and that mark no known address. */
  async prune(): Promise<number> {
    const [, deleted] = (await this.db.query(
      `DELETE FROM rate_limit_bucket
        WHERE window_started_at < now() - interval '1 day'
          AND (last_success_at IS NULL OR last_success_at < now() - $1 * interval '1 day')`,
      [KNOWN_ADDRESS_DAYS],
    )) as [unknown, number];
    return deleted;
  }
}
