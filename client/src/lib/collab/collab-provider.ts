import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Socket } from 'socket.io-client';
import {
  CollabCloseCode,
  CollabEvent,
  decodeSyncMessage,
  encodeSyncMessage,
  SyncMessageType,
  type CollabAck,
  type CollabClosedPayload,
  type CollabErrorPayload,
  type CollabJoinResult,
  type DocumentAccess,
  type SyncMessageTypeValue,
  fromWire,
  toWire,
} from '@switchback/shared';
import { onReachabilityChange, reportApiReachable, serverReachable } from '../connectivity';
import { acquireCollabSocket, releaseCollabSocket, takeSendToken } from './collab-socket';
import { collabStatus, type CollabState } from './collab-status';
import { openLocalCopy, type LocalCopy } from './local-copy';
import { PendingChanges } from './pending-changes';
import { hasUnsentChanges, markUnsentChanges } from './unsent-changes';

export type { CollabState } from './collab-status';

/** Where the provider gets its socket: the tab's shared one unless told (tests bring their own). */
export interface CollabSocketSource {
  acquire(): Socket;
  release(): void;
}

const sharedSocket: CollabSocketSource = { acquire: acquireCollabSocket, release: releaseCollabSocket };

/** The longest pause between re-joins after a refusal (an outage, throttling): a change waits at most this once the server can store it. */
const MAX_RETRY_MS = 10_000;

const NO_ACCESS = 'You no longer have access to this document.';

const joinRefusals: Partial<Record<number, string>> = {
  [CollabCloseCode.NotFound]: 'This document does not exist, or you do not have access to it.',
  [CollabCloseCode.Unauthenticated]: 'Your session has ended. Sign in again to keep editing.',
  [CollabCloseCode.Revoked]: NO_ACCESS,
};

const bytes = fromWire;

/** An update that changes nothing: no structs and no deletions. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/**
 * Keeps one Y.Doc in sync with the server's copy over the shared /collab socket, with presence.
 *
 * Nothing is dropped: a local change is either sent (and kept until the server says it is stored),
 * or waits for the next sync. After every (re)join the server sends its state vector and the answer
 * carries whatever it lacks; changes sent but never acknowledged are sent again as well (applying a
 * change twice is harmless, and the server may hold a change in memory that it failed to store).
 * The document is also kept in IndexedDB, so edits made offline survive a reload.
 */
export class CollabProvider {
  readonly awareness: awarenessProtocol.Awareness;
  private socket: Socket | null = null;
  private localCopy: LocalCopy | null = null;
  private readonly listeners = new Set<() => void>();
  private state: CollabState;

  private started = false;
  private destroyed = false;
  /** The server can be reached (lib/connectivity.ts: the page's offline notice says the same). */
  private online = serverReachable();
  private stopWatchingReachability: (() => void) | null = null;
  private joined = false;
  private synced = false;
  private everSynced = false;
  private connectTrouble = false;
  private localLoaded = false;
  private storedLocally = false;
  private access: DocumentAccess | null = null;
  private error: string | null = null;
  private problem: string | null = null;
  /** Bumped on every join attempt and disconnection: answers to older requests are ignored. */
  private epoch = 0;

  private readonly pending = new PendingChanges();
  /** The server's sync step 1 of this join has been answered (with whatever it lacked). */
  private answeredStep1 = false;
  /** Whether this device is marked as holding changes the server lacks (`unsent-changes.ts`). */
  private markedUnsent: boolean;
  private awarenessPending = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = 0;

  /** `userId`: whose copy in IndexedDB to use (none when null). */
  constructor(
    readonly documentId: string,
    readonly doc: Y.Doc,
    private readonly userId: string | null,
    private readonly sockets: CollabSocketSource = sharedSocket,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.markedUnsent = userId !== null && hasUnsentChanges(userId, documentId);
    this.state = this.snapshot();
  }

  /** Opens the local copy and the connection. Idempotent. */
  connect(): void {
    if (this.started || this.destroyed) return;
    this.started = true;
    const onLocalLoaded = (stored: boolean) => {
      if (this.destroyed) return;
      this.localLoaded = true;
      this.storedLocally = stored;
      this.changed();
    };
    if (this.userId) this.localCopy = openLocalCopy(this.userId, this.documentId, this.doc, onLocalLoaded);
    else onLocalLoaded(false);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.stopWatchingReachability = onReachabilityChange(this.onNetworkChange);
    const socket = this.sockets.acquire();
    this.socket = socket;
    for (const [event, handler] of this.socketHandlers) socket.on(event, handler as (...args: unknown[]) => void);
    if (socket.connected) this.join();
    this.changed();
  }

  /** Leaves the document and frees everything but the copy in IndexedDB. The Y.Doc is the caller's. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.stopWatchingReachability?.();
    this.stopWatchingReachability = null;
    const socket = this.socket;
    if (socket) {
      if (this.joined && socket.connected) {
        // Others see this person leave at once rather than after the presence timeout.
        awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
        const removal = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
        socket.emit(CollabEvent.Awareness, this.documentId, toWire(removal));
        socket.emit(CollabEvent.Leave, { documentId: this.documentId });
      }
      for (const [event, handler] of this.socketHandlers) socket.off(event, handler as (...args: unknown[]) => void);
      this.sockets.release();
      this.socket = null;
    }
    this.localCopy?.close();
    this.localCopy = null;
    this.awareness.destroy();
    this.listeners.clear();
  }

  private get socketHandlers(): [string, (...args: never[]) => void][] {
    return [
      ['connect', this.join],
      ['disconnect', this.onDisconnect],
      ['connect_error', this.onConnectError],
      [CollabEvent.Sync, this.onSync],
      [CollabEvent.Awareness, this.onRemoteAwareness],
      [CollabEvent.Error, this.onServerError],
      [CollabEvent.Closed, this.onClosed],
    ];
  }

  /** For useSyncExternalStore: the same object until something changes. */
  getState = (): CollabState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  // ---- state ----

  private snapshot(): CollabState {
    const readOnly = this.access === 'VIEW';
    return {
      status: collabStatus({
        online: this.online,
        connected: this.socket?.connected ?? false,
        joined: this.joined,
        synced: this.synced,
        everSynced: this.everSynced,
        unsaved: !readOnly && this.pending.unsaved,
      }),
      access: this.access,
      readOnly,
      error: this.error,
      problem: this.problem,
      storedLocally: this.storedLocally,
      pendingChanges: readOnly ? 0 : this.pending.count,
      loaded: this.everSynced || (this.localLoaded && (!this.online || this.connectTrouble)),
    };
  }

  private changed(): void {
    this.updateUnsentMark();
    const next = this.snapshot();
    const prev = this.state;
    if ((Object.keys(next) as (keyof CollabState)[]).every((k) => next[k] === prev[k])) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Marks this device as holding changes the server lacks as soon as there is one, and clears the
   * mark only once the server has everything: joined, its state compared (step 1 answered, its
   * step 2 received) and every change sent since acknowledged. A copy loaded from IndexedDB is not
   * a change, so an offline reload keeps the mark until that comparison.
   */
  private updateUnsentMark(): void {
    if (this.userId === null || this.destroyed) return;
    const readOnly = this.access === 'VIEW';
    let unsent = this.markedUnsent;
    if (!readOnly && this.pending.unsaved) unsent = true;
    // Nothing of this person's will ever be stored (they may only read): nothing to open it for.
    else if (readOnly || (this.joined && this.synced && this.answeredStep1)) unsent = false;
    if (unsent === this.markedUnsent) return;
    this.markedUnsent = unsent;
    markUnsentChanges(this.userId, this.documentId, unsent);
  }

  // ---- joining ----

  private join = (): void => {
    const socket = this.socket;
    if (!socket?.connected || this.destroyed || this.error) return;
    const epoch = ++this.epoch;
    this.joined = false;
    this.synced = false;
    this.answeredStep1 = false;
    socket.emit(CollabEvent.Join, { documentId: this.documentId }, (result: CollabJoinResult) => {
      if (epoch !== this.epoch || this.destroyed) return;
      if (!result?.ok) {
        const refusal = result ? joinRefusals[result.code] : undefined;
        if (refusal) this.fail(refusal);
        else this.retryLater();
        return;
      }
      this.joined = true;
      this.access = result.access;
      this.connectTrouble = false;
      // Ask for what this copy lacks; the server's own step 1 follows, answered in onSync.
      socket.emit(
        CollabEvent.Sync,
        this.documentId,
        toWire(encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(this.doc))),
      );
      // Announced again with a newer clock: the others (and the server) saw this client removed at
      // the current one when the connection dropped, and would ignore the same state at that clock.
      const presence = this.awareness.getLocalState();
      if (presence !== null) this.awareness.setLocalState(presence);
      this.flush();
      this.changed();
    });
  };

  private onDisconnect = (): void => {
    this.epoch += 1;
    this.joined = false;
    this.synced = false;
    this.answeredStep1 = false;
    this.connectTrouble = true;
    // Acknowledgements of messages in flight will never come: they stay pending and are sent again
    // after the next join. Other people's presence is unknown until then.
    this.pending.connectionLost();
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    this.changed();
  };

  private onConnectError = (err: Error & { data?: { code?: number } }): void => {
    this.connectTrouble = true;
    if (err?.data?.code === CollabCloseCode.Unauthenticated) this.fail(joinRefusals[CollabCloseCode.Unauthenticated]!);
    else this.changed();
  };

  private onNetworkChange = (): void => {
    this.online = serverReachable();
    this.changed();
  };

  /** Stops for good (until the page is opened again): no more joins, retries or sends. */
  private fail(message: string): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.error = message;
    this.joined = false;
    this.changed();
  }

  /** Re-joins after a growing pause: the sync that follows sends whatever the server lacks. */
  private retryLater(): void {
    if (this.retryTimer || this.destroyed) return;
    this.retryDelay = Math.min(MAX_RETRY_MS, Math.max(1000, this.retryDelay * 2));
    const delay = this.retryDelay * (0.75 + Math.random() * 0.5);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.join();
    }, delay);
    this.changed();
  }

  // ---- document sync ----

  private onSync = (documentId: string, data: unknown): void => {
    if (documentId !== this.documentId || this.destroyed) return;
    const message = decodeSyncMessage(bytes(data) ?? new Uint8Array());
    if (!message) return;
    if (message.type === SyncMessageType.Step1) {
      this.answerStep1(message.payload);
      return;
    }
    try {
      Y.applyUpdate(this.doc, message.payload, this);
    } catch {
      return;
    }
    if (message.type === SyncMessageType.Step2) {
      this.synced = true;
      this.everSynced = true;
      this.changed();
    }
  };

  /** The server's state vector: send everything it lacks, and again whatever it never acknowledged. */
  private answerStep1(stateVector: Uint8Array): void {
    this.answeredStep1 = true;
    if (this.access === 'VIEW') {
      this.pending.clear();
      this.changed();
      return;
    }
    const missing = Y.encodeStateAsUpdate(this.doc, stateVector);
    const resend = this.pending.syncing();
    if (!isEmptyUpdate(missing)) this.send(SyncMessageType.Step2, missing);
    if (resend) this.send(SyncMessageType.Update, resend);
    this.changed();
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.destroyed) return;
    if (this.access === 'VIEW') return;
    const fromLocalCopy = this.localCopy?.origin != null && origin === this.localCopy.origin;
    if (!this.joined || !this.socket?.connected) {
      // The sync after the next join sends the whole difference. The local copy's own content is
      // not a new change: it may well be stored already (the next sync tells).
      if (!fromLocalCopy) this.pending.notSent();
    } else this.pending.queue(update);
    this.flush();
    this.changed();
  };

  /** Sends the waiting changes and presence, as the shared rate allows. */
  private flush = (): void => {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const socket = this.socket;
    if (!this.joined || !socket?.connected) {
      this.pending.connectionLost();
      return;
    }
    if (this.pending.waiting) {
      const wait = takeSendToken();
      if (wait > 0) return this.flushLater(wait);
      const update = this.pending.takeWaiting();
      if (update) this.send(SyncMessageType.Update, update);
    }
    if (this.awarenessPending) {
      const wait = takeSendToken();
      if (wait > 0) return this.flushLater(wait);
      this.awarenessPending = false;
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
      socket.emit(CollabEvent.Awareness, this.documentId, toWire(update));
    }
  };

  private flushLater(wait: number): void {
    if (!this.flushTimer) this.flushTimer = setTimeout(this.flush, wait);
  }

  /** Sends a change and keeps it until the server acknowledges it as stored. */
  private send(type: SyncMessageTypeValue, payload: Uint8Array): void {
    const socket = this.socket;
    if (!socket?.connected) {
      this.pending.notSent();
      return;
    }
    const id = this.pending.sending(payload);
    socket.emit(CollabEvent.Sync, this.documentId, toWire(encodeSyncMessage(type, payload)), (ack: CollabAck) =>
      this.onAck(id, ack),
    );
  }

  private onAck(id: number, ack: CollabAck): void {
    // Gone: merged into a later message (after a re-join), or the provider was destroyed.
    if (this.destroyed || !this.pending.awaits(id)) return;
    // Any answer is proof the server can be reached (the page's notice goes away too).
    if (ack) reportApiReachable(true);
    if (ack?.ok) {
      this.pending.settled(id);
      this.retryDelay = 0;
      this.changed();
      return;
    }
    switch (ack?.code) {
      case CollabCloseCode.ReadOnly:
        // Not this person's to change (any more): nothing will be stored; the local copy keeps it.
        this.access = 'VIEW';
        this.pending.clear();
        break;
      case CollabCloseCode.Revoked:
        // Access was taken away (left the group, signed out elsewhere…): stop, do not retry.
        this.pending.clear();
        this.fail(NO_ACCESS);
        break;
      case CollabCloseCode.TooLarge:
      case CollabCloseCode.Malformed:
        this.pending.settled(id);
        this.problem =
          ack.code === CollabCloseCode.TooLarge
            ? 'A change was too large to save. Undo it, or paste it in smaller parts.'
            : 'A change could not be saved. Reload the page to continue.';
        break;
      case CollabCloseCode.DocumentTooLarge:
        // Sending it again cannot help: the server's sentence says what to do.
        this.pending.settled(id);
        this.problem = ack.message;
        break;
      default:
        // Throttled, Unavailable, or the server lost track of this document: keep it and re-sync.
        this.retryLater();
    }
    this.changed();
  }

  // ---- presence ----

  private onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this) return;
    const mine = this.doc.clientID;
    if (!added.includes(mine) && !updated.includes(mine) && !removed.includes(mine)) return;
    this.awarenessPending = true;
    this.flush();
  };

  private onRemoteAwareness = (documentId: string, data: unknown): void => {
    if (documentId !== this.documentId || this.destroyed) return;
    const update = bytes(data);
    if (!update) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
    } catch {
      // A bad presence update from someone else is not worth breaking the editor for.
    }
  };

  private onServerError = (payload: CollabErrorPayload): void => {
    if (payload?.documentId !== this.documentId || this.destroyed) return;
    // Refused changes are handled with their acknowledgement; a server that forgot this socket's join
    // (it restarted without the socket noticing) is joined again.
    if (payload.code === CollabCloseCode.NotFound && this.joined) this.retryLater();
  };

  private onClosed = (payload: CollabClosedPayload): void => {
    if (payload?.documentId !== this.documentId || this.destroyed) return;
    if (payload.code === CollabCloseCode.ReadOnly) {
      // Still open, read-only from now on: changes not yet stored will not be.
      this.access = 'VIEW';
      this.pending.clear();
      this.changed();
      return;
    }
    // Revoked (no access any more) or Unauthenticated (signed out): the server closed it for good.
    this.fail(payload.reason || joinRefusals[payload.code] || 'This document was closed.');
  };
}
