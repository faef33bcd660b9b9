import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import type { DocumentKind } from '@switchback/shared';
import type { DocumentRef } from './document-policies.js';
import { Document } from './document.entity.js';
import { textOfState } from './rich-text.js';

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/** Reads and creates document rows: the compacted state plus the log not yet compacted. */
@Injectable()
export class DocumentStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(kind: DocumentKind, ownerId: string, state?: Uint8Array, manager?: EntityManager): Promise<string> {
    const repo = (manager ?? this.db.manager).getRepository(Document);
    const row = await repo.save(
      repo.create({
        kind,
        ownerId,
        state: Buffer.from(state ?? EMPTY_UPDATE),
        text: state ? textOfState(state) : '',
        compactedAt: null,
      }),
    );
    return row.id;
  }

  async ref(documentId: string): Promise<DocumentRef | null> {
    if (!isUUID(documentId)) return null;
    return this.db.getRepository(Document).findOne({
      where: { id: documentId },
      select: { id: true, kind: true, ownerId: true },
    });
  }

  /** The document's state and every committed update after it, as one merged update. */
  async load(documentId: string): Promise<Uint8Array> {
    const rows: { state: Buffer | null; update: Buffer | null }[] = await this.db.query(
      `SELECT d.state, NULL::bytea AS update FROM document d WHERE d.id = $1
       UNION ALL
       (SELECT NULL, u.update FROM document_update u WHERE u.document_id = $1 ORDER BY u.seq)`,
      [documentId],
    );
    const parts = rows.map((r) => r.state ?? r.update).filter((b): b is Buffer => b !== null);
    return parts.length ? Y.mergeUpdates(parts.map((b) => new Uint8Array(b))) : EMPTY_UPDATE;
  }

  async texts(documentIds: readonly string[]): Promise<Map<string, string>> {
    if (!documentIds.length) return new Map();
    const rows: { id: string; text: string }[] = await this.db.query(
      `SELECT id, text FROM document WHERE id = ANY($1::uuid[])`,
      [[...documentIds]],
    );
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  async contributors(
    documentIds: readonly string[],
  ): Promise<Map<string, { userId: string; edits: number; lastEditedAt: Date }[]>> {
    const out = new Map<string, { userId: string; edits: number; lastEditedAt: Date }[]>();
    if (!documentIds.length) return out;
    // The tally of compacted edits plus the edits still in the log.
    const rows: { document_id: string; user_id: string; edits: number; last_edited_at: Date }[] = await this.db.query(
      `SELECT document_id, user_id, sum(edits)::int AS edits, max(last_at) AS last_edited_at FROM (
         SELECT document_id, user_id, edits, first_edited_at AS first_at, last_edited_at AS last_at
         FROM document_contributor WHERE document_id = ANY($1::uuid[])
         UNION ALL
         SELECT document_id, author_id, count(*), min(created_at), max(created_at)
         FROM document_update WHERE document_id = ANY($1::uuid[]) AND author_id IS NOT NULL
         GROUP BY document_id, author_id
       ) t GROUP BY document_id, user_id ORDER BY min(first_at)`,
      [[...documentIds]],
    );
    for (const r of rows) {
      const list = out.get(r.document_id) ?? [];
      list.push({ userId: r.user_id, edits: r.edits, lastEditedAt: r.last_edited_at });
      out.set(r.document_id, list);
    }
    return out;
  }
}
