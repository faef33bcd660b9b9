import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppRequest } from '../common/auth-context.js';
import { sendDownload } from '../common/download.js';
import { NetworkHealthService } from './network-health.service.js';

/** `GET /api/networks/:id/health.csv?from=…&to=…`, with the session cookie or a bearer token. */
@Controller('api/networks')
export class NetworkHealthController {
  constructor(private readonly health: NetworkHealthService) {}

  /** Reads its parameters itself: no pipes run on them, so any value gets a JSON answer. */
  @Get(':id/health.csv')
  csv(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    return sendDownload(req, res, { what: 'network', id }, (userId) =>
      this.health.csv(userId, id, req.query.from, req.query.to),
    );
  }
}
