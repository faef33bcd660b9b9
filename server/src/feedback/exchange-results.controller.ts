import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppRequest } from '../common/auth-context.js';
import { sendDownload } from '../common/download.js';
import { ExchangeResultsService } from './exchange-results.service.js';

/** `GET /api/exchanges/:id/results.csv`: a teacher's own students' scores, with the session cookie or a bearer token. */
@Controller('api/exchanges')
export class ExchangeResultsController {
  constructor(private readonly results: ExchangeResultsService) {}

  @Get(':id/results.csv')
  csv(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    return sendDownload(req, res, { what: 'exchange', id }, (userId) => this.results.csv(userId, id));
  }
}
