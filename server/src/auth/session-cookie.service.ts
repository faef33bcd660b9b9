import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { GqlContext } from '../common/auth-context.js';
import { setSessionCookie } from './cookies.js';
import type { AuthPayload } from './dto/auth-payload.js';
import { SessionsService } from './sessions.service.js';
import type { User } from './user.entity.js';

/** Hands a new session to the browser as an httpOnly cookie (API clients use the token). */
@Injectable()
export class SessionCookieService {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signedIn(ctx: GqlContext, result: { user: User; token: string }): AuthPayload {
    this.set(ctx.res, result.token);
    return result;
  }

  set(res: Response, token: string): void {
    setSessionCookie(res, token, this.sessions.ttlMs, this.config.publicUrl.startsWith('https:'));
  }
}
