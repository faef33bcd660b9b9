/**
 * The names of this browser's copies of documents, and their deletion at sign-out. Apart from
 * local-copy.ts so that signing out (on every page) needs none of the editor's code (Yjs).
 */
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

/** Called by local-copy.ts when it opens a copy. */
export function noteOpened(name: string): void {
  opened.add(name);
}

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
