import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { CollabPresence } from '@switchback/shared';

/** Who a socket is, as everyone else's presence list shows them. */
export type PresenceUser = CollabPresence['user'];

/** Longest section id or caret field name kept (section ids are short words). */
const MAX_FIELD = 100;
/** Caret fields one client may announce (one per section it has an editor for). */
const MAX_CARETS = 32;

/**
 * One client's presence as the server passes it on: `user` is the socket's own identity (whatever the
 * client claimed), and only the fields the editors read are kept: `section` and the carets
 * (`cursor…` fields holding Yjs relative positions). `null` (the client left) stays `null`.
 */
function stamp(state: unknown, user: PresenceUser): Record<string, unknown> | null {
  if (state === null) return null;
  const out: Record<string, unknown> = { user, section: null };
  if (!state || typeof state !== 'object' || Array.isArray(state)) return out;
  let carets = 0;
  for (const [key, value] of Object.entries(state as Record<string, unknown>)) {
    if (key === 'section') out.section = typeof value === 'string' && value.length <= MAX_FIELD ? value : null;
    else if (
      key.startsWith('cursor') &&
      key.length <= MAX_FIELD &&
      (value === null || (typeof value === 'object' && !Array.isArray(value))) &&
      carets++ < MAX_CARETS
    )
      out[key] = value;
  }
  return out;
}

/**
 * A client's awareness update with every entry stamped with the socket's identity, and without the
 * entries for awareness clients it may not speak for (`mayClaim`: another person's client, so nobody
 * can move or remove someone else's caret), with the awareness clients it speaks for. Null when
 * nothing is left. Throws on a malformed update.
 */
export function stampAwareness(
  update: Uint8Array,
  user: PresenceUser,
  mayClaim: (clientId: number) => boolean,
): { update: Uint8Array; clientIds: number[] } | null {
  const decoder = decoding.createDecoder(update);
  const entries: { clientId: number; clock: number; state: string }[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = stamp(JSON.parse(decoding.readVarString(decoder)) as unknown, user);
    if (mayClaim(clientId)) entries.push({ clientId, clock, state: JSON.stringify(state) });
  }
  if (!entries.length) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return { update: encoding.toUint8Array(encoder), clientIds: entries.map((e) => e.clientId) };
}
