import { useEffect, useSyncExternalStore } from 'react';

/**
 * How many parts of the page are waiting for data (each PageLoader on screen counts one), for the
 * progress bar at the top of the window (app/NavigationProgress.tsx).
 */
let waiting = 0;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts the calling component as waiting while it is mounted. */
export function useWaitingForData(): void {
  useEffect(() => {
    waiting += 1;
    changed();
    return () => {
      waiting -= 1;
      changed();
    };
  }, []);
}

/** Whether anything on the page waits for data. */
export function useAnythingWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting > 0,
    () => false,
  );
}
