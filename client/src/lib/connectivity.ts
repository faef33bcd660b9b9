import { useSyncExternalStore } from 'react';
import { ServerError } from '@apollo/client/errors';

/**
 * Whether the server can be reached: the one answer the page's offline notice and a live document's
 * status both use. The browser's `navigator.onLine` only knows about the local network (Wi-Fi up,
 * internet down is "online" to it), so every GraphQL request and every attempt of the live sockets
 * reports whether it got an answer, and the last one wins. While it cannot be reached, pages show
 * what the Apollo cache last saw, with a notice saying so, and editors keep changes on the device.
 */
let unreachable = false;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of [...listeners]) listener();
}

/** A request failed without an answer from the API (no network, or a proxy in front of a stopped server). */
export function isUnreachableError(error: unknown): boolean {
  return error instanceof TypeError || (ServerError.is(error) && [502, 503, 504].includes(error.statusCode));
}

/** Called with the outcome of every API request and socket connection attempt. */
export function reportApiReachable(reachable: boolean): void {
  if (unreachable === !reachable) return;
  unreachable = !reachable;
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

function isOffline(): boolean {
  return unreachable || navigator.onLine === false;
}

/** True while the browser is offline or the server did not answer the last request or socket attempt. */
export function useOffline(): boolean {
  return useSyncExternalStore(subscribe, isOffline, () => false);
}

/** The same answer outside React (live documents): whether the server can be reached now. */
export function serverReachable(): boolean {
  return typeof navigator === 'undefined' ? !unreachable : !isOffline();
}

/** Calls `listener` whenever the answer may have changed; returns the unsubscribe. */
export function onReachabilityChange(listener: () => void): () => void {
  if (typeof window === 'undefined') {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }
  return subscribe(listener);
}

/** Socket.io disconnect reasons that mean the server stopped answering (not a close on purpose). */
const LOST = new Set(['transport close', 'transport error', 'ping timeout']);

/** Reports a socket's connection attempts: connected, refused by the server (reached), or no answer. */
export function watchSocketReachability(socket: {
  on(event: 'connect', listener: () => void): unknown;
  on(event: 'connect_error', listener: (error: Error & { data?: unknown }) => void): unknown;
  on(event: 'disconnect', listener: (reason: string) => void): unknown;
}): void {
  socket.on('connect', () => reportApiReachable(true));
  // A middleware refusal (signed out…) carries data: the server answered.
  socket.on('connect_error', (error) => reportApiReachable(error?.data !== undefined));
  socket.on('disconnect', (reason) => {
    if (LOST.has(reason)) reportApiReachable(false);
  });
}
