import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { textOfState } from './rich-text.js';
import { UpdateLog } from './update-log.service.js';

/** Compact a document once this process has appended this many updates to it… */
const COMPACT_AFTER_UPDATES = 500;
/** …and sweep, this often, documents whose log has rows older than the sweep interval. */
const SWEEP_MS = 60_000;

/**
 * Folds a document's log into its stored state, in one transaction: the state and its plain-text
 * projection are rewritten and the merged rows deleted. Rows committed meanwhile (by this or another
 * process) are not touched and wait for the next compaction.
 */
@Injectable()
export class Compactor implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Compactor');
  private readonly appended = new Map<string, number>();
  private readonly running = new Map<string, Promise<void>>();
  private timer?: NodeJS.Timeout;
  private closing = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly log: UpdateLog,
  ) {}

  onModuleInit(): void {
    this.log.onAppended((id, n) => {
      const total = (this.appended.get(id) ?? 0) + n;
      this.appended.set(id, total);
      if (total >= COMPACT_AFTER_UPDATES) this.schedule(id);
    });
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    this.closing = true;
    clearInterval(this.timer);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  /** Compacts in the background; errors are logged (the log stays, nothing is lost). */
  schedule(documentId: string): void {
    if (this.closing) return;
    void this.compact(documentId).catch((err: Error) =>
      this.logger.warn(`Compaction of ${documentId} failed: ${err.message}`),
    );
  }

  /** Compacts a document now (one at a time per document in this process). */
  compact(documentId: string): Promise<void> {
    const current = this.running.get(documentId);
    if (current) return current;
    this.appended.delete(documentId);
    // One compaction at a time per process: many documents reaching the threshold together must not
    // take every database connection from the update log.
    const run = this.queue.then(() => this.run(documentId)).finally(() => this.running.delete(documentId));
    this.queue = run.catch(() => undefined);
    this.running.set(documentId, run);
    return run;
  }

  private async run(documentId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const [doc] = (await m.query(`SELECT state FROM document WHERE id = $1 FOR UPDATE`, [documentId])) as {
        state: Buffer;
      }[];
      if (!doc) return;
      const rows = (await m.query(
        `SELECT seq, "update" FROM document_update WHERE document_id = $1 ORDER BY seq LIMIT 20000`,
        [documentId],
      )) as { seq: string; update: Buffer }[];
      if (!rows.length) return;
      const merged = Y.mergeUpdates([new Uint8Array(doc.state), ...rows.map((r) => new Uint8Array(r.update))]);
      const text = textOfState(merged);
      await m.query(
        `UPDATE document SET state = $2, text = $3, compacted_at = now(), updated_at = now() WHERE id = $1`,
        [documentId, Buffer.from(merged), text],
      );
      const seqs = rows.map((r) => r.seq);
      // Who wrote the merged rows is kept in the contributor tally before the rows go.
      await m.query(
        `INSERT INTO document_contributor AS c (document_id, user_id, edits, first_edited_at, last_edited_at)
         SELECT document_id, author_id, count(*), min(created_at), max(created_at) FROM document_update
         WHERE seq = ANY($1::bigint[]) AND author_id IS NOT NULL
         GROUP BY document_id, author_id ORDER BY document_id, author_id
         ON CONFLICT (document_id, user_id) DO UPDATE SET edits = c.edits + EXCLUDED.edits,
           first_edited_at = LEAST(c.first_edited_at, EXCLUDED.first_edited_at),
           last_edited_at = GREATEST(c.last_edited_at, EXCLUDED.last_edited_at)`,
        [seqs],
      );
      await m.query(`DELETE FROM document_update WHERE seq = ANY($1::bigint[])`, [seqs]);
    });
  }

  /** Compacts documents whose oldest log row is older than a sweep, a few at a time. */
  async sweep(): Promise<void> {
    try {
      const rows = (await this.db.query(
        `SELECT document_id FROM document_update
         GROUP BY document_id HAVING min(created_at) < now() - make_interval(secs => $1) LIMIT 20`,
        [SWEEP_MS / 1000],
      )) as { document_id: string }[];
      for (const r of rows) await this.compact(r.document_id).catch(() => undefined);
    } catch (err) {
      this.logger.warn(`Compaction sweep failed: ${(err as Error).message}`);
    }
  }
}
