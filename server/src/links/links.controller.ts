import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { isLinkKind, shortLinkPath } from '@switchback/shared';
import { Public } from '../access/public.decorator.js';
import type { AppRequest } from '../common/auth-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LinksService } from './links.service.js';

/** A 302 with an empty body (Express's would repeat the address). */
function redirect(res: Response, to: string): void {
  res.status(302).setHeader('Location', to);
  res.end();
}

export const LINK_NOT_FOUND =
  'That link leads to nothing you can open: it may have been removed, or it is for other people.';

/**
 * `GET /go/<kind>/<id>`: a stable short link (shared/src/links.ts), written into emails, calendar
 * files and exports. Public so that a person without a session is sent to sign in and back
 * (`/sign-in?next=/go/…`); a signed-in person is redirected (302) to the thing's page in its network,
 * or — nonexistent, or not theirs to see — gets the same "not found" either way, which names no network.
 * `GET /convenings/<id>`: the links of calendars and reminders sent before short links, redirected.
 */
@Controller()
export class LinksController {
  private notFoundPage: string | null | undefined;

  constructor(
    private readonly links: LinksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('go/:kind/:id')
  go(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.follow(req, res, String(req.params.kind), String(req.params.id));
  }

  /** Followed as its short link (the same answers, so the old links tell nobody more than the new). */
  @Public()
  @Get('convenings/:id')
  legacyConvening(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.follow(req, res, 'convening', String(req.params.id));
  }

  private async follow(req: AppRequest, res: Response, kind: string, id: string): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    const userId = req.auth?.user.id;
    if (!userId) {
      const next = isLinkKind(kind) ? shortLinkPath(kind, id) : req.path;
      return redirect(res, `/sign-in?${new URLSearchParams({ next }).toString()}`);
    }
    const to = await this.links.resolve(userId, kind, id);
    if (to) redirect(res, to);
    else this.notFound(req, res);
  }

  /** The app's page (its router shows "Page not found" at this address) for a browser; JSON otherwise. */
  private notFound(req: AppRequest, res: Response): void {
    res.status(404);
    const page = req.accepts(['json', 'html']) === 'html' ? this.appPage() : null;
    if (page) res.type('html').send(page);
    else res.json({ error: { code: 'NOT_FOUND', message: LINK_NOT_FOUND } });
  }

  private appPage(): string | null {
    if (this.notFoundPage === undefined) {
      const file = path.join(this.config.clientDist, 'index.html');
      this.notFoundPage = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    }
    return this.notFoundPage;
  }
}
