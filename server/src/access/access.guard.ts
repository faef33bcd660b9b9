import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AppRequest, GqlContext } from '../common/auth-context.js';
import { unauthenticated } from '../common/errors.js';
import { IS_PUBLIC } from './public.decorator.js';

const SIGN_IN = 'Please sign in to continue.';

/**
 * Deny by default: every GraphQL operation and REST route needs a session unless it is marked
 * `@Public()`. What a signed-in person may then do is decided by the services with the policy
 * tables; this guard only makes sure nobody reaches them anonymously by accident.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    // Socket.io handlers: the gateways authenticate every socket at its handshake, with the session.
    if (context.getType() === 'ws') return true;
    const graphql = context.getType<string>() === 'graphql';
    const req = graphql
      ? GqlExecutionContext.create(context).getContext<GqlContext>().req
      : context.switchToHttp().getRequest<AppRequest>();
    if (req.auth) return true;
    if (graphql) throw unauthenticated(SIGN_IN);
    throw new UnauthorizedException({ error: { code: 'UNAUTHENTICATED', message: SIGN_IN } });
  }
}
