/**
 * A mark in localStorage that this device holds changes to a document that the server has not
 * stored yet (made offline, or not acknowledged before the tab closed). The provider writes it; a
 * page reads it to open the editor at once, so the person sees their own text rather than the
 * server's older copy. Deliberately free of Yjs and IndexedDB: reading it costs one synchronous
 * lookup and loads no editor code.
 */

const PREFIX = 'switchback:unsent:';

export type MarkStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function browserStorage(): MarkStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage disabled by the browser's settings.
  }
}

function keyOf(userId: string, documentId: string): string {
  return `${PREFIX}${userId}-${documentId}`;
}

/** Whether this person's copy of the document on this device has changes the server lacks. */
export function hasUnsentChanges(userId: string, documentId: string, store = browserStorage()): boolean {
  try {
    return store?.getItem(keyOf(userId, documentId)) != null;
  } catch {
    return false;
  }
}

/** Notes (or, once the server has them all, forgets) that the copy has changes the server lacks. */
export function markUnsentChanges(userId: string, documentId: string, unsent: boolean, store = browserStorage()): void {
  try {
    if (unsent) store?.setItem(keyOf(userId, documentId), String(Date.now()));
    else store?.removeItem(keyOf(userId, documentId));
  } catch {
    // Storage full or disabled: the editor then opens when asked, and still sends the changes.
  }
}

/** Forgets a person's marks (every person's when not known), with their copies at sign-out. */
export function forgetUnsentChanges(userId: string | null, store = browserStorage()): void {
  if (!store) return;
  const prefix = userId ? `${PREFIX}${userId}-` : PREFIX;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Nothing that can be deleted.
  }
}
