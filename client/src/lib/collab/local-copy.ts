import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { forgetUnsentChanges } from './unsent-changes';

export const IDB_PREFIX = 'switchback-doc-';

/**
 * The IndexedDB database of one person's copy of one document. Copies are per person: on a shared
 * computer, changes one person made offline are never loaded, and so never sent, under another
 * person's account (they are sent when their author opens the document again).
 */
export function localCopyName(userId: string, documentId: string): string {
  return `${IDB_PREFIX}${userId}-${documentId}`;
}

/** Copies opened in this tab, for browsers that cannot list their databases. */
const opened = new Set<string>();

/**
 * Deletes a person's copies of documents from this browser (at sign-out, so nothing of theirs stays
 * on a shared school computer); every person's when it is not known who was signed in. A copy still
 * open in a page (this one until it has left the document, or another tab) is deleted as soon as
 * that page lets go of it. Edits not yet saved go with it: signing out is leaving this device.
 */
export async function forgetLocalCopies(userId: string | null): Promise<void> {
  forgetUnsentChanges(userId);
  if (typeof indexedDB === 'undefined') return;
  const prefix = userId ? `${IDB_PREFIX}${userId}-` : IDB_PREFIX;
  const names = new Set(opened);
  try {
    for (const db of await indexedDB.databases()) if (db.name) names.add(db.name);
  } catch {
    // Not listed by this browser: the copies this tab opened are all we know of.
  }
  await Promise.all(
    [...names]
      .filter((name) => name.startsWith(prefix))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = () => {
              opened.delete(name);
              resolve();
            };
          }),
      ),
  );
}

export interface LocalCopy {
  /** The origin of the changes it loads into the document (null when there is no copy). */
  origin: unknown;
  /** Stops keeping the copy up to date. The stored data stays for the next visit. */
  close(): void;
}

/**
 * Keeps a document in this browser's IndexedDB, so it opens (with edits made offline) without the
 * network. `onLoaded(stored)` runs once the stored copy is in the document, with whether the browser
 * can keep one at all (not in some private windows, or when storage is full).
 */
export function openLocalCopy(
  userId: string,
  documentId: string,
  doc: Y.Doc,
  onLoaded: (stored: boolean) => void,
): LocalCopy {
  if (typeof indexedDB === 'undefined') {
    onLoaded(false);
    return { origin: null, close: () => undefined };
  }
  let done = false;
  const loaded = (stored: boolean) => {
    if (done) return;
    done = true;
    onLoaded(stored);
  };
  try {
    const name = localCopyName(userId, documentId);
    opened.add(name);
    const persistence = new IndexeddbPersistence(name, doc);
    void persistence.whenSynced.then(() => loaded(true));
    // y-indexeddb does not report a database that fails to open.
    (persistence as unknown as { _db: Promise<unknown> })._db.catch(() => loaded(false));
    return {
      origin: persistence,
      close: () => {
        done = true;
        void persistence.destroy().catch(() => undefined);
      },
    };
  } catch {
    loaded(false);
    return { origin: null, close: () => undefined };
  }
}
