import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LIMITS, hasInvisibleControls } from '@switchback/shared';
import { conflict, fieldError, translated } from '../common/errors.js';
import { isUniqueViolation } from '../common/db-errors.js';
import { PasswordsService } from './passwords.service.js';
import { SessionsService } from './sessions.service.js';
import { User } from './user.entity.js';

/** Creating accounts and opening sessions for them, inside the caller's transaction. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * A new adult account. An email that already has one is refused: the person signs in to it
   * instead (the normal, limited sign-in), so nothing here ever checks a password.
   */
  async createAdult(m: EntityManager, input: { email: string; displayName: string; password: string }): Promise<User> {
    const exists = () =>
      conflict('This email already has a Switchback account. Sign in with it to accept the invitation.', {
        email: 'Already has an account: sign in to accept.',
      });
    this.checkNewPassword(input.password);
    this.checkDisplayName(input.displayName);
    if (await m.getRepository(User).existsBy({ email: input.email })) throw exists();
    try {
      return await m.save(
        m.create(User, {
          email: input.email,
          username: null,
          displayName: input.displayName,
          passwordHash: await this.passwords.hash(input.password),
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw exists();
      throw err;
    }
  }

  async createStudent(
    m: EntityManager,
    input: { username: string; displayName: string; password: string; locale?: string },
  ): Promise<User> {
    this.checkNewPassword(input.password);
    this.checkDisplayName(input.displayName);
    const taken = () =>
      translated(
        conflict('That username is taken.', { username: 'That username is taken: try adding a number.' }),
        'join.usernameTaken',
        {},
        { username: 'join.usernameTakenField' },
      );
    if (await m.getRepository(User).existsBy({ username: input.username })) throw taken();
    try {
      return await m.save(
        m.create(User, {
          email: null,
          username: input.username,
          displayName: input.displayName,
          ...(input.locale ? { locale: input.locale } : {}),
          passwordHash: await this.passwords.hash(input.password),
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw taken();
      throw err;
    }
  }

  async setPassword(m: EntityManager, userId: string, password: string): Promise<void> {
    this.checkNewPassword(password);
    await m.update(User, userId, { passwordHash: await this.passwords.hash(password) });
    await this.sessions.revokeAllFor(userId, m);
  }

  startSession(m: EntityManager, userId: string, ip: string | null): Promise<string> {
    return this.sessions.create(userId, ip, m);
  }

  private checkDisplayName(displayName: string): void {
    if (hasInvisibleControls(displayName)) {
      throw translated(
        fieldError(
          'displayName',
          'Your name contains invisible control characters (such as text-direction marks). Type it again without them.',
        ),
        'name.invisibleControls',
      );
    }
  }

  private checkNewPassword(password: string): void {
    if (password.length < LIMITS.passwordMin) {
      throw translated(
        fieldError('password', `Choose a password of at least ${LIMITS.passwordMin} characters.`),
        'password.tooShort',
        { min: LIMITS.passwordMin },
      );
    }
    if (password.length > LIMITS.passwordMax) {
      throw translated(
        fieldError('password', `Password must be at most ${LIMITS.passwordMax} characters.`),
        'password.tooLong',
        { max: LIMITS.passwordMax },
      );
    }
  }
}
