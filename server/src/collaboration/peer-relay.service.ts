import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';

/** A change passed to the other server processes: a document update or an awareness update. */
export interface PeerMessage {
  /** Document id. */
  d: string;
  /** 'u' for a Yjs update, 'a' for an awareness update. */
  t: 'u' | 'a';
  /** The bytes, base64 (so the adapter sends plain JSON, not a binary attachment). */
  b: string;
}

const EVENT = 'collab:peer';
/** Recent updates kept for documents being loaded when they arrived. */
const RECENT_MS = 10_000;
/** Three heartbeats of the cluster adapter. */
const PEER_DISCOVERY_MS = 15_000;

/**
 * Carries changes between server processes over the socket.io adapter (Postgres or Redis), so
 * every process's copy of an open document stays current. The changes of one event-loop turn
 * travel together in one message.
 */
@Injectable()
export class PeerRelay {
  private nsp?: Namespace;
  private attachedAt = 0;
  private batch: PeerMessage[] = [];
  private scheduled = false;
  private recent: { at: number; documentId: string; update: Uint8Array }[] = [];

  attach(nsp: Namespace, receive: (messages: PeerMessage[]) => void): void {
    this.nsp = nsp;
    this.attachedAt = Date.now();
    nsp.on(EVENT, (messages: PeerMessage[]) => {
      if (!Array.isArray(messages)) return;
      const now = Date.now();
      for (const m of messages) {
        if (m?.t === 'u') this.recent.push({ at: now, documentId: m.d, update: Buffer.from(m.b, 'base64') });
      }
      this.prune(now);
      receive(messages);
    });
  }

  publish(documentId: string, kind: 'u' | 'a', bytes: Uint8Array): void {
    if (!this.nsp || !this.hasPeers()) return;
    this.batch.push({ d: documentId, t: kind, b: Buffer.from(bytes).toString('base64') });
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const messages = this.batch;
      this.batch = [];
      this.nsp?.serverSideEmit(EVENT, messages);
    });
  }

  /**
   * Whether other server processes may be listening. The Postgres adapter knows its peers from their
   * heartbeats (every 5 s; a starting process announces itself before it accepts connections); with
   * any other adapter, assume there are some.
   */
  private hasPeers(): boolean {
    // Until a few heartbeats have passed this process may not have heard of the others yet.
    if (Date.now() - this.attachedAt < PEER_DISCOVERY_MS) return true;
    const nodes = (this.nsp?.adapter as { nodesMap?: Map<string, unknown> } | undefined)?.nodesMap;
    return !(nodes instanceof Map) || nodes.size > 0;
  }

  /** Updates from other processes in the last few seconds, for a document that was loading meanwhile. */
  recentUpdates(documentId: string): Uint8Array[] {
    this.prune(Date.now());
    return this.recent.filter((r) => r.documentId === documentId).map((r) => r.update);
  }

  private prune(now: number): void {
    let i = 0;
    while (i < this.recent.length && now - this.recent[i].at > RECENT_MS) i++;
    if (i) this.recent.splice(0, i);
  }
}
