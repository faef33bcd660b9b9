import { Injectable } from '@nestjs/common';
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

/** Bytes a client may send, and how fast: refuses what is too large, malformed or too frequent. */
@Injectable()
export class CollabLimits {
  private readonly buckets = new WeakMap<object, Bucket>();

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
