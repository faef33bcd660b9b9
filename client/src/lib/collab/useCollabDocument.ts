import { useEffect, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { CollabProvider, type CollabState } from './collab-provider';

interface Entry {
  doc: Y.Doc;
  provider: CollabProvider;
  users: number;
  closeTimer?: ReturnType<typeof setTimeout>;
  /** When a component last rendered it: one about to mount keeps it open. */
  renderedAt: number;
}

/**
 * The open documents of this tab, one Y.Doc and provider each, shared by the components showing
 * them. A document is created when first rendered (nothing connects until it is mounted), opened on
 * mount and closed shortly after the last component using it unmounts (so React's double mount in
 * development, or a quick way back, reuses it).
 */
const entries = new Map<string, Entry>();
const CLOSE_AFTER_MS = 1000;

function entryFor(key: string, documentId: string, userId: string): Entry {
  let entry = entries.get(key);
  if (!entry) {
    const doc = new Y.Doc();
    entry = { doc, provider: new CollabProvider(documentId, doc, userId), users: 0, renderedAt: 0 };
    entries.set(key, entry);
  }
  entry.renderedAt = performance.now();
  return entry;
}

function retain(key: string, entry: Entry): () => void {
  clearTimeout(entry.closeTimer);
  entry.users += 1;
  entry.provider.connect();
  return () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    const close = () => {
      if (entry.users > 0) return;
      const idle = performance.now() - entry.renderedAt;
      if (idle < CLOSE_AFTER_MS) {
        entry.closeTimer = setTimeout(close, CLOSE_AFTER_MS - idle);
        return;
      }
      if (entries.get(key) === entry) entries.delete(key);
      entry.provider.destroy();
      entry.doc.destroy();
    };
    entry.closeTimer = setTimeout(close, CLOSE_AFTER_MS);
  };
}

export interface CollabDocument extends CollabState {
  doc: Y.Doc;
  provider: CollabProvider;
}

/**
 * A live document while the component is mounted: its Y.Doc, its provider (with `awareness`) and
 * the sync status, access and error, updated as they change. `userId` is the signed-in person's:
 * each person has their own copy (in memory and in IndexedDB).
 */
export function useCollabDocument(documentId: string, userId: string): CollabDocument {
  const key = `${userId}:${documentId}`;
  const entry = entryFor(key, documentId, userId);
  useEffect(() => retain(key, entry), [key, entry]);
  const state = useSyncExternalStore(entry.provider.subscribe, entry.provider.getState);
  return { ...state, doc: entry.doc, provider: entry.provider };
}
