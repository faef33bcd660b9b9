import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { badInput, fieldError, forbidden } from '../common/errors.js';
import { Membership } from '../networks/membership.entity.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { AccountsService } from './accounts.service.js';
import { PasswordReset } from './password-reset.entity.js';
import { PasswordsService } from './passwords.service.js';
import { SignInLimiterService } from './sign-in-limiter.service.js';
import { hashToken, randomToken } from './tokens.js';
import { User } from './user.entity.js';

const RESET_MINUTES = 60;
// Verified against when the login is unknown, so both cases take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Pg8XGy5Y6ffJGJLgQ4cdWA$Zrf7lo7TtgvSSzaABZwXPzFmVrC6P6U4g9RbLveaiME';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordsService,
    private readonly accounts: AccountsService,
    private readonly limiter: SignInLimiterService,
    private readonly outbox: OutboxService,
  ) {}

  /** Email (adults) or username (students) and password. Rate-limited per account and per IP. */
  async signIn(login: string, password: string, ip: string): Promise<{ user: User; token: string }> {
    await this.limiter.check(login, ip);
    const users = this.db.getRepository(User);
    const user = login.includes('@')
      ? await users.findOneBy({ email: login })
      : await users.findOneBy({ username: login });
    const ok = await this.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
    await this.limiter.record(login, ip, Boolean(user && ok));
    if (!user || !ok) {
      throw badInput('That email or username and password do not match. Check them and try again.', {
        password: 'Email or username and password do not match.',
      });
    }
    const memberships = await this.db.getRepository(Membership).findBy({ userId: user.id });
    if (memberships.length > 0 && !memberships.some((m) => m.status === 'ACTIVE')) {
      if (memberships.every((m) => m.status === 'REMOVED')) {
        throw forbidden(
          'You are no longer in any class, so this account is closed. If that is a mistake, ask your teacher.',
        );
      }
      throw forbidden('Your account has been deactivated. Contact your network coordinator.');
    }
    const token = await this.accounts.startSession(this.db.manager, user.id, ip);
    return { user, token };
  }

  /**
   * Emails a reset link when the address has an account. Answers the same either way, so nobody
   * can find out which emails have accounts.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.db.getRepository(User).findOneBy({ email });
    if (!user) return;
    const token = randomToken();
    const link = this.outbox.link(`/reset-password/${token}`);
    const networkIds = (await this.db.getRepository(Membership).findBy({ userId: user.id })).map((m) => m.networkId);
    await this.db.transaction(async (m) => {
      await m.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await m.insert(PasswordReset, {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      });
      await this.outbox.enqueue(m, {
        networkId: networkIds[0] ?? null,
        to: email,
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
        throw fieldError('token', 'This reset link has expired or was already used. Ask for a new one.');
      }
      await this.accounts.setPassword(m, reset.userId, password);
      await m.update(PasswordReset, reset.id, { usedAt: new Date() });
      const user = await m.getRepository(User).findOneByOrFail({ id: reset.userId });
      return { user, token: await this.accounts.startSession(m, user.id, ip) };
    });
  }
}
