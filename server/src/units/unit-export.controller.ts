import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { UNIT_EXPORT_FORMATS, type UnitExportFormat } from '@switchback/shared';
import type { AppRequest } from '../common/auth-context.js';
import { sendDownload } from '../common/download.js';
import { fieldError } from '../common/errors.js';
import { UnitExportService } from './unit-export.service.js';

const isFormat = (value: unknown): value is UnitExportFormat =>
  typeof value === 'string' && (UNIT_EXPORT_FORMATS as readonly string[]).includes(value);

/** `GET /api/units/:id/export?format=md|docx`, with the session cookie or a bearer token. */
@Controller('api/units')
export class UnitExportController {
  constructor(private readonly exports: UnitExportService) {}

  /** Reads the id and format itself: no pipes run on them, so any value gets a JSON answer. */
  @Get(':id/export')
  export(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    const format: unknown = req.query.format;
    return sendDownload(req, res, { what: 'unit', id }, (userId) => {
      if (!isFormat(format)) throw fieldError('format', `Choose a format: ${UNIT_EXPORT_FORMATS.join(' or ')}.`);
      return this.exports.export(userId, id, format);
    });
  }
}
