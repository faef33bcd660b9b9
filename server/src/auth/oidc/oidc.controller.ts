import { Controller, Get, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { providerFromPath, safeNextPath, type OidcSignInError } from '@switchback/shared';
import { Public } from '../../access/public.decorator.js';
import type { AppRequest } from '../../common/auth-context.js';
import { requestIp } from '../../common/request-ip.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { SessionCookieService } from '../session-cookie.service.js';
import { SessionsService } from '../sessions.service.js';
import { OidcLinksService, PENDING_LINK_COOKIE } from './oidc-links.service.js';
import { OidcSignInService, Refusal, type Intent } from './oidc-sign-in.service.js';

/** The browser's half of a flow's state (httpOnly, only sent back to the callback). */
const STATE_COOKIE = 'sb_oidc_state';
const STATE_PATH = '/auth/oidc';

/**
 * Sign in with Google / Microsoft, for browsers: `start` sends them to the provider, `callback`
 * comes back with a session cookie (or to /sign-in?oidc=<code>, a sentence the page shows). The
 * emailed link of a waiting account link is a page with one button (a POST), so that mail scanners
 * opening the link do not use it.
 */
@Controller()
export class OidcController {
  private readonly logger = new Logger('OpenIdConnect');

  constructor(
    private readonly flows: OidcSignInService,
    private readonly links: OidcLinksService,
    private readonly sessions: SessionsService,
    private readonly cookie: SessionCookieService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('auth/oidc/:provider/start')
  async start(
    @Param('provider') path: string,
    @Query() query: Record<string, unknown>,
    @Req() req: AppRequest,
    @Res() res: Response,
  ): Promise<void> {
    const provider = providerFromPath(path);
    const intent: Intent = query.intent === 'join' ? 'join' : query.intent === 'bind' ? 'bind' : 'sign-in';
    const next = safeNextPath(typeof query.next === 'string' ? query.next.slice(0, 500) : null);
    const back = (code: OidcSignInError) => this.refused(res, intent, code);
    if (!provider) return back('not-configured');
    const joinCode = typeof query.code === 'string' ? query.code.slice(0, 32) : null;
    if (intent === 'join' && !joinCode) return back('no-code');
    const userId = req.auth?.user.id ?? null;
    if (intent === 'bind' && !userId) return res.redirect(303, '/sign-in');
    if (intent === 'join' && req.auth?.user.email) return back('not-student');
    try {
      const { url, state } = await this.flows.start(provider, {
        intent,
        joinCode,
        userId: intent === 'bind' ? userId : null,
        next,
      });
      res.cookie(STATE_COOKIE, state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.secure(),
        path: STATE_PATH,
        maxAge: 10 * 60_000,
      });
      res.redirect(303, url);
    } catch (err) {
      if (!(err instanceof Refusal))
        this.logger.error(`${provider} sign-in could not start: ${(err as Error).message}`);
      back(err instanceof Refusal ? err.code : 'failed');
    }
  }

  @Public()
  @Get('auth/oidc/:provider/callback')
  async callback(@Param('provider') path: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const provider = providerFromPath(path);
    if (!provider) return this.refused(res, 'sign-in', 'not-configured');
    const cookieState = (req.cookies as Record<string, string> | undefined)?.[STATE_COOKIE] ?? null;
    res.clearCookie(STATE_COOKIE, { path: STATE_PATH });
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const outcome = await this.flows.callback(provider, query, cookieState, requestIp(req));
    switch (outcome.kind) {
      case 'session': {
        const token = await this.sessions.create(outcome.userId, requestIp(req));
        this.cookie.set(res, token);
        return res.redirect(303, outcome.next ?? '/');
      }
      case 'bound':
        return res.redirect(303, outcome.next ?? '/');
      case 'pending':
        res.cookie(PENDING_LINK_COOKIE, outcome.browserToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure: this.secure(),
          path: '/',
          maxAge: 30 * 60_000,
        });
        return res.redirect(303, '/sign-in?oidc=link-pending');
      case 'refused':
        return this.refused(res, 'sign-in', outcome.code);
    }
  }

  @Public()
  @Get('auth/oidc-link/:token')
  confirmPage(@Param('token') token: string, @Res() res: Response): void {
    const safe = encodeURIComponent(token.slice(0, 100));
    res
      .type('html')
      .set('cache-control', 'no-store')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>Link your school account · Switchback</title></head><body>` +
          `<main><h1>Link your school account</h1><p>From now on you can sign in to Switchback with your school account.</p>` +
          `<form method="post" action="/auth/oidc-link/${safe}"><button type="submit">Link my school account</button></form>` +
          `</main></body></html>`,
      );
  }

  @Public()
  @Post('auth/oidc-link/:token')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const linked = token.length <= 100 && (await this.links.completeByEmail(token));
    res.redirect(303, `/sign-in?oidc=${linked ? 'linked' : 'link-expired'}`);
  }

  private secure(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }

  private refused(res: Response, intent: Intent, code: OidcSignInError): void {
    res.redirect(303, `${intent === 'join' ? '/join' : '/sign-in'}?oidc=${code}`);
  }
}
