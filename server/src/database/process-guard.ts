import { isDatabaseUnavailable } from './database-errors.js';

/**
 * The last line of defence: a lost or refused database connection that some library (or a
 * background timer's `void promise`) reports as an unhandled 'error' event or rejection is logged,
 * and the server keeps serving (every connection reconnects by itself). Anything else still ends the
 * process, as Node does by default: its state cannot be trusted any more. Returns the function that
 * removes the guard.
 */
export function guardAgainstDatabaseErrors(
  warn: (message: string) => void,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  const handle = (err: unknown) => {
    if (isDatabaseUnavailable(err)) {
      warn(`A lost database connection was not handled where it happened: ${(err as Error).message}`);
      return;
    }
    console.error(err);
    exit(1);
  };
  process.on('uncaughtException', handle);
  process.on('unhandledRejection', handle);
  return () => {
    process.off('uncaughtException', handle);
    process.off('unhandledRejection', handle);
  };
}
