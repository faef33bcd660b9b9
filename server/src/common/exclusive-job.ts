import type { DataSource, EntityManager } from 'typeorm';

/**
 * PostgreSQL advisory lock ids of the background jobs that run in every server process, one process
 * at a time. Every id is used once (724_193_001 is taken by the migrations, see database/prepare.ts).
 */
export const JOB_LOCKS = {
  digest: 724_193_002,
  exchangePhases: 724_193_005,
  conveningReminders: 724_193_061,
  mediaRetention: 724_193_091,
  mediaRenditions: 724_193_092,
} as const;

export type JobLock = keyof typeof JOB_LOCKS;

/**
 * Takes the job's lock for the transaction of `m` if no other process holds it; returns whether it
 * did. The lock is let go when the transaction ends.
 */
export async function takeJobLock(m: EntityManager, lock: JobLock): Promise<boolean> {
  const [row] = await m.query<{ locked: boolean }[]>('SELECT pg_try_advisory_xact_lock($1) AS locked', [
    JOB_LOCKS[lock],
  ]);
  return row?.locked === true;
}

/**
 * Runs `work` in a transaction holding the job's lock, or nothing (null) when another process is
 * running the job right now.
 */
export function runExclusive<T>(
  db: DataSource,
  lock: JobLock,
  work: (m: EntityManager) => Promise<T>,
): Promise<T | null> {
  return db.transaction(async (m) => ((await takeJobLock(m, lock)) ? work(m) : null));
}

/**
 * Calls `fn` every `ms` milliseconds (a failure is logged, the next run still comes) without keeping
 * the process alive; returns the function that stops it, for `onModuleDestroy`.
 */
export function every(ms: number, logger: { warn(message: string): unknown }, fn: () => Promise<unknown>): () => void {
  const timer = setInterval(() => void fn().catch((e: Error) => logger.warn(e.message)), ms);
  timer.unref();
  return () => clearInterval(timer);
}
