import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { localCopyName, noteOpened } from './local-copy-names';

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
    noteOpened(name);
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
