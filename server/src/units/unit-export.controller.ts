import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isUUID } from 'class-validator';
import { UNIT_EXPORT_FORMATS, type UnitExportFormat } from '@switchback/shared';
import type { AppRequest } from '../common/auth-context.js';
import { UnitExportService } from './unit-export.service.js';

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401 };

/** `GET /api/units/:id/export?format=md|docx`, with the session cookie or a bearer token. */
@Controller('api/units')
export class UnitExportController {
  constructor(private readonly exports: UnitExportService) {}

  /** Reads the id and format itself: no pipes run on them, so any value gets a JSON answer. */
  @Get(':id/export')
  async export(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    const format: unknown = req.query.format;
    const fail = (status: number, code: string, message: string) => {
      res.status(status).setHeader('Cache-Control', 'no-store').json({ error: { code, message } });
    };
    const userId = req.auth?.user.id;
    if (!userId) return fail(401, 'UNAUTHENTICATED', 'Please sign in to continue.');
    if (typeof format !== 'string' || !(UNIT_EXPORT_FORMATS as readonly string[]).includes(format)) {
      return fail(400, 'BAD_USER_INPUT', `Choose a format: ${UNIT_EXPORT_FORMATS.join(' or ')}.`);
    }
    if (!isUUID(id)) return fail(404, 'NOT_FOUND', 'That unit was not found.');
    try {
      const file = await this.exports.export(userId, id, format as UnitExportFormat);
      res
        .status(200)
        .setHeader('Content-Type', file.contentType)
        .setHeader('Content-Disposition', `attachment; filename="${file.filename}"`)
        .setHeader('Cache-Control', 'private, no-store')
        .send(file.body);
    } catch (err) {
      const code = err instanceof GraphQLError ? String(err.extensions.code) : '';
      if (!(code in STATUS)) throw err;
      fail(STATUS[code], code, err instanceof Error ? err.message : 'That unit was not found.');
    }
  }
}
