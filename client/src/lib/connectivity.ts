import { useSyncExternalStore } from 'react';
import { ServerError } from '@apollo/client/errors';

/**
 * Whether the API can be reached, as the last request found (or the browser says it is offline).
 * While it cannot, pages show what the Apollo cache last saw, with a notice saying so.
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

/** Called with the outcome of every API request. */
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

/** True while the browser is offline or the API did not answer the last request. */
export function useOffline(): boolean {
  return useSyncExternalStore(subscribe, isOffline, () => false);
}
