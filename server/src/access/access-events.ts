import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Namespace } from 'socket.io';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
} from 'typeorm';
import { parseAccessChange, type AccessChange } from '@switchback/shared';

/** The server-to-server event that carries access changes between processes. */
export const ACCESS_CHANGED = 'access:changed';

export type AccessListener = (change: AccessChange) => void | Promise<void>;

/**
 * Revocation as an event. A service that changes who may read or write something publishes an
 * `AccessChange` once its transaction commits; every listener of this process gets it at once, and
 * every other server process gets it through the socket.io adapter (`serverSideEmit`, Postgres or
 * Redis), where the live-document and /live gateways re-check the sockets it concerns.
 *
 * An extra event costs a re-check; a missing one leaves access in place. So when in doubt, publish.
 */
@Injectable()
export class AccessEvents implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger('AccessEvents');
  private readonly listeners = new Set<AccessListener>();
  /** Namespaces that carry the event to other processes: sent on the first, heard on all. */
  private readonly channels: Namespace[] = [];
  /** Changes published inside a transaction, delivered when it commits (dropped if it rolls back). */
  private readonly afterCommit = new WeakMap<QueryRunner, AccessChange[]>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    // Told of every transaction's end, to publish what changed inside it only once it is committed.
    if (!this.db.subscribers.includes(this)) this.db.subscribers.push(this);
  }

  /**
   * A socket.io namespace to reach the other processes through. Every process attaches the same
   * namespaces (each gateway its own), sends on the first and listens on all, so each other process
   * hears an event exactly once.
   */
  attach(nsp: Namespace): void {
    if (this.channels.includes(nsp)) return;
    this.channels.push(nsp);
    nsp.on(ACCESS_CHANGED, (changes: unknown) => {
      if (!Array.isArray(changes)) return;
      for (const raw of changes) {
        const change = parseAccessChange(raw);
        if (change) this.deliver(change);
      }
    });
  }

  /** Calls `listener` for every change, from this process or another. Returns the unsubscribe. */
  subscribe(listener: AccessListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Publishes changes that are committed already (or made outside any transaction). */
  publish(...changes: AccessChange[]): void {
    if (!changes.length) return;
    for (const change of changes) this.deliver(change);
    const channel = this.channels[0];
    if (!channel) return;
    try {
      channel.serverSideEmit(ACCESS_CHANGED, changes);
    } catch (err) {
      this.logger.warn(`Access change not sent to the other servers: ${(err as Error).message}`);
    }
  }

  /**
   * Publishes once `m`'s transaction commits (at once when `m` is not in a transaction): a socket
   * re-checked before the commit would still see the old access.
   */
  publishAfterCommit(m: EntityManager | undefined, ...changes: AccessChange[]): void {
    const runner = m?.queryRunner;
    if (!runner?.isTransactionActive) return this.publish(...changes);
    const queued = this.afterCommit.get(runner);
    if (queued) queued.push(...changes);
    else this.afterCommit.set(runner, [...changes]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    // A savepoint released inside a larger transaction: wait for the outer commit.
    if (runner.isTransactionActive) return;
    const queued = this.afterCommit.get(runner);
    if (!queued) return;
    this.afterCommit.delete(runner);
    this.publish(...queued);
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    if (!event.queryRunner.isTransactionActive) this.afterCommit.delete(event.queryRunner);
  }

  private deliver(change: AccessChange): void {
    for (const listener of this.listeners) {
      try {
        const result = listener(change);
        if (result instanceof Promise)
          result.catch((err: Error) => this.logger.warn(`Re-checking access failed: ${err.message}`));
      } catch (err) {
        this.logger.warn(`Re-checking access failed: ${(err as Error).message}`);
      }
    }
  }
}
