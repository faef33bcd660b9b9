import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

interface Pending {
  documentId: string;
  update: Uint8Array;
  authorId: string | null;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Rows appended since the last compaction, per document, as this process saw them. */
export type AppendListener = (documentId: string, appended: number) => void;

/**
 * The append-only update log. `append` resolves only once the update is committed, so a caller
 * may acknowledge it to its sender. Updates arriving while a write is in flight are committed
 * together in the next statement (group commit): one round trip for many keystrokes.
 */
@Injectable()
export class UpdateLog implements OnApplicationShutdown {
  private readonly logger = new Logger('UpdateLog');
  private queue: Pending[] = [];
  private writing: Promise<void> | null = null;
  private listener: AppendListener | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onAppended(listener: AppendListener): void {
    this.listener = listener;
  }

  append(documentId: string, update: Uint8Array, authorId: string | null): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ documentId, update, authorId, resolve, reject });
      if (!this.writing) this.writing = this.drain();
    });
  }

  /** Resolves when everything queued so far is committed (or failed). */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flushed();
  }

  private async drain(): Promise<void> {
    // Let the updates of this event-loop turn join the batch.
    await new Promise<void>((r) => setImmediate(r));
    while (this.queue.length) {
      const batch = this.queue.splice(0, 500);
      try {
        await this.write(batch);
        for (const p of batch) p.resolve();
        if (this.listener) {
          const counts = new Map<string, number>();
          for (const p of batch) counts.set(p.documentId, (counts.get(p.documentId) ?? 0) + 1);
          for (const [id, n] of counts) this.listener(id, n);
        }
      } catch (err) {
        this.logger.error(`Could not commit ${batch.length} update(s): ${(err as Error).message}`);
        for (const p of batch) p.reject(err as Error);
      }
    }
    this.writing = null;
  }

  private async write(batch: Pending[]): Promise<void> {
    await this.db.query(
      `INSERT INTO document_update (document_id, "update", author_id)
       SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::uuid[])`,
      [batch.map((p) => p.documentId), batch.map((p) => Buffer.from(p.update)), batch.map((p) => p.authorId)],
    );
  }
}
