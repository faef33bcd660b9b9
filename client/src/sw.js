/* global self, caches */
/**
 * Switchback's service worker: it keeps the app shell (index.html and the built files) so a page
 * opens, and a unit keeps its offline edits (in IndexedDB), when the network is gone. Data never goes
 * through it: GraphQL, the REST API and sockets are left alone (the Apollo cache and the live
 * documents keep their own copies).
 *
 * Built by the `serviceWorker` plugin in vite.config.ts, which fills in VERSION and PRECACHE below;
 * a new build is a new worker, which takes over at once and deletes the caches of older builds.
 */

// Filled in by the build: an id of this build, and every file of the app shell.
const VERSION = '__SW_VERSION__';
const PRECACHE = ['__SW_PRECACHE__'];

const PREFIX = 'switchback-shell-';
const CACHE = PREFIX + VERSION;
const SHELL = '/index.html';
/** Never answered here: data must be fresh or fail (the pages fall back to what they last saw). */
const NETWORK_ONLY = ['/graphql', '/api/', '/socket.io', '/healthz'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: the files from the server, not from the browser's HTTP cache.
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
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
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NETWORK_ONLY.some((p) => url.pathname.startsWith(p))) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/assets/') || PRECACHE.includes(url.pathname)) {
    event.respondWith(cacheFirst(event, request));
  }
});

/** Pages: the server's answer when it can give one, otherwise the kept app shell (the router does the rest). */
async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
    return (await cachedShell()) ?? response;
  } catch (error) {
    const shell = await cachedShell();
    if (shell) return shell;
    throw error;
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
  const response = await fetch(request);
  // Not the app page the server sends for unknown paths (a file of an older build, for instance).
  const html = (response.headers.get('content-type') ?? '').includes('text/html');
  if (response.ok && !html) event.waitUntil(cache.put(request, response.clone()));
  return response;
}
