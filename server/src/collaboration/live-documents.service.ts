import { Injectable, Logger } from '@nestjs/common';
import type { Namespace, Socket } from 'socket.io';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CollabEvent, encodeSyncMessage, SyncMessageType, toWire } from '@switchback/shared';
import { CollabLimits } from './collab-limits.js';
import { DocumentStore } from './document-store.service.js';
import { PeerRelay, type PeerMessage } from './peer-relay.service.js';
import { stampAwareness, type PresenceUser } from './presence-stamp.js';

/** A document open on this server: its Yjs state, presence, and who here has it open. */
export interface LiveDocument {
  id: string;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** Socket id → the awareness client ids that socket has announced. */
  sockets: Map<string, Set<number>>;
  /**
   * At least the size of the document's state in bytes, for its size limit (see `CollabLimits`):
   * measured when loaded, plus the length of every update applied since.
   */
  bytes: number;
}

export function roomOf(documentId: string): string {
  return `doc:${documentId}`;
}

/**
 * The documents this server holds in memory, only while someone here has them open, and the fan-out
 * of their changes: to the other people here at once, and to other server processes via the relay.
 */

/** When to look at the log a second time after the adapter listens again. */
const CATCH_UP_AGAIN_MS = 2000;
@Injectable()
export class LiveDocuments {
  private readonly logger = new Logger('LiveDocuments');
  private readonly docs = new Map<string, LiveDocument>();
  private readonly loading = new Map<string, Promise<LiveDocument>>();
  private nsp?: Namespace;
  private onLastLeave: (documentId: string) => void = () => undefined;

  constructor(
    private readonly store: DocumentStore,
    private readonly relay: PeerRelay,
    private readonly limits: CollabLimits,
  ) {}

  attach(nsp: Namespace, onLastLeave: (documentId: string) => void): void {
    this.nsp = nsp;
    this.onLastLeave = onLastLeave;
    this.relay.attach(nsp, (messages) => this.receive(messages));
    // The Postgres adapter listens again after losing its connection: what other processes relayed
    // meanwhile was missed, so every open document catches up from the log. Once more a little later:
    // a change relayed just before this process listened again may be committed just after the first
    // look (relaying does not wait for the commit).
    nsp.adapter.on('resubscribed', () => {
      void this.catchUp();
      setTimeout(() => void this.catchUp(), CATCH_UP_AGAIN_MS).unref();
    });
  }

  /** Applies to every open document what the database holds and it lacks, and sends that to its sockets here. */
  async catchUp(): Promise<void> {
    for (const live of [...this.docs.values()]) {
      try {
        const stored = new Y.Doc();
        Y.applyUpdate(stored, await this.store.load(live.id));
        const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(live.doc));
        stored.destroy();
        if (this.docs.get(live.id) !== live || (missing.length === 2 && missing[0] === 0 && missing[1] === 0)) continue;
        Y.applyUpdate(live.doc, missing, 'peer');
        live.bytes += missing.byteLength;
        this.nsp
          ?.to(roomOf(live.id))
          .local.emit(CollabEvent.Sync, live.id, toWire(encodeSyncMessage(SyncMessageType.Update, missing)));
      } catch (err) {
        this.logger.warn(`Could not catch up on ${live.id}: ${(err as Error).message}`);
      }
    }
  }

  get(documentId: string): LiveDocument | undefined {
    return this.docs.get(documentId);
  }

  get openCount(): number {
    return this.docs.size;
  }

  /** Opens the document for a socket (loading it if nobody here has it open). */
  async open(documentId: string, socket: Socket): Promise<LiveDocument> {
    let live = this.docs.get(documentId);
    if (!live) {
      let pending = this.loading.get(documentId);
      if (!pending) {
        pending = this.load(documentId).finally(() => this.loading.delete(documentId));
        this.loading.set(documentId, pending);
      }
      live = await pending;
    }
    if (!live.sockets.has(socket.id)) live.sockets.set(socket.id, new Set());
    await socket.join(roomOf(documentId));
    return live;
  }

  /** A socket leaves: its presence is removed for everyone; the last one out frees the memory. */
  async leave(documentId: string, socket: Socket): Promise<void> {
    const live = this.docs.get(documentId);
    await socket.leave(roomOf(documentId));
    if (!live) return;
    const clients = live.sockets.get(socket.id);
    live.sockets.delete(socket.id);
    if (clients?.size) {
      awarenessProtocol.removeAwarenessStates(live.awareness, [...clients], 'leave');
      const update = awarenessProtocol.encodeAwarenessUpdate(live.awareness, [...clients]);
      this.nsp?.to(roomOf(documentId)).local.emit(CollabEvent.Awareness, documentId, toWire(update));
      this.relay.publish(documentId, 'a', update);
    }
    if (live.sockets.size === 0) {
      this.docs.delete(documentId);
      live.awareness.destroy();
      live.doc.destroy();
      this.onLastLeave(documentId);
    }
  }

  /**
   * Applies an update (already validated) to the open copy and sends it to everyone else: the other
   * sockets here at once, and the other server processes. A socket's update is first charged to its
   * byte rate and checked against the document's size limit: a refusal (thrown) leaves everything
   * as it was, and the caller stores nothing.
   */
  integrate(documentId: string, update: Uint8Array, origin: Socket | null): void {
    const live = this.docs.get(documentId);
    if (origin) {
      this.limits.takeBytes(origin, update.byteLength);
      if (live) this.limits.admitToDocument(live, update);
    }
    if (live) {
      Y.applyUpdate(live.doc, update, origin ?? 'server');
      live.bytes += update.byteLength;
    }
    const message = toWire(encodeSyncMessage(SyncMessageType.Update, update));
    const target = origin ? origin.to(roomOf(documentId)) : this.nsp?.to(roomOf(documentId));
    target?.local.emit(CollabEvent.Sync, documentId, message);
    this.relay.publish(documentId, 'u', update);
  }

  /**
   * Applies a socket's awareness update, remembers which clients it speaks for, and passes it on,
   * stamped with the socket's identity (`user`): nobody appears under another name, and nobody
   * speaks for an awareness client another socket holds.
   */
  integrateAwareness(documentId: string, update: Uint8Array, origin: Socket, user: PresenceUser): void {
    const live = this.docs.get(documentId);
    if (!live) return;
    this.limits.takeBytes(origin, update.byteLength);
    const mine = live.sockets.get(origin.id);
    const states = live.awareness.getStates();
    // Free, already this socket's, or held (stamped) for the same person: a tab that reconnected
    // before its old connection timed out takes its awareness client back.
    const stamped = stampAwareness(
      update,
      user,
      (id) =>
        !!mine?.has(id) || (states.get(id)?.user as { id?: unknown } | undefined)?.id === user.id || !states.has(id),
    );
    if (!stamped) return;
    awarenessProtocol.applyAwarenessUpdate(live.awareness, stamped.update, origin.id);
    if (mine)
      for (const id of stamped.clientIds) {
        // Only clients the awareness knows now (an entry it ignored as stale or empty has no clock).
        if (mine.has(id) || !live.awareness.meta.has(id)) continue;
        for (const theirs of live.sockets.values()) theirs.delete(id);
        mine.add(id);
      }
    origin.to(roomOf(documentId)).local.emit(CollabEvent.Awareness, documentId, toWire(stamped.update));
    this.relay.publish(documentId, 'a', stamped.update);
  }

  /** Everyone's presence, for a socket that just joined. */
  awarenessSnapshot(live: LiveDocument): Uint8Array | null {
    const clients = [...live.awareness.getStates().keys()];
    return clients.length ? awarenessProtocol.encodeAwarenessUpdate(live.awareness, clients) : null;
  }

  private async load(documentId: string): Promise<LiveDocument> {
    const doc = new Y.Doc({ gc: true });
    Y.applyUpdate(doc, await this.store.load(documentId));
    for (const update of this.relay.recentUpdates(documentId)) Y.applyUpdate(doc, update);
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    // Every change applied later (from a socket, a peer process or the server) adds its length where it
    // is applied: no 'update' listener, which would make Yjs encode every transaction once more.
    const live: LiveDocument = { id: documentId, doc, awareness, sockets: new Map(), bytes: CollabLimits.measure(doc) };
    this.docs.set(documentId, live);
    return live;
  }

  private receive(messages: PeerMessage[]): void {
    for (const m of messages) {
      if (typeof m?.d !== 'string' || typeof m.b !== 'string') continue;
      const live = this.docs.get(m.d);
      if (!live) continue;
      const bytes = new Uint8Array(Buffer.from(m.b, 'base64'));
      try {
        if (m.t === 'u') {
          Y.applyUpdate(live.doc, bytes, 'peer');
          live.bytes += bytes.byteLength;
          this.nsp
            ?.to(roomOf(m.d))
            .local.emit(CollabEvent.Sync, m.d, toWire(encodeSyncMessage(SyncMessageType.Update, bytes)));
        } else if (m.t === 'a') {
          awarenessProtocol.applyAwarenessUpdate(live.awareness, bytes, 'peer');
          this.nsp?.to(roomOf(m.d)).local.emit(CollabEvent.Awareness, m.d, m.b);
        }
      } catch (err) {
        this.logger.warn(`Ignored a bad message from another server: ${(err as Error).message}`);
      }
    }
  }
}
