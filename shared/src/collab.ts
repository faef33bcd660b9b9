/**
 * The wire protocol of live documents (socket.io namespace `/collab`), used by the server's
 * collaboration engine and the client's provider alike.
 *
 * Payloads are binary: `sync` messages are standard y-protocols sync messages (step 1, step 2,
 * update) and `awareness` messages are standard y-protocols awareness updates.
 */
export const COLLAB_NAMESPACE = '/collab';

/** Kinds of live document; each owning feature registers who may read and write its kind. */
export const DOCUMENT_KINDS = ['UNIT', 'SESSION_NOTES', 'LESSON_PLAN'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a person may do with a document they have joined. */
export const DOCUMENT_ACCESS = ['EDIT', 'VIEW'] as const;
export type DocumentAccess = (typeof DOCUMENT_ACCESS)[number];

export const CollabEvent = {
  /** client → server: `{ documentId }`, acknowledged with a `CollabJoinResult`. */
  Join: 'collab:join',
  /** client → server: `{ documentId }`. */
  Leave: 'collab:leave',
  /**
   * Both ways: `(documentId, message: Uint8Array)`. From a client, step 2 and update messages are
   * acknowledged with a `CollabAck` only after they are committed to the document's log.
   */
  Sync: 'collab:sync',
  /** Both ways: `(documentId, update: Uint8Array)`, a y-protocols awareness update. */
  Awareness: 'collab:awareness',
  /** server → client: `CollabErrorPayload`, for a message of that client that was refused. */
  Error: 'collab:error',
  /**
   * server → client: `CollabClosedPayload`, the document is closed for this client: `Revoked` (no
   * access any more), `ReadOnly` (may only read it now: the document stays open), `Unauthenticated`
   * (the session ended; the socket is disconnected next).
   */
  Closed: 'collab:closed',
} as const;

/**
 * Why the server refused or closed something, in the spirit of WebSocket close codes (4000–4999
 * are application codes). Sent as `code` in joins' results, errors, closings and `connect_error`.
 */
export const CollabCloseCode = {
  /** The message could not be read as a Yjs sync or awareness message. */
  Malformed: 4400,
  /** No valid session at the handshake. */
  Unauthenticated: 4401,
  /** The person may view the document but not change it. */
  ReadOnly: 4403,
  /** No such document, or the person may not know of it. */
  NotFound: 4404,
  /** The person's access was taken away while the document was open: it is closed for them. */
  Revoked: 4410,
  /** The message is larger than `COLLAB_LIMITS.maxMessageBytes`. */
  TooLarge: 4413,
  /**
   * The client sends faster than `COLLAB_LIMITS.messagesPerSecond` or `bytesPerSecond`: slow down
   * and re-sync.
   */
  Throttled: 4429,
  /** The server could not store the change; the client keeps it and retries. */
  Unavailable: 4503,
  /**
   * The change would take the document over the server's size limit (`COLLAB_MAX_DOCUMENT_BYTES`):
   * it is not stored; retrying cannot help until something is deleted.
   */
  DocumentTooLarge: 4507,
} as const;
export type CollabCloseCodeValue = (typeof CollabCloseCode)[keyof typeof CollabCloseCode];

export const COLLAB_LIMITS = {
  /** Largest sync or awareness message the server accepts (a whole unit is far smaller). */
  maxMessageBytes: 2 * 1024 * 1024,
  /** Sustained messages per second per connection, and the burst above it. */
  messagesPerSecond: 60,
  messageBurst: 240,
  /** Documents one connection may have open at once. */
  maxOpenDocuments: 20,
  /**
   * Bytes of changes and presence one connection may send per second, sustained, and the burst
   * above it (a large paste, or the edits an offline device sends when it comes back).
   */
  bytesPerSecond: 256 * 1024,
  byteBurst: 4 * 1024 * 1024,
  /**
   * The default size limit of one live document (its Yjs state), `COLLAB_MAX_DOCUMENT_BYTES` on the
   * server. A unit is text: a long one is a few hundred kilobytes.
   */
  maxDocumentBytes: 4 * 1024 * 1024,
} as const;

export interface CollabJoinRequest {
  documentId: string;
}

export type CollabJoinResult =
  { ok: true; access: DocumentAccess } | { ok: false; code: CollabCloseCodeValue; message: string };

export type CollabAck = { ok: true } | { ok: false; code: CollabCloseCodeValue; message: string };

export interface CollabErrorPayload {
  documentId: string;
  code: CollabCloseCodeValue;
  message: string;
}

export interface CollabClosedPayload {
  documentId: string;
  code: CollabCloseCodeValue;
  reason: string;
}

/** What a client puts in its awareness state: who it is, its colour and which section it is in. */
export interface CollabPresence {
  user: { id: string; name: string; color: string };
  /** The section (or other field) the person is editing, if any. */
  section?: string | null;
}

/** Caret colours with enough contrast against white for a name label in white text. */
export const PRESENCE_COLORS = [
  '#1864ab',
  '#2b8a3e',
  '#c92a2a',
  '#862e9c',
  '#d9480f',
  '#0b7285',
  '#5f3dc4',
  '#a61e4d',
] as const;

/** A stable colour for a person. */
export function presenceColor(userId: string): string {
  let h = 0;
  for (let i = 0; i < userId.length; i++) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[h % PRESENCE_COLORS.length];
}

/** The awareness field that carries a person's caret in one section's editor. */
export function caretField(section: string): string {
  return `cursor:${section}`;
}
