import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { AppRequest } from '../common/auth-context.js';
import { tokenFromRequest } from './cookies.js';
import { SessionsService } from './sessions.service.js';

/** Puts the caller's session (if any) on the request for resolvers and controllers. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(req: AppRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = tokenFromRequest(req);
      if (token) req.auth = (await this.sessions.resolve(token, { memberships: true })) ?? undefined;
      next();
    } catch (err) {
      next(err);
    }
  }
}
