import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from './auth-context.js';
import { unauthenticated } from './errors.js';

function requestOf(ctx: ExecutionContext) {
  return ctx.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(ctx).getContext<GqlContext>().req
    : ctx.switchToHttp().getRequest<GqlContext['req']>();
}

/** The signed-in user; refuses the call when nobody is signed in. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const auth = requestOf(ctx).auth;
  if (!auth) throw unauthenticated();
  return auth.user;
});

/** The signed-in user's id from a GraphQL context; refuses the call when nobody is signed in. */
export function currentUserId(ctx: GqlContext): string {
  const userId = ctx.req.auth?.user.id;
  if (!userId) throw unauthenticated();
  return userId;
}

/** The signed-in user, or null. */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => requestOf(ctx).auth?.user ?? null,
);
