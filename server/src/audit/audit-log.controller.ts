import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppRequest } from '../common/auth-context.js';
import { sendDownload } from '../common/download.js';
import { AuditLogService } from './audit-log.service.js';

/** `GET /api/networks/:id/audit.csv?action=…`: the audit log for the network's coordinators. */
@Controller('api/networks')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get(':id/audit.csv')
  csv(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    return sendDownload(req, res, { what: 'network', id }, (userId) => this.log.csv(userId, id, req.query.action));
  }
}
