import { Inject, Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import {
  COLLAB_LIMITS,
  CollabCloseCode,
  decodeSyncMessage,
  fromWire,
  wireSize,
  type CollabCloseCodeValue,
  type SyncMessage,
} from '@switchback/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export class CollabRefusal extends Error {
  constructor(
    readonly code: CollabCloseCodeValue,
    message: string,
  ) {
    super(message);
  }
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A document as far as its size limit goes: its Yjs state, and the size it had when last measured plus what was added since. */
export interface SizedDocument {
  doc: Y.Doc;
  /** At least the size of the document's encoded state, in bytes (exact after `measure`). */
  bytes: number;
}

/**
 * Bytes a client may send, and how fast: refuses what is too large, malformed or too frequent, and
 * changes that would take a document over its size limit.
 */
@Injectable()
export class CollabLimits {
  private readonly buckets = new WeakMap<object, Bucket>();
  private readonly byteBuckets = new WeakMap<object, Bucket>();

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'collabMaxDocumentBytes'>) {}

  get maxDocumentBytes(): number {
    return this.config.collabMaxDocumentBytes;
  }

  /** Takes one message's worth from the connection's allowance (a token bucket). */
  take(connection: object, now = Date.now()): void {
    const { messagesPerSecond: rate, messageBurst: burst } = COLLAB_LIMITS;
    const b = this.buckets.get(connection) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    this.buckets.set(connection, b);
    if (b.tokens < 1) throw new CollabRefusal(CollabCloseCode.Throttled, 'Too many changes at once: slow down.');
    b.tokens -= 1;
  }

  /**
   * Takes `bytes` from the connection's byte allowance (a token bucket of `COLLAB_LIMITS.byteBurst`
   * refilled at `bytesPerSecond`). A refused message takes nothing: a small one may follow at once.
   */
  takeBytes(connection: object, bytes: number, now = Date.now()): void {
    const { bytesPerSecond: rate, byteBurst: burst } = COLLAB_LIMITS;
    const b = this.byteBuckets.get(connection) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    this.byteBuckets.set(connection, b);
    if (b.tokens < bytes) throw new CollabRefusal(CollabCloseCode.Throttled, 'Too many changes at once: slow down.');
    b.tokens -= bytes;
  }

  /**
   * Refuses an update (already validated) that would take the document over the size limit. Cheap
   * while the document is well under it: the running size is an upper bound (every applied update
   * adds its length); only near the limit is the state measured, and then only what the document
   * lacks of the update counts. An update that only deletes is always let through, so a document
   * over the limit (a lower limit set later) can still be made smaller.
   */
  admitToDocument(live: SizedDocument, update: Uint8Array): void {
    const limit = this.maxDocumentBytes;
    if (live.bytes + update.byteLength <= limit) return;
    live.bytes = CollabLimits.measure(live.doc);
    const missing = Y.diffUpdate(update, Y.encodeStateVector(live.doc));
    if (live.bytes + missing.byteLength <= limit || Y.decodeUpdate(missing).structs.length === 0) return;
    throw new CollabRefusal(
      CollabCloseCode.DocumentTooLarge,
      `This document is too large to take that change (the limit is ${formatBytes(limit)}). ` +
        'Delete something, or move part of it into another document.',
    );
  }

  /** The size of a document's encoded state, in bytes. */
  static measure(doc: Y.Doc): number {
    return Y.encodeStateAsUpdate(doc).byteLength;
  }

  /** The bytes of a binary message, or a refusal. */
  bytes(message: unknown): Uint8Array {
    if (wireSize(message) > COLLAB_LIMITS.maxMessageBytes)
      throw new CollabRefusal(CollabCloseCode.TooLarge, 'That change is too large to send at once.');
    const bytes = fromWire(message);
    if (!bytes) throw new CollabRefusal(CollabCloseCode.Malformed, 'Expected binary or base64 data.');
    return bytes;
  }

  /**
   * A sync message whose update (step 2 or update) decodes completely. Decoding before applying
   * means a malformed update never half-applies to the document.
   */
  syncMessage(message: unknown): SyncMessage & { empty: boolean } {
    const parsed = decodeSyncMessage(this.bytes(message));
    if (!parsed) throw new CollabRefusal(CollabCloseCode.Malformed, 'Not a Yjs sync message.');
    try {
      if (parsed.type === 0) {
        Y.decodeStateVector(parsed.payload);
        return { ...parsed, empty: false };
      }
      const { structs, ds } = Y.decodeUpdate(parsed.payload);
      // No change at all, e.g. a reconnecting viewer's step 2.
      return { ...parsed, empty: structs.length === 0 && ds.clients.size === 0 };
    } catch {
      throw new CollabRefusal(CollabCloseCode.Malformed, 'The change could not be read.');
    }
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} kB`;
}
