import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppRequest } from '../common/auth-context.js';
import { sendDownload } from '../common/download.js';
import { ConveningFilesService } from './convening-files.service.js';

/**
 * `GET /api/convenings/:id.ics`, `GET /api/convenings/:id/registrations.csv` and
 * `GET /api/me/sessions.ics`, with the session cookie or a bearer token.
 */
@Controller('api')
export class ConveningFilesController {
  constructor(private readonly files: ConveningFilesService) {}

  @Get('convenings/:id.ics')
  conveningCalendar(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    return sendDownload(req, res, { what: 'convening', id, inline: true }, (userId) =>
      this.files.conveningCalendar(userId, id),
    );
  }

  @Get('convenings/:id/registrations.csv')
  registrations(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    return sendDownload(req, res, { what: 'convening', id }, (userId) => this.files.registrationsCsv(userId, id));
  }

  @Get('me/sessions.ics')
  myCalendar(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return sendDownload(req, res, { what: 'calendar', inline: true }, (userId) => this.files.myCalendar(userId));
  }
}
