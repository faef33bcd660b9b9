import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { tooManyRequests } from '../common/errors.js';
import { SignInAttempt } from './sign-in-attempt.entity.js';

/**
 * Limits failed sign-ins per account (since its last success) and per IP address, within a sliding
 * window. Counts live in PostgreSQL so that several server processes share them.
 */
@Injectable()
export class SignInLimiterService {
  constructor(
    @InjectRepository(SignInAttempt) private readonly attempts: Repository<SignInAttempt>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(login: string, ip: string): Promise<void> {
    const windowStart = new Date(Date.now() - this.config.signInWindowMinutes * 60_000);
    const [row] = await this.attempts.query(
      `SELECT
         (SELECT count(*) FROM sign_in_attempt a
           WHERE a.login = $1 AND NOT a.succeeded AND a.created_at > $3
             AND a.created_at > coalesce((SELECT max(created_at) FROM sign_in_attempt
                                           WHERE login = $1 AND succeeded), '-infinity')) AS by_login,
         (SELECT count(*) FROM sign_in_attempt WHERE ip = $2 AND NOT succeeded AND created_at > $3) AS by_ip`,
      [login, ip, windowStart],
    );
    const minutes = this.config.signInWindowMinutes;
    if (Number(row.by_login) >= this.config.signInAccountLimit) {
      throw tooManyRequests(
        `Too many failed sign-in attempts for this account. Wait ${minutes} minutes and try again, or reset your password.`,
        minutes * 60,
      );
    }
    if (Number(row.by_ip) >= this.config.signInIpLimit) {
      throw tooManyRequests(
        `Too many failed sign-in attempts from this network connection. Wait ${minutes} minutes and try again.`,
        minutes * 60,
      );
    }
  }

  async record(login: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ login: login.slice(0, 254), ip: ip.slice(0, 64), succeeded });
  }
}
