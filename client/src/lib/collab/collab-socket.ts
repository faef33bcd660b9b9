import { io, type Socket } from 'socket.io-client';
import { COLLAB_LIMITS, COLLAB_NAMESPACE } from '@switchback/shared';
import { watchSocketReachability } from '../connectivity';

/**
 * One socket.io connection to the /collab namespace per tab, shared by every open live document.
 * It rides on the same engine.io connection as /live (socket.io multiplexes namespaces) and is
 * authenticated by the httpOnly session cookie. It is open while at least one document uses it.
 */
let socket: Socket | null = null;
let users = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** Closing the connection a moment after the last document closes lets a quick re-open reuse it. */
const IDLE_CLOSE_MS = 3000;

// When the browser says the network is gone, stop using the connection at once: a socket that looks
// open would otherwise swallow changes until its heartbeat times out. They stay in the document and
// in IndexedDB, and the sync on reconnection sends them.
function wentOffline(): void {
  socket?.disconnect();
}

function cameOnline(): void {
  if (socket && users > 0 && !socket.connected) socket.connect();
}

/** The shared socket, connecting it if needed. Pair every call with `releaseCollabSocket`. */
export function acquireCollabSocket(): Socket {
  clearTimeout(idleTimer);
  users += 1;
  if (!socket) {
    socket = io(COLLAB_NAMESPACE, {
      withCredentials: true,
      transports: ['websocket', 'polling'],
      autoConnect: false,
    });
    // Its attempts tell the page whether the server can be reached (one status for page and editor).
    watchSocketReachability(socket);
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameOnline);
  }
  // `active` is false after a manual disconnect or a refused handshake: try again (a person who
  // signed in again in another tab gets through).
  if (!socket.connected && !socket.active && navigator.onLine) socket.connect();
  return socket;
}

export function releaseCollabSocket(): void {
  users = Math.max(0, users - 1);
  if (users > 0) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (users === 0) socket?.disconnect();
  }, IDLE_CLOSE_MS);
}

/**
 * A token bucket a little under the server's per-connection limit, shared by every document on the
 * socket: a fast typist's keystrokes are merged into fewer messages instead of being throttled.
 */
const RATE = Math.floor(COLLAB_LIMITS.messagesPerSecond * 0.6);
const BURST = Math.floor(COLLAB_LIMITS.messageBurst / 2);
let tokens: number = BURST;
let refilledAt = 0;

/** Takes a send token: 0 when one was taken, otherwise the milliseconds until one is available. */
export function takeSendToken(now = performance.now()): number {
  tokens = Math.min(BURST, tokens + ((now - refilledAt) / 1000) * RATE);
  refilledAt = now;
  if (tokens >= 1) {
    tokens -= 1;
    return 0;
  }
  return Math.ceil(((1 - tokens) / RATE) * 1000);
}
