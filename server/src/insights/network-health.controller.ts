import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isUUID } from 'class-validator';
import type { AppRequest } from '../common/auth-context.js';
import { healthCsv, healthFilename } from './network-health.csv.js';
import { NetworkHealthService } from './network-health.service.js';

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, BAD_USER_INPUT: 400 };

/** `GET /api/networks/:id/health.csv?from=…&to=…`, with the session cookie or a bearer token. */
@Controller('api/networks')
export class NetworkHealthController {
  constructor(private readonly health: NetworkHealthService) {}

  /** Reads its parameters itself: no pipes run on them, so any value gets a JSON answer. */
  @Get(':id/health.csv')
  async csv(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const id = String(req.params.id);
    const fail = (status: number, code: string, message: string, fieldErrors?: unknown) => {
      res
        .status(status)
        .setHeader('Cache-Control', 'no-store')
        .json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } });
    };
    const userId = req.auth?.user.id;
    if (!userId) return fail(401, 'UNAUTHENTICATED', 'Please sign in to continue.');
    if (!isUUID(id)) return fail(404, 'NOT_FOUND', 'That network was not found.');
    try {
      const report = await this.health.networkHealth(userId, id, req.query.from, req.query.to);
      res
        .status(200)
        .setHeader('Content-Type', 'text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${healthFilename(report)}"`)
        .setHeader('Cache-Control', 'private, no-store')
        .send(healthCsv(report));
    } catch (err) {
      const code = err instanceof GraphQLError ? String(err.extensions.code) : '';
      if (!(code in STATUS)) throw err;
      const message = err instanceof Error ? err.message : 'That network was not found.';
      fail(STATUS[code], code, message, (err as GraphQLError).extensions.fieldErrors);
    }
  }
}
