import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isUUID } from 'class-validator';
import type { AppRequest } from '../common/auth-context.js';
import { ExchangeResultsService } from './exchange-results.service.js';

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401 };

/** `GET /api/exchanges/:id/results.csv`: a teacher's own students' scores, with the session cookie or a bearer token. */
@Controller('api/exchanges')
export class ExchangeResultsController {
  constructor(private readonly results: ExchangeResultsService) {}

  @Get(':id/results.csv')
  async csv(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    const fail = (status: number, code: string, message: string) => {
      res.status(status).setHeader('Cache-Control', 'no-store').json({ error: { code, message } });
    };
    const userId = req.auth?.user.id;
    if (!userId) return fail(401, 'UNAUTHENTICATED', 'Please sign in to continue.');
    if (!isUUID(id)) return fail(404, 'NOT_FOUND', 'That exchange was not found.');
    try {
      const file = await this.results.csv(userId, id);
      res
        .status(200)
        .setHeader('Content-Type', 'text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${file.filename}"`)
        .setHeader('Cache-Control', 'private, no-store')
        .send(file.body);
    } catch (err) {
      const code = err instanceof GraphQLError ? String(err.extensions.code) : '';
      if (!(code in STATUS)) throw err;
      fail(STATUS[code], code, err instanceof Error ? err.message : 'That exchange was not found.');
    }
  }
}
