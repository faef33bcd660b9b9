import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isUUID } from 'class-validator';
import type { AppRequest } from '../common/auth-context.js';
import { ConveningFilesService, type DownloadFile } from './convening-files.service.js';

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401 };

/**
 * `GET /api/convenings/:id.ics`, `GET /api/convenings/:id/registrations.csv` and
 * `GET /api/me/sessions.ics`, with the session cookie or a bearer token.
 */
@Controller('api')
export class ConveningFilesController {
  constructor(private readonly files: ConveningFilesService) {}

  @Get('convenings/:id.ics')
  conveningCalendar(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.send(req, res, true, (userId, id) => this.files.conveningCalendar(userId, id));
  }

  @Get('convenings/:id/registrations.csv')
  registrations(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.send(req, res, false, (userId, id) => this.files.registrationsCsv(userId, id));
  }

  @Get('me/sessions.ics')
  myCalendar(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.send(req, res, true, (userId) => this.files.myCalendar(userId), false);
  }

  private async send(
    req: AppRequest,
    res: Response,
    inline: boolean,
    make: (userId: string, id: string) => Promise<DownloadFile>,
    needsId = true,
  ): Promise<void> {
    const fail = (status: number, code: string, message: string) => {
      res.status(status).setHeader('Cache-Control', 'no-store').json({ error: { code, message } });
    };
    const userId = req.auth?.user.id;
    if (!userId) return fail(401, 'UNAUTHENTICATED', 'Please sign in to continue.');
    const id = String(req.params.id ?? '');
    if (needsId && !isUUID(id)) return fail(404, 'NOT_FOUND', 'That convening was not found.');
    try {
      const file = await make(userId, id);
      res
        .status(200)
        .setHeader('Content-Type', file.contentType)
        .setHeader('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${file.filename}"`)
        .setHeader('Cache-Control', 'private, no-store')
        .send(file.body);
    } catch (err) {
      const code = err instanceof GraphQLError ? String(err.extensions.code) : '';
      if (!(code in STATUS)) throw err;
      fail(STATUS[code], code, err instanceof Error ? err.message : 'That convening was not found.');
    }
  }
}
