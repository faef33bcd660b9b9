/** What a person is told when PostgreSQL does not answer (an outage, a restart, a stall). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not answering: try again in a moment.';

/** Socket errors and PostgreSQL error codes that mean "the database is not there right now". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // connection_exception class
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  // too many connections
  '53300',
  // query_canceled (statement timeout), admin_shutdown, crash_shutdown, cannot_connect_now
  '57014',
  '57P01',
  '57P02',
  '57P03',
]);

/** node-postgres's own messages for a lost, timed-out or refused connection. */
const UNAVAILABLE_MESSAGES =
  /Query read timeout|timeout exceeded when trying to connect|Connection terminated|connection timeout|not queryable|Connection refused|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * True when an error (or the driver error inside TypeORM's QueryFailedError, or its cause) says the
 * database could not be reached or did not answer in time, rather than that a query was wrong.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  // An AggregateError (e.g. connecting to both ::1 and 127.0.0.1) carries its reasons in `errors`.
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
