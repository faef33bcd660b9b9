import type { DocumentAccess } from '@switchback/shared';

/**
 * The honest sync status of a live document, derived from plain facts the provider tracks. Kept free
 * of Yjs and sockets so the rules can be read (and tested) on their own.
 */
export type CollabStatus = 'connecting' | 'reconnecting' | 'saving' | 'saved' | 'offline';

/** What a live document's provider tells the page. */
export interface CollabState {
  status: CollabStatus;
  /** What the server lets this person do, once joined. */
  access: DocumentAccess | null;
  readOnly: boolean;
  /** The document cannot be opened (no access, no such document, session ended): a sentence to show. */
  error: string | null;
  /** A change the server will never accept (too large, unreadable): a sentence to show. */
  problem: string | null;
  /** A copy is kept in this browser (IndexedDB), so changes survive a closed tab while offline. */
  storedLocally: boolean;
  /** How many of this person's changes (edits) the server has not stored yet. */
  pendingChanges: number;
  /** Content can be shown: in sync with the server once, or the local copy is loaded while offline. */
  loaded: boolean;
}

export interface CollabFacts {
  /**
   * The server can be reached, as far as this tab knows (lib/connectivity.ts: the browser is online
   * and the last request or socket attempt got an answer) — the same answer as the page's notice.
   */
  online: boolean;
  /** The socket to the server is connected (the document may not be joined on it yet). */
  connected: boolean;
  /** The document is joined on a connected socket. */
  joined: boolean;
  /** The server's missing changes have arrived since the last join. */
  synced: boolean;
  /** The document has been in sync with the server at least once since it was opened. */
  everSynced: boolean;
  /** Local changes the server has not acknowledged as stored (sent or not). */
  unsaved: boolean;
}

export function collabStatus(f: CollabFacts): CollabStatus {
  if (!f.online) return 'offline';
  if (!f.joined) {
    // Connected but not joined with changes to store: the server is there (its database may not be,
    // and it refused to store them yet): they are kept and sent again, which is "Saving…".
    if (f.unsaved) return f.connected ? 'saving' : 'offline';
    return f.everSynced ? 'reconnecting' : 'connecting';
  }
  if (f.unsaved) return 'saving';
  if (!f.synced) return f.everSynced ? 'reconnecting' : 'connecting';
  return 'saved';
}

const changes = (n: number) => (n === 1 ? '1 change' : `${n} changes`);

/**
 * What the status badge says. `storedLocally` is false when this browser cannot keep a copy;
 * `pending` is how many changes wait for the server (0 when unknown, e.g. after a reload offline).
 */
export function collabStatusLabel(status: CollabStatus, storedLocally: boolean, pending = 0): string {
  switch (status) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'offline':
      if (pending > 0) {
        return storedLocally
          ? `Offline — ${changes(pending)} kept on this device`
          : `Offline — ${changes(pending)} not saved: keep this page open`;
      }
      return storedLocally
        ? 'Offline — changes kept on this device'
        : 'Offline — keep this page open to keep your changes';
    case 'reconnecting':
      return 'Reconnecting…';
    case 'connecting':
      return 'Connecting…';
  }
}
