interface NetworkInformation {
  saveData?: boolean;
}

/**
 * Runs `load` (a dynamic import of code the person is likely to need next) once the browser is
 * idle: never under Save-Data, never where the browser cannot say it is idle. Returns a function
 * that cancels it if it has not started.
 */
export function prefetchWhenIdle(load: () => Promise<unknown>): () => void {
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  if (connection?.saveData || typeof requestIdleCallback !== 'function') return () => undefined;
  const id = requestIdleCallback(() => void load().catch(() => undefined));
  return () => cancelIdleCallback(id);
}
