/* global self, caches */
/**
 * Switchback's service worker: it keeps the app shell (index.html and the built files) so a page
 * opens, and a unit keeps its offline edits (in IndexedDB), when the network is gone. Data never goes
 * through it: GraphQL, the REST API and sockets are left alone (the Apollo cache and the live
 * documents keep their own copies).
 *
 * It never competes with the person for a slow link (docs/offline.md):
 * - installing, it keeps index.html and copies what the page has loaded from the browser's HTTP cache
 *   (`only-if-cached`, so never from the network);
 * - it keeps every built file a page fetches as it passes through;
 * - it fetches the rest one file at a time, only once no page has fetched anything for IDLE_MS and
 *   none of its own answers is still downloading, stopping the moment a page fetches again, and not
 *   at all when the person asked to save data (Data Saver / `Save-Data: on`);
 * - a new build copies every file the older build kept that it still lists (hashed names: same
 *   content) and fetches only what is new.
 *
 * Built by client/build/service-worker.ts, which fills in VERSION, SHELL_FILES and FILL_FILES below;
 * a new build is a new worker, which takes over at once and deletes the caches of older builds.
 */

// Filled in by the build: an id of this build, what index.html loads by itself, and every other file
// in the order a person likely needs it.
const VERSION = '__SW_VERSION__';
const SHELL_FILES = ['__SW_SHELL__'];
const FILL_FILES = ['__SW_FILL__'];

const PREFIX = 'switchback-shell-';
const CACHE = PREFIX + VERSION;
const SHELL = '/index.html';
const FILES = [SHELL, ...SHELL_FILES, ...FILL_FILES];
const LISTED = new Set(FILES);
/** Never answered here: data must be fresh or fail (the pages fall back to what they last saw). */
// `/auth/` and `/lti/` are full-page trips to and from a school account's provider or an LMS.
const NETWORK_ONLY = ['/graphql', '/api/', '/socket.io', '/healthz', '/auth/', '/lti/'];
/** How long the pages must have fetched nothing before the worker fetches for itself. */
const IDLE_MS = 5_000;
/** The longest one event keeps the worker alive for the fill (browsers stop a worker whose event runs 5 min). */
const KEEP_ALIVE_MS = 4 * 60_000;

let idleMs = IDLE_MS;
let lastActivity = Date.now();
/** Answers of the worker to a page that are still downloading. */
let inFlight = 0;
/** What the pages and the requests say about the person's wish to save data. */
let pageSavesData = false;
let requestSavesData = false;
/**
 * The fill's download under way (`{ path, abort, kept }`): stopped when a page fetches anything else;
 * a page that asks for this very file waits for it (`kept`) instead of downloading it a second time.
 */
let fillDownload = null;
let filling = null;
let fillState = 'waiting';
/** Whether a newer build is installing: it carries over what this one kept, so this one stops fetching. */
let replaced = false;

self.registration.addEventListener('updatefound', () => {
  // Also fired in the new worker about itself, which is not activated yet. A worker busy filling would
  // hold back the new one's activation (browsers wait for its events to end).
  if (self.serviceWorker?.state !== 'activated') return;
  replaced = true;
  fillDownload?.abort();
});

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await carryOver(cache);
      // index.html is this build's own (and small): always asked of the server (it revalidates).
      await cache.add(SHELL);
      // What the page has loaded so far (index.html's own files, and any page it opened lazily) is in
      // the browser's HTTP cache: copied from there, never from the network.
      await Promise.all(FILES.filter((url) => url !== SHELL).map((url) => keepIfBrowserHasIt(cache, url)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
      // What the page loaded between install and now (a page it prefetched, say) passed by no worker:
      // copied from the HTTP cache too.
      const cache = await caches.open(CACHE);
      await Promise.all((await missingFiles(cache)).map((url) => keepIfBrowserHasIt(cache, url)));
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Any fetch of a page, answered here or not (GraphQL too), means the link is in use.
  lastActivity = Date.now();
  requestSavesData = request.headers.get('save-data') === 'on';
  const sameFile =
    request.method === 'GET' && url.origin === self.location.origin && url.pathname === fillDownload?.path;
  if (!sameFile) fillDownload?.abort();
  event.waitUntil(fillWhenIdle());

  if (request.method !== 'GET') return;
  if (url.origin !== self.location.origin || NETWORK_ONLY.some((p) => url.pathname.startsWith(p))) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/assets/') || LISTED.has(url.pathname)) {
    event.respondWith(cacheFirst(event, request));
  }
});

/**
 * Messages of the pages: `switchback:page` (sent by main.tsx when a page starts) says whether the
 * person saves data; `switchback:fill-status` answers on the message's port how far the fill is, and
 * may set the idle time (only tests do, to not wait 5 s; it lasts as long as this worker runs).
 */
self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type === 'switchback:page') {
    pageSavesData = data.saveData === true;
    event.waitUntil(fillWhenIdle());
  } else if (data.type === 'switchback:fill-status') {
    if (typeof data.idleMs === 'number' && data.idleMs >= 0) idleMs = data.idleMs;
    event.waitUntil(
      (async () => {
        const missing = await missingFiles(await caches.open(CACHE));
        event.ports[0]?.postMessage({
          version: VERSION,
          files: FILES.length,
          missing: missing.length,
          saveData: savesData(),
          state: missing.length === 0 ? 'filled' : fillState,
        });
        await fillWhenIdle();
      })(),
    );
  }
});

/** Pages: the server's answer when it can give one, otherwise the kept app shell (the router does the rest). */
async function networkFirst(request) {
  inFlight++;
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
    return (await cachedShell()) ?? response;
  } catch (error) {
    const shell = await cachedShell();
    if (shell) return shell;
    throw error;
  } finally {
    inFlight--;
    lastActivity = Date.now();
  }
}

async function cachedShell() {
  return (await caches.open(CACHE)).match(SHELL);
}

/** Built files have the hash of their content in their name: a kept copy is always right. */
async function cacheFirst(event, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const { pathname } = new URL(request.url);
  if (fillDownload?.path === pathname && (await fillDownload.kept)) {
    const kept = await cache.match(request);
    if (kept) return kept;
  }
  inFlight++;
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    inFlight--;
    throw error;
  }
  // Kept as it passes through. Not the app page the server sends for unknown paths (a file of an
  // older build, for instance).
  const done = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  if (response.ok && !isHtml(response)) {
    event.waitUntil(
      cache
        .put(request, response.clone())
        .catch(() => undefined)
        .finally(done),
    );
  } else done();
  return response;
}

function isHtml(response) {
  return (response.headers.get('content-type') ?? '').includes('text/html');
}

/** From the caches of older builds, every file this build lists too, except the page itself. */
async function carryOver(cache) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const { pathname } = new URL(request.url);
      if (pathname === SHELL || !LISTED.has(pathname) || (await cache.match(request))) continue;
      const response = await old.match(request);
      if (response) await cache.put(request, response);
    }
  }
}

/** A file the page has loaded, from the browser's HTTP cache; nothing if it is not there. */
async function keepIfBrowserHasIt(cache, url) {
  if (await cache.match(url)) return;
  try {
    const response = await fetch(new Request(url, { cache: 'only-if-cached', mode: 'same-origin' }));
    if (response.ok && !isHtml(response)) await cache.put(url, response);
  } catch {
    // Not in the HTTP cache: the fill fetches it when the link is idle.
  }
}

async function missingFiles(cache) {
  const kept = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  return FILES.filter((f) => !kept.has(f));
}

function savesData() {
  return self.navigator.connection?.saveData === true || pageSavesData || requestSavesData;
}

/** The fill, once (every event of a page keeps the worker alive for it, up to KEEP_ALIVE_MS each). */
function fillWhenIdle() {
  filling ??= fill().finally(() => {
    filling = null;
  });
  return Promise.race([filling, new Promise((resolve) => setTimeout(resolve, KEEP_ALIVE_MS))]);
}

async function fill() {
  const cache = await caches.open(CACHE);
  const failed = new Set();
  for (;;) {
    if (replaced) return void (fillState = 'replaced');
    if (savesData()) return void (fillState = 'save-data');
    const missing = (await missingFiles(cache)).filter((f) => !failed.has(f));
    if (missing.length === 0) return void (fillState = failed.size ? 'stopped' : 'filled');
    fillState = 'waiting';
    await idle();
    if (replaced) return void (fillState = 'replaced');
    if (savesData()) return void (fillState = 'save-data');
    fillState = 'filling';
    const url = missing[0];
    const download = new AbortController();
    const kept = (async () => {
      // The default cache mode: the browser's HTTP cache answers if it has the file.
      const response = await fetch(url, { signal: download.signal });
      if (!response.ok || (url !== SHELL && isHtml(response))) return false;
      await cache.put(url, response);
      return true;
    })();
    const current = { path: url, abort: () => download.abort(), kept: kept.catch(() => false) };
    fillDownload = current;
    try {
      if (!(await kept)) failed.add(url);
    } catch {
      // Stopped because a page fetched something else: the file is fetched again at the next idle
      // moment. Otherwise the network is gone: the next event of a page starts the fill again.
      if (!download.signal.aborted) return void (fillState = 'stopped');
    } finally {
      if (fillDownload === current) fillDownload = null;
    }
  }
}

/**
 * Resolves once the pages have fetched nothing for `idleMs` and none of the worker's answers is
 * downloading (or a newer worker is taking over).
 */
function idle() {
  return new Promise((resolve) => {
    const check = () => {
      const wait = lastActivity + idleMs - Date.now();
      if ((wait <= 0 && inFlight === 0) || replaced) resolve();
      // Looked at again at least every second: the idle time may change meanwhile (tests set it).
      else setTimeout(check, Math.min(Math.max(wait, 100), 1_000));
    };
    check();
  });
}
