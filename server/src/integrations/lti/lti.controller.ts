import { Controller, Get, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../access/public.decorator.js';
import { SessionCookieService } from '../../auth/session-cookie.service.js';
import { requestIp } from '../../common/request-ip.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { LtiDeepLinkingService } from './lti-deep-linking.service.js';
import { LtiLaunchService } from './lti-launch.service.js';
import { LAUNCH_STATE_TTL_MS, LtiLoginService, type LoginRequest } from './lti-login.service.js';
import { autoPostPage, LtiRefusal, pickerPage, refusalPage } from './lti-pages.js';
import type { LtiPlatform } from './lti-platform.entity.js';
import { LtiSignInService } from './lti-sign-in.service.js';

/** The cookie that ties a launch to the browser that started its login. */
export const LTI_STATE_COOKIE = 'sb_lti_state';

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * The LTI 1.3 routes the LMS calls (public: the platform's signed token decides, not a session):
 * login initiation, launch (resource links and deep-linking requests) and the deep-linking pick.
 * Pages here may be framed by the platform that launched them (CSP frame-ancestors), nothing else.
 */
@Controller('lti')
export class LtiController {
  private readonly logger = new Logger(LtiController.name);

  constructor(
    private readonly login: LtiLoginService,
    private readonly launches: LtiLaunchService,
    private readonly signIns: LtiSignInService,
    private readonly deepLinking: LtiDeepLinkingService,
    private readonly cookie: SessionCookieService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Third-party initiated login: GET or POST, parameters in the query or the form. */
  @Public()
  @Get('login')
  initiateGet(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.initiate(req, res);
  }

  @Public()
  @Post('login')
  initiatePost(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.initiate(req, res);
  }

  private async initiate(req: Request, res: Response): Promise<void> {
    const params = { ...(req.query as LoginRequest), ...((req.body ?? {}) as LoginRequest) };
    await this.answer(res, async () => {
      const { redirectUrl, state } = await this.login.initiate(strings(params));
      res.cookie(LTI_STATE_COOKIE, state, { ...this.stateCookie(), maxAge: LAUNCH_STATE_TTL_MS });
      res.redirect(302, redirectUrl);
    });
  }

  /** The platform posts the id token here (resource link launches and deep-linking requests). */
  @Public()
  @Post('launch')
  async launch(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const cookies = (req.cookies ?? {}) as Record<string, string>;
    await this.answer(res, async () => {
      res.clearCookie(LTI_STATE_COOKIE, this.stateCookie());
      const launch = await this.launches.verify(body.id_token, body.state, cookies[LTI_STATE_COOKIE]);
      const found = await this.login.platformById(launch.platformId);
      const signedIn = await this.signIns.signIn(launch, found.name, requestIp(req));
      this.cookie.set(res, signedIn.token);
      const { landing } = signedIn;
      if (landing.kind === 'path') return void res.redirect(303, landing.path);
      const options = await this.deepLinking.options(landing.userId, launch, landing.resourceLinkRowId);
      this.frameable(res, found, 'self');
      res
        .status(200)
        .type('html')
        .send(
          pickerPage(
            launch.deepLinking ? 'Add Switchback to your course' : 'Link this to Switchback',
            launch.deepLinking
              ? 'Pick what this link opens. Students who open it land there, in your class.'
              : 'This link does not open anything in Switchback yet. Pick what it opens for your students.',
            options,
          ),
        );
    });
  }

  /** The teacher's pick from the picker page: a signed answer to the LMS, or the linked page. */
  @Public()
  @Post('deep-link')
  async pick(@Req() req: Request, @Res() res: Response): Promise<void> {
    const body = (req.body ?? {}) as Record<string, unknown>;
    await this.answer(res, async () => {
      const outcome = await this.deepLinking.choose(body.pick);
      if (outcome.kind === 'path') return void res.redirect(303, outcome.path);
      this.frameable(res, outcome.platform, originOf(outcome.action) ?? "'none'");
      res.status(200).type('html').send(autoPostPage(outcome.action, outcome.fields));
    });
  }

  /** Runs a route, turning a refusal into a page (and anything unexpected into a plain one, logged). */
  private async answer(res: Response, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      const refusal =
        err instanceof LtiRefusal
          ? err
          : new LtiRefusal('Something went wrong on Switchback’s side. Try again in a moment.', 500);
      if (!(err instanceof LtiRefusal)) this.logger.error(`LTI: ${(err as Error).stack ?? String(err)}`);
      this.frameable(res, null, "'none'");
      res.status(refusal.status).type('html').send(refusalPage(refusal));
    }
  }

  /**
   * Lets an LMS frame this page (helmet's defaults say SAMEORIGIN for every other route). The LMS
   * page that frames a tool is often on another host than its issuer or endpoints (a district's
   * canvas.instructure.com subdomain, app.schoology.com), so any https origin may frame these pages,
   * plus the platform's own origins (plain http in development). That is safe here: each page is the
   * answer to a token only the platform can sign (a verified launch) or Switchback signed (a pick),
   * so another site cannot load one into its frame for the person.
   */
  private frameable(res: Response, platform: Pick<LtiPlatform, 'authLoginUrl' | 'issuer'> | null, formAction: string) {
    const origins = platform ? [originOf(platform.authLoginUrl), originOf(platform.issuer)] : [];
    const ancestors = [...new Set(["'self'", 'https:', ...origins.filter((o): o is string => !!o)])].join(' ');
    res.removeHeader('X-Frame-Options');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self' ${formAction}; frame-ancestors ${ancestors}; base-uri 'none'`,
    );
  }

  private stateCookie() {
    const secure = this.config.publicUrl.startsWith('https:');
    // Posted back by the LMS from another site: SameSite=None needs Secure (https); over http (development) Lax.
    return { httpOnly: true, secure, sameSite: secure ? ('none' as const) : ('lax' as const), path: '/lti' };
  }
}

/** Only the string parameters of a login request. */
function strings(params: Record<string, unknown>): LoginRequest {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string')) as LoginRequest;
}
