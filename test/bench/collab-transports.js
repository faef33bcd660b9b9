/**
 * The two ways the collaboration benchmark's editors reach a server, behind one interface:
 * `connect{Ours,Peer}({ url, token, documentId, doc, onError })` resolves once the editor's Y.Doc is
 * in sync with the server, with `{ send(update, onAck), close() }`. Local edits must be made with the
 * origin `LOCAL`; remote ones are applied with another origin.
 *  - ours: socket.io-client to `/collab` speaking the protocol of shared/src/collab.ts (join, sync
 *    steps 1 and 2, updates acknowledged once committed);
 *  - peer: the stock @hocuspocus/provider (one WebSocket per editor, via `ws`), which sends every
 *    local update by itself and has no acknowledgement of storage (`send` does nothing).
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { NodeWebSocket } from 'engine.io-client';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  COLLAB_NAMESPACE,
  CollabEvent,
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncMessage,
  fromWire,
  toWire,
} from '@switchback/shared';

export const LOCAL = 'bench-local';
const REMOTE = 'bench-remote';
const CONNECT_TIMEOUT_MS = 30_000;

let arrivedAt = 0;

/**
 * When the WebSocket message being handled arrived. Both clients get a WebSocket (from `ws`) that
 * notes each message's arrival and hands it to the client library on the next turn: one thread
 * hosts many editors, and without this an editor's receipt would wait for the decoding and
 * integrating of every message that reached the thread's other editors just before it.
 */
export const lastArrival = () => arrivedAt;

class TimedWebSocket extends WebSocket {
  emit(event, ...args) {
    if (event !== 'message') return super.emit(event, ...args);
    const at = performance.now();
    setImmediate(() => {
      arrivedAt = at;
      super.emit(event, ...args);
    });
    return true;
  }
}

/** engine.io-client's Node WebSocket transport, on a TimedWebSocket. */
class TimedEngineTransport extends NodeWebSocket {
  createSocket(uri, protocols, opts) {
    return new TimedWebSocket(uri, protocols, opts);
  }
}

const bytes = (raw) => fromWire(raw);

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out`)), CONNECT_TIMEOUT_MS);
    }),
  ]);
}

/** Our server: socket.io `/collab`, session token in the handshake. */
export async function connectOurs({ url, token, documentId, doc, onError = () => {} }) {
  const socket = io(url + COLLAB_NAMESPACE, {
    auth: { token },
    transports: [TimedEngineTransport],
    reconnection: false,
    forceNew: true,
  });
  let synced;
  const isSynced = new Promise((resolve) => (synced = resolve));
  socket.on(CollabEvent.Sync, (id, raw) => {
    if (id !== documentId) return;
    const message = decodeSyncMessage(bytes(raw));
    if (!message) return onError(new Error('malformed sync message from the server'));
    if (message.type === SyncMessageType.Step1) {
      const answer = Y.encodeStateAsUpdate(doc, message.payload);
      socket.emit(CollabEvent.Sync, documentId, toWire(encodeSyncMessage(SyncMessageType.Step2, answer)), () => {});
    } else {
      Y.applyUpdate(doc, message.payload, REMOTE);
      if (message.type === SyncMessageType.Step2) synced();
    }
  });
  socket.on(CollabEvent.Error, (e) => onError(new Error(`collab error ${e.code}: ${e.message}`)));
  socket.on('disconnect', (reason) => {
    if (reason !== 'io client disconnect') onError(new Error(`disconnected: ${reason}`));
  });
  await withTimeout(
    new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', (err) => reject(new Error(`connect_error ${err.data?.code ?? ''} ${err.message}`)));
    }),
    'connect',
  );
  const joined = await socket.timeout(CONNECT_TIMEOUT_MS).emitWithAck(CollabEvent.Join, { documentId });
  if (!joined.ok) throw new Error(`join refused: ${joined.code} ${joined.message}`);
  socket.emit(CollabEvent.Sync, documentId, toWire(encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(doc))));
  await withTimeout(isSynced, 'sync');
  return {
    access: joined.access,
    send(update, onAck) {
      socket.emit(CollabEvent.Sync, documentId, toWire(encodeSyncMessage(SyncMessageType.Update, update)), (ack) =>
        onAck(ack?.ok === true),
      );
    },
    close() {
      socket.disconnect();
    },
  };
}

/** The peer: a HocuspocusProvider with its own WebSocket, document name = our document id. */
export async function connectPeer({ url, documentId, doc, onError = () => {} }) {
  const provider = new HocuspocusProvider({
    url,
    name: documentId,
    document: doc,
    // No presence traffic: both systems carry the same edits and nothing else.
    awareness: null,
    WebSocketPolyfill: TimedWebSocket,
    maxAttempts: 1,
  });
  try {
    await withTimeout(
      new Promise((resolve) => {
        if (provider.isSynced) resolve();
        provider.on('synced', () => resolve());
      }),
      'hocuspocus sync',
    );
  } catch (err) {
    provider.destroy();
    throw err;
  }
  provider.on('close', ({ event }) => onError(new Error(`closed: ${event?.code ?? ''}`)));
  return {
    access: 'EDIT',
    send() {},
    close() {
      provider.destroy();
    },
  };
}

export const transports = { ours: connectOurs, peer: connectPeer };
