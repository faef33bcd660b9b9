import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { isAppLocale, type AppLocale } from '@switchback/shared';
import { badInput, fieldError, forbidden, translated } from '../common/errors.js';
import { Membership } from '../networks/membership.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { AccountsService } from './accounts.service.js';
import { AttemptLimiterService, accountKey } from './attempt-limiter.service.js';
import { PasswordReset } from './password-reset.entity.js';
import { PasswordsService } from './passwords.service.js';
import { hashToken, randomToken } from './tokens.js';
import { User } from './user.entity.js';

const RESET_MINUTES = 60;
// Verified against when the login is unknown, so both cases take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Pg8XGy5Y6ffJGJLgQ4cdWA$Zrf7lo7TtgvSSzaABZwXPzFmVrC6P6U4g9RbLveaiME';

@Injectable()
export class AuthService implements OnModuleDestroy {
  private readonly logger = new Logger('PasswordReset');
  /** Reset emails being written off the request path, awaited on shutdown. */
  private readonly background = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordsService,
    private readonly accounts: AccountsService,
    private readonly limiter: AttemptLimiterService,
    private readonly outbox: OutboxService,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.idle();
  }

  /** The person's language for the app (docs/i18n.md): "en" or "es". */
  async setLocale(userId: string, locale: string): Promise<AppLocale> {
    if (!isAppLocale(locale))
      throw translated(
        badInput('Choose English or Spanish.', { locale: 'Choose English or Spanish.' }),
        'locale.unknown',
      );
    await this.db.getRepository(User).update(userId, { locale });
    return locale;
  }

  /** Resolves once the reset emails asked for so far have been written (or found unneeded). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.background]);
  }

  /**
   * Email (adults) or username (students) and password. Limited per account and address (see
   * AttemptLimiterService): the attempt is counted before the password is checked.
   */
  async signIn(login: string, password: string, ip: string): Promise<{ user: User; token: string }> {
    const attempt = await this.limiter.admit('sign-in', login, ip);
    const users = this.db.getRepository(User);
    const user = login.includes('@')
      ? await users.findOneBy({ email: login })
      : await users.findOneBy({ username: login });
    const ok = await this.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok) {
      throw translated(
        badInput('That email or username and password do not match. Check them and try again.', {
          password: 'Email or username and password do not match.',
        }),
        'signIn.mismatch',
        {},
        { password: 'signIn.mismatchField' },
      );
    }
    await this.limiter.succeeded(attempt);
    const memberships = await this.db.getRepository(Membership).findBy({ userId: user.id });
    if (memberships.length > 0 && !memberships.some((m) => m.status === 'ACTIVE')) {
      if (memberships.every((m) => m.status === 'REMOVED')) {
        throw translated(
          forbidden(
            'You are no longer in any class, so this account is closed. If that is a mistake, ask your teacher.',
          ),
          'signIn.closed',
        );
      }
      throw translated(
        forbidden('Your account has been deactivated. Contact your network coordinator.'),
        'signIn.deactivated',
      );
    }
    const token = await this.accounts.startSession(this.db.manager, user.id, ip);
    return { user, token };
  }

  /**
   * Answers the same, in the same time, whether or not the address has an account: the request
   * only counts the attempt (per address and per target email); looking the account up and writing
   * the email happen after the answer, off the request path.
   */
  async requestPasswordReset(email: string, ip: string | null): Promise<void> {
    await this.limiter.admit('password-reset', email, ip);
    const work = this.deliverResetLink(accountKey(email))
      .catch((err: Error) => this.logger.error(`Could not prepare a password reset email: ${err.message}`))
      .finally(() => this.background.delete(work));
    this.background.add(work);
  }

  /**
   * Writes the reset link for `email` if it has an account. The email is personal mail: filed under
   * no network, never shown by any API; with no SMTP server it goes to the server log only.
   */
  async deliverResetLink(email: string): Promise<void> {
    const user = await this.db.getRepository(User).findOneBy({ email });
    if (!user) return;
    const token = randomToken();
    const link = this.outbox.link(`/reset-password/${token}`);
    await this.db.transaction(async (m) => {
      await m.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await m.insert(PasswordReset, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      });
      await this.outbox.enqueue(m, {
        networkId: null,
        to: user.email!,
        kind: 'PASSWORD_RESET',
        subject: 'Reset your Switchback password',
        link,
        body:
          `Someone asked to reset the password of your Switchback account.\n\n` +
          `Choose a new password here (the link works for ${RESET_MINUTES} minutes, once):\n${link}\n\n` +
          `If it was not you, ignore this email: your password stays the same.`,
      });
    });
    this.outbox.flush();
  }

  /** Sets a new password from a reset link, signs the person out everywhere else, and in here. */
  async resetPassword(token: string, password: string, ip: string | null): Promise<{ user: User; token: string }> {
    return this.db.transaction(async (m) => {
      const reset = await m
        .getRepository(PasswordReset)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.token_hash = :h', { h: hashToken(token) })
        .andWhere('r.used_at IS NULL')
        .getOne();
      if (!reset || reset.expiresAt.getTime() <= Date.now()) {
        throw translated(
          fieldError('token', 'This reset link has expired or was already used. Ask for a new one.'),
          'reset.expired',
        );
      }
      await this.accounts.setPassword(m, reset.userId, password);
      await m.update(PasswordReset, reset.id, { usedAt: new Date() });
      const user = await m.getRepository(User).findOneByOrFail({ id: reset.userId });
      return { user, token: await this.accounts.startSession(m, user.id, ip) };
    });
  }
}
