import type { Page } from 'playwright-core';

/** What the app's service worker says of its cache (its `switchback:fill-status` answer). */
export interface FillStatus {
  version: string;
  /** Every file of the build it keeps, index.html included. */
  files: number;
  missing: number;
  /** Whether the person saves data, as far as the worker knows (its own navigator, a page, a request). */
  saveData: boolean;
  state: 'waiting' | 'filling' | 'filled' | 'save-data' | 'stopped' | 'replaced';
}

/**
 * Asks the page's active service worker how far its cache is; `idleMs` (tests only) sets how long the
 * link must be idle before it fetches for itself, instead of 5 s, for as long as the worker runs.
 */
export async function workerFillStatus(page: Page, idleMs?: number): Promise<FillStatus> {
  const status = await askWorker(page, idleMs);
  if (!status) throw new Error('the service worker did not answer within 5 s');
  return status;
}

/** The worker's answer, or null when none came within 5 s (a worker being replaced may not answer). */
function askWorker(page: Page, idleMs?: number): Promise<FillStatus | null> {
  return page.evaluate(async (idle) => {
    const registration = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    const answer = new Promise<FillStatus | null>((resolve) => {
      channel.port1.onmessage = (event) => resolve(event.data as FillStatus);
      setTimeout(() => resolve(null), 5_000);
    });
    registration.active?.postMessage({ type: 'switchback:fill-status', idleMs: idle }, [channel.port2]);
    return answer;
  }, idleMs);
}

/** Polls the worker until `check` passes or the deadline ends (then fails with the last answer). */
export async function waitForWorker(
  page: Page,
  check: (status: FillStatus) => boolean,
  what: string,
  { idleMs, ms = 60_000 }: { idleMs?: number; ms?: number } = {},
): Promise<FillStatus> {
  const deadline = Date.now() + ms;
  let status = await askWorker(page, idleMs);
  while (!status || !check(status)) {
    if (Date.now() > deadline) throw new Error(`${what}: the worker says ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 100));
    status = await askWorker(page, idleMs);
  }
  return status;
}

/** The paths of the files in the page's origin's caches, by cache name. */
export function cachedFiles(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

/** Asks the browser to look for a new /sw.js and resolves once the new worker is active. */
export function updateWorker(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    await registration.update();
    const next = registration.installing ?? registration.waiting;
    if (!next) throw new Error('no new worker: /sw.js did not change');
    if (next.state === 'activated') return;
    await new Promise<void>((resolve, reject) =>
      next.addEventListener('statechange', () => {
        if (next.state === 'activated') resolve();
        else if (next.state === 'redundant') reject(new Error('the new worker failed to install'));
      }),
    );
  });
}
