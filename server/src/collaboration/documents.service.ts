import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import type { DocumentKind } from '@switchback/shared';
import { Compactor } from './compactor.service.js';
import { DocumentPolicies, type DocumentPolicy } from './document-policies.js';
import { DocumentStore } from './document-store.service.js';
import { LiveDocuments } from './live-documents.service.js';
import { docFromState, fieldNames } from './rich-text.js';
import { UpdateLog } from './update-log.service.js';

export interface Contributor {
  userId: string;
  edits: number;
  lastEditedAt: Date;
}

/**
 * What owning features (units, convening notes) use of the collaboration engine. It knows nothing
 * of them: they register a policy for their kind and keep the document's id.
 */
@Injectable()
export class CollabDocumentsService {
  constructor(
    private readonly store: DocumentStore,
    private readonly live: LiveDocuments,
    private readonly log: UpdateLog,
    private readonly policies: DocumentPolicies,
    private readonly compactor: Compactor,
  ) {}

  registerPolicy(kind: DocumentKind, policy: DocumentPolicy): void {
    this.policies.register(kind, policy);
  }

  /** Creates a document (empty, or holding `state`), inside the caller's transaction when given. */
  create(kind: DocumentKind, ownerId: string, state?: Uint8Array, manager?: EntityManager): Promise<string> {
    return this.store.create(kind, ownerId, state, manager);
  }

  /** The document's whole current state as one Yjs update. */
  async snapshot(documentId: string): Promise<Uint8Array> {
    const open = this.live.get(documentId);
    return open ? Y.encodeStateAsUpdate(open.doc) : this.store.load(documentId);
  }

  /**
   * A change made by the server on someone's behalf (a restore): committed to the log first, then
   * sent to everyone who has the document open.
   */
  async applyUpdate(documentId: string, update: Uint8Array, authorId: string | null): Promise<void> {
    await this.log.append(documentId, update, authorId);
    this.live.integrate(documentId, update, null);
  }

  /**
   * Makes every field's content equal to that of `state`, as a new edit on top of the current
   * content: nothing anyone wrote since is destroyed, it stays in the history.
   */
  async replaceContent(documentId: string, state: Uint8Array, authorId: string): Promise<void> {
    const current = await this.snapshot(documentId);
    const work = docFromState(current);
    const source = docFromState(state);
    const before = Y.encodeStateVector(work);
    work.transact(() => {
      for (const name of new Set([...fieldNames(work), ...fieldNames(source)])) {
        const target = work.getXmlFragment(name);
        if (target.length) target.delete(0, target.length);
        const nodes = source
          .getXmlFragment(name)
          .toArray()
          .map((n) => n.clone());
        if (nodes.length) target.insert(0, nodes as (Y.XmlElement | Y.XmlText)[]);
      }
    });
    const update = Y.encodeStateAsUpdate(work, before);
    work.destroy();
    source.destroy();
    await this.applyUpdate(documentId, update, authorId);
  }

  /** Folds the log into the stored state now and refreshes the text projection. */
  async compact(documentId: string): Promise<void> {
    await this.log.flushed();
    await this.compactor.compact(documentId);
  }

  /** Plain text of documents as of their last compaction. */
  texts(documentIds: readonly string[]): Promise<Map<string, string>> {
    return this.store.texts(documentIds);
  }

  /** Who has changed each document, first contributor first. */
  contributors(documentIds: readonly string[]): Promise<Map<string, Contributor[]>> {
    return this.store.contributors(documentIds);
  }
}
