import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isUUID } from 'class-validator';
import type { AppRequest } from '../common/auth-context.js';
import { sendDownload } from '../common/download.js';
import { notFound } from '../common/errors.js';
import { StudentExportService } from './student-export.service.js';

/** `GET /api/networks/:networkId/students/:id/export.zip`: one student's data, for their principal or a coordinator. */
@Controller('api/networks')
export class StudentExportController {
  constructor(private readonly exports: StudentExportService) {}

  @Get(':networkId/students/:id/export.zip')
  zip(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const networkId = String(req.params.networkId);
    const id = String(req.params.id);
    return sendDownload(req, res, { what: 'student', id }, (userId) => {
      if (!isUUID(networkId)) throw notFound('student');
      return this.exports.export(userId, networkId, id);
    });
  }
}
