import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { AppRequest } from '../common/auth-context.js';
import { requestScope } from './request-scope.js';

/** Opens the access kernel's per-request scope (after the session middleware has found the caller). */
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  use(req: AppRequest, _res: Response, next: NextFunction): void {
    requestScope.run({ userId: req.auth?.user.id ?? null, prefetched: req.auth?.memberships }, next);
  }
}
