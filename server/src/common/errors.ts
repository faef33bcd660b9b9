import { GraphQLError } from 'graphql';

/** Error codes a client can rely on (in `extensions.code`). */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export type FieldErrors = Record<string, string>;

/** Arguments of a translated message ("{min}"): numbers and words that are not user content. */
export type MessageParams = Record<string, string | number>;

/**
 * Marks an error a student may see with a stable message id (and its arguments): the client shows
 * the sentence of `errors:<id>` from its catalog in the person's language, and the English `message`
 * when it has none (docs/i18n.md, "Errors from the API"). `fieldIds` does the same for field errors
 * whose text differs from the summary.
 */
export function translated(
  error: GraphQLError,
  messageId: string,
  params: MessageParams = {},
  fieldIds: Record<string, string> = {},
): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      ...error.extensions,
      messageId,
      ...(Object.keys(params).length ? { messageParams: params } : {}),
      ...(Object.keys(fieldIds).length ? { fieldMessageIds: fieldIds } : {}),
    },
  });
}

function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Bad input: `fieldErrors` maps input field names to a message a teacher understands. */
export function badInput(message: string, fieldErrors: FieldErrors = {}): GraphQLError {
  return appError('BAD_USER_INPUT', message, { fieldErrors });
}

/** Bad value in one field: the message is shown next to that field and as the summary. */
export function fieldError(field: string, message: string): GraphQLError {
  return badInput(message, { [field]: message });
}

const SIGN_IN_TO_CONTINUE = 'Please sign in to continue.';
const NOT_ALLOWED = 'You do not have permission to do that.';

export function unauthenticated(message = SIGN_IN_TO_CONTINUE): GraphQLError {
  return appError('UNAUTHENTICATED', message, message === SIGN_IN_TO_CONTINUE ? { messageId: 'unauthenticated' } : {});
}

export function forbidden(message = NOT_ALLOWED): GraphQLError {
  return appError('FORBIDDEN', message, message === NOT_ALLOWED ? { messageId: 'forbidden' } : {});
}

/**
 * Not found. Also used where the thing exists but belongs to a network the person is not in,
 * so that nobody can learn what exists elsewhere.
 */
export function notFound(what: string): GraphQLError {
  // The client says "not found" in the person's language without naming the thing (`what` is English).
  return appError('NOT_FOUND', `That ${what} was not found.`, { messageId: 'notFound' });
}

/**
 * Awaits an access check on the parent of a `what` found by its id: a NOT_FOUND from the check
 * (the parent is in a network the person is not in) names the `what`, as for an id nobody has.
 */
export async function notFoundAs<T>(what: string, check: Promise<T>): Promise<T> {
  try {
    return await check;
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === 'NOT_FOUND') throw notFound(what);
    throw err;
  }
}

export function conflict(message: string, fieldErrors: FieldErrors = {}): GraphQLError {
  return appError('CONFLICT', message, { fieldErrors });
}

export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return appError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
}

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** True for errors whose message is meant for the person (everything else is masked). */
export function isPublicError(code: unknown): boolean {
  return typeof code === 'string' && KNOWN_CODES.has(code);
}
