import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth-context.js';
import { CurrentUser, OptionalUser } from '../common/current-user.decorator.js';
import { requestIp } from '../common/request-ip.js';
import { AccessService } from '../access/access.service.js';
import { AuthService } from './auth.service.js';
import { clearSessionCookie } from './cookies.js';
import { SessionCookieService } from './session-cookie.service.js';
import { AuthPayload } from './dto/auth-payload.js';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.input.js';
import { SignInInput } from './dto/sign-in.input.js';
import { Viewer } from './dto/viewer.js';
import { SessionsService } from './sessions.service.js';
import { SignInHooks } from './sign-in-hooks.service.js';
import type { User } from './user.entity.js';
import { Public } from '../access/public.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly access: AccessService,
    private readonly cookie: SessionCookieService,
    private readonly hooks: SignInHooks,
  ) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in person, or null.' })
  async me(@OptionalUser() user: User | null): Promise<Viewer | null> {
    if (!user) return null;
    return { ...user, memberships: await this.access.membershipsOf(user.id) };
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const result = await this.auth.signIn(input.login, input.password, requestIp(ctx.req));
    await this.hooks.afterPasswordSignIn(ctx.req, ctx.res, result.user);
    return this.cookie.signedIn(ctx, result);
  }

  @Mutation(() => String, {
    description: "Sets the signed-in person's language: en or es (docs/i18n.md). Returns the saved value.",
  })
  setMyLocale(@CurrentUser() user: User, @Args('locale') locale: string): Promise<string> {
    return this.auth.setLocale(user.id, locale);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revokes the current session.' })
  async signOut(@Context() ctx: GqlContext): Promise<boolean> {
    if (ctx.req.auth) await this.sessions.revoke(ctx.req.auth.sessionId, ctx.req.auth.user.id);
    clearSessionCookie(ctx.res);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Always true, whether or not the email has an account.' })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email, requestIp(ctx.req));
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.cookie.signedIn(ctx, await this.auth.resetPassword(input.token, input.password, requestIp(ctx.req)));
  }
}
