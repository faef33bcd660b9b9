import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { isPublicError } from './errors.js';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../database/database-errors.js';

const logger = new Logger('GraphQL');
// messageId, messageParams, fieldMessageIds: the client translates these (common/errors.ts `translated`, docs/i18n.md).
const PUBLIC_EXTENSIONS = [
  'code',
  'fieldErrors',
  'retryAfterSeconds',
  'messageId',
  'messageParams',
  'fieldMessageIds',
] as const;

/**
 * What clients see of an error: our own errors and GraphQL's validation errors keep their message;
 * anything unexpected is logged and replaced by a plain sentence. Stack traces never leave.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isPublicError(code)) {
    const extensions: Record<string, unknown> = {};
    for (const k of PUBLIC_EXTENSIONS)
      if (formatted.extensions?.[k] !== undefined) extensions[k] = formatted.extensions[k];
    if ((code === 'BAD_USER_INPUT' || code === 'CONFLICT') && extensions.fieldErrors === undefined)
      extensions.fieldErrors = variableFieldErrors(formatted.message, error);
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (isDatabaseUnavailable(original)) {
    // An outage, not a bug: one line in the log, a sentence for the person, no stack anywhere.
    logger.warn(`The database is not answering: ${(original as Error).message}`);
    return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'UNAVAILABLE' } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side. Please try again in a moment.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * GraphQL's own variable errors (wrong type, value not in an enum, missing field) are BAD_USER_INPUT
 * without field errors; name the field from the message, so that every BAD_USER_INPUT has them.
 * E.g. `Variable "$input" got invalid value "X" at "input.role"; Value "X" does not exist…` → role.
 */
export function variableFieldErrors(message: string, error: unknown): Record<string, string> {
  const variable = /^Variable "\$(\w+)" /.exec(message);
  if (!variable) return {};
  const reason = (error as { originalError?: { message?: unknown } })?.originalError?.message;
  const why = typeof reason === 'string' ? reason : message;
  // Quotes inside values are escaped in the message, so ` at "…"; ` can only be the path.
  const at = / at "\w+((?:\.\w+|\[\d+\])+)"; /.exec(message);
  const path = at ? at[1].replace(/\[\d+\]/g, '').slice(1) : '';
  const missing = /^Field "(\w+)" (?:of required type|is not defined by type)/.exec(why);
  const field = missing ? (path ? `${path}.${missing[1]}` : missing[1]) : path || variable[1];
  return { [field]: why };
}
