import { Controller, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { LIMITS, safeNextPath, SIGN_IN_FORM_PATH, type SignInFormError } from '@switchback/shared';
import { Public } from '../access/public.decorator.js';
import { requestIp } from '../common/request-ip.js';
import { AuthService } from './auth.service.js';
import { SessionCookieService } from './session-cookie.service.js';
import { SignInHooks } from './sign-in-hooks.service.js';

const ERROR_FOR_CODE: Record<string, SignInFormError> = {
  BAD_USER_INPUT: 'mismatch',
  TOO_MANY_REQUESTS: 'limited',
  FORBIDDEN: 'closed',
};

/**
 * `POST /api/sign-in`: the plain HTML form of the first page (shared/src/sign-in-form.ts), for a
 * person who signs in before the app's code has arrived. The same checks and limits as the
 * `signIn` mutation (AuthService.signIn); the answer is a redirect — to `next` (or the app, which
 * goes to the person's network) with the session cookie, or back to /sign-in?error=<code>.
 */
@Controller()
export class SignInFormController {
  private readonly logger = new Logger(SignInFormController.name);

  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookieService,
    private readonly hooks: SignInHooks,
  ) {}

  @Public()
  @Post(SIGN_IN_FORM_PATH.slice(1))
  async signIn(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const next = safeNextPath(typeof body.next === 'string' ? body.next : null);
    const back = (error: SignInFormError) => {
      const query = new URLSearchParams({ error, ...(next ? { next } : {}) });
      res.redirect(303, `/sign-in?${query.toString()}`);
    };
    // A form on another site must not sign this browser in (into the other site's account).
    if (!sameOrigin(req)) return back('origin');
    const login = typeof body.login === 'string' ? body.login.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (!login || !password) return back('missing');
    // The mutation's input limits (SignInInput): nothing longer can match an account.
    if (login.length > LIMITS.emailMax || password.length > LIMITS.passwordMax) return back('mismatch');
    try {
      const { user, token } = await this.auth.signIn(login, password, requestIp(req));
      await this.hooks.afterPasswordSignIn(req, res, user);
      this.cookie.set(res, token);
      res.redirect(303, next ?? '/');
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
      if (!ERROR_FOR_CODE[code]) this.logger.error(`Sign-in form: ${(error as Error).message}`);
      back(ERROR_FOR_CODE[code] ?? 'unavailable');
    }
  }
}

/**
 * The form was posted from a page of this site. Browsers say where a request comes from in
 * `Sec-Fetch-Site`; older ones only in `Origin` (which is "null" under our no-referrer policy, so
 * it is only compared when it names a site — host names, not ports, since a proxy may drop the port).
 */
function sameOrigin(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return true;
  try {
    return new URL(origin).hostname === new URL(`http://${req.headers.host ?? ''}`).hostname;
  } catch {
    return false;
  }
}
