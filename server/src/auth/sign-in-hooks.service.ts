import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { User } from './user.entity.js';

export type PasswordSignInHook = (req: Request, res: Response, user: User) => Promise<void>;

/**
 * What else happens when a person signs in with their password (the form or the mutation): the
 * sign-in providers (auth/oidc) complete a school account link waiting in this browser. A hook's
 * failure never fails the sign-in.
 */
@Injectable()
export class SignInHooks {
  private readonly hooks: PasswordSignInHook[] = [];
  private readonly logger = new Logger(SignInHooks.name);

  register(hook: PasswordSignInHook): void {
    this.hooks.push(hook);
  }

  async afterPasswordSignIn(req: Request, res: Response, user: User): Promise<void> {
    for (const hook of this.hooks) {
      try {
        await hook(req, res, user);
      } catch (err) {
        this.logger.error(`After sign-in: ${(err as Error).message}`);
      }
    }
  }
}
