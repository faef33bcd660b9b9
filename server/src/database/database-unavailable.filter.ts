import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-errors.js';

const logger = new Logger('Database');

/**
 * HTTP requests (REST routes, and /graphql when the session middleware could not read the session)
 * that failed because PostgreSQL did not answer get a 503 with a plain sentence and code
 * UNAVAILABLE, shaped as a GraphQL error on /graphql: no stack trace, no "internal error". Anything
 * else goes on to Nest's usual handling; GraphQL resolvers' errors go to Apollo's `formatError`.
 */
@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    if (!isDatabaseUnavailable(exception)) return super.catch(exception, host);
    logger.warn(`Request refused, the database is not answering: ${(exception as Error).message}`);
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return undefined;
    res.status(503).setHeader('Retry-After', '5');
    const body = req.path?.startsWith('/graphql')
      ? { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'UNAVAILABLE' } }] }
      : { statusCode: 503, code: 'UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE };
    res.json(body);
    return undefined;
  }
}
