import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { isPublicError } from './errors.js';

const logger = new Logger('GraphQL');
const PUBLIC_EXTENSIONS = ['code', 'fieldErrors', 'retryAfterSeconds'] as const;

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
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side. Please try again in a moment.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
