import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-protocols sync message types: [type: varUint, payload: varUint8Array]. */
export const SyncMessageType = { Step1: 0, Step2: 1, Update: 2 } as const;
export type SyncMessageTypeValue = (typeof SyncMessageType)[keyof typeof SyncMessageType];

export interface SyncMessage {
  type: SyncMessageTypeValue;
  /** A state vector (step 1) or a Yjs update (step 2, update). */
  payload: Uint8Array;
}

/** Encodes a sync message exactly as y-protocols' `writeSyncStep1/2` and `writeUpdate` do. */
export function encodeSyncMessage(type: SyncMessageTypeValue, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Reads a sync message; null when it is not one (unknown type, truncated, trailing bytes). */
export function decodeSyncMessage(message: Uint8Array): SyncMessage | null {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type !== 0 && type !== 1 && type !== 2) return null;
    const payload = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return null;
    return { type, payload };
  } catch {
    return null;
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Payloads travel as base64 text: socket.io sends a binary argument as two WebSocket frames (a
 * header and an attachment) but text as one, encoded once for a whole broadcast.
 */
export function toWire(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Bytes of a payload: base64 text, or binary from older clients; null when it is neither. */
export function fromWire(data: unknown): Uint8Array | null {
  if (typeof data === 'string') {
    if (data.length % 4 !== 0 || !BASE64.test(data)) return null;
    const binary = atob(data);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

/** The size in bytes a payload decodes to, without decoding it. */
export function wireSize(data: unknown): number {
  if (typeof data === 'string') return Math.floor((data.length * 3) / 4);
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}
