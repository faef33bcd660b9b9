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
