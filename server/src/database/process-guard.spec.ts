import { describe, expect, it, jest } from '@jest/globals';
import { guardAgainstDatabaseErrors } from './process-guard.js';

/** Raises a process event as Node does for an uncaught error (the typings do not list it for emit). */
function raise(event: 'uncaughtException' | 'unhandledRejection', err: Error): void {
  (process.emit as (event: string, ...args: unknown[]) => boolean).call(process, event, err, Promise.resolve());
}

describe('guardAgainstDatabaseErrors', () => {
  it('logs-a-lost-database-connection-and-keeps-going-but-still-ends-on-anything-else', () => {
    const warn = jest.fn<(m: string) => void>();
    const exit = jest.fn<(code: number) => void>();
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const unguard = guardAgainstDatabaseErrors(warn, exit);
    try {
      // What the socket.io Postgres adapter's LISTEN client raised on `pg_ctl restart -m fast`.
      const lost = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      raise('uncaughtException', lost);
      raise('unhandledRejection', new Error('Connection terminated unexpectedly'));
      expect(warn).toHaveBeenCalledTimes(2);
      expect(exit).not.toHaveBeenCalled();

      raise('uncaughtException', new TypeError('x is not a function'));
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      unguard();
      error.mockRestore();
    }
  });
});
