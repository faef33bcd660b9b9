import { describe, expect, it } from '@jest/globals';
import { decodeSyncMessage, encodeSyncMessage, fromWire, SyncMessageType, toWire, wireSize } from './collab-codec.js';

describe('collab wire format', () => {
  it('round-trips bytes through base64, including large payloads', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    for (const bytes of [new Uint8Array(), new Uint8Array([0, 1, 255]), big]) {
      expect(fromWire(toWire(bytes))).toEqual(bytes);
      expect(wireSize(toWire(bytes))).toBeGreaterThanOrEqual(bytes.length);
    }
  });

  it('takes binary from older clients and refuses what is neither', () => {
    expect(fromWire(new Uint8Array([1, 2]))).toEqual(new Uint8Array([1, 2]));
    expect(fromWire(new Uint8Array([1, 2]).buffer)).toEqual(new Uint8Array([1, 2]));
    for (const bad of ['hello', 'ab$=', 42, null, [1, 2], { a: 1 }]) expect(fromWire(bad)).toBeNull();
  });

  it('encodes sync messages as y-protocols does and refuses trailing or truncated bytes', () => {
    const message = encodeSyncMessage(SyncMessageType.Update, new Uint8Array([9, 8, 7]));
    expect(Array.from(message)).toEqual([2, 3, 9, 8, 7]);
    expect(decodeSyncMessage(message)).toEqual({ type: 2, payload: new Uint8Array([9, 8, 7]) });
    expect(decodeSyncMessage(new Uint8Array([2, 3, 9]))).toBeNull();
    expect(decodeSyncMessage(new Uint8Array([2, 1, 9, 9]))).toBeNull();
    expect(decodeSyncMessage(new Uint8Array([7, 0]))).toBeNull();
  });
});
