import pg from 'pg';

/**
 * A pg client whose connection is dropped when a query times out on the client side (the server
 * stalled: it did not even cancel the statement itself). Without this the timed-out query would stay
 * in flight on the connection, and the pool would hand that connection to the next request, which
 * would wait behind it. Dropped, the pool opens a fresh connection (within its connect timeout).
 */
export class TimedClient extends pg.Client {
  // The overloads of pg's query() are many; this only watches the promise when there is one.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result: unknown = (super.query as (...a: any[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.catch((err: unknown) => {
        if ((err as Error)?.message === 'Query read timeout') this.drop();
      });
    }
    return result;
  }

  private drop(): void {
    (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }
}
