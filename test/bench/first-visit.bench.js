/**
 * `npm run bench:first-visit`: a newcomer's first visit over a rural link, and their next one.
 *
 * Starts the built app (production mode, embedded PostgreSQL in a temporary folder, demo network),
 * puts a whole-browser link shaper in front of it (link-shaper.js: every byte the browser and its
 * service worker exchange goes through it) and drives a cold Debian Chromium through:
 *   1. the address of the app → the sign-in form usable (what was on screen first, and when);
 *   2. sign-in as a math teacher → home;
 *   3. Library → the language arts unit (someone else's: a reader) → its text visible;
 *   4. the link quiet (the service worker done) → bytes of the whole first session;
 *   5. a warm revisit in a new tab: home, then the unit.
 * Side by side, the same steps on a second, faster link. Prints one table per link.
 *
 * Env: BENCH_LINKS (default "400:400,1600:150": kbps:rtt pairs), BENCH_URL (an app already running
 * at that address, with the demo network, instead of starting one), BENCH_QUIET_MS (default 10000:
 * how long the link must carry nothing bigger than a heartbeat before the first session is over).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startLinkShaper } from './link-shaper.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LINKS = (process.env.BENCH_LINKS ?? '400:400,1600:150').split(',').map((pair) => {
  const [kbps, rttMs] = pair.split(':').map(Number);
  return { kbps, rttMs };
});
const QUIET_MS = Number(process.env.BENCH_QUIET_MS ?? 10_000);
const SESSION_CAP_MS = 300_000;
const TEACHER = 'sam.peters@demo.switchback.local';
const PASSWORD = 'switchback';
const UNIT_TITLE = /Arguing about the land/;
const UNIT_TEXT = 'a strong argument takes the other side seriously';

async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The built app on a free port, with its own embedded PostgreSQL and the demo network. */
async function startApp() {
  if (process.env.BENCH_URL) return { port: Number(new URL(process.env.BENCH_URL).port), stop: async () => {} };
  if (!fs.existsSync(path.join(ROOT, 'client/dist/index.html'))) throw new Error('Run `npm run build` first.');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-bench-'));
  // As root, the embedded PostgreSQL runs as another user, who must be able to enter the folder.
  fs.chmodSync(dataDir, 0o755);
  const proc = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`The app exited with ${proc.exitCode}:\n${log}`);
    if (Date.now() > deadline) throw new Error(`The app did not answer /healthz in 120 s:\n${log}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    port,
    stop: async () => {
      await new Promise((r) => (proc.on('exit', r), proc.kill('SIGTERM')));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const kb = (n) => `${Math.round(n / 1000)} KB`;
const mb = (n) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : kb(n));
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Polls the page for its first visible text (what a person sees while the app loads). */
function watchFirstText(page, t0) {
  let stop = false;
  const result = { at: null, text: '' };
  const done = (async () => {
    while (!stop && result.at === null) {
      const text = await page
        .evaluate(() => globalThis.document.body?.innerText.trim().replace(/\s+/g, ' ') ?? '')
        .catch(() => '');
      if (text) {
        result.at = Date.now() - t0;
        result.text = text.slice(0, 60);
      } else await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    result,
    stop: async () => {
      stop = true;
      await done;
    },
  };
}

async function firstSession(browser, shaper) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let requests = 0;
  context.on('request', () => (requests += 1));
  const page = await context.newPage();
  const rows = [];
  const step = async (name, fn) => {
    const mark = shaper.mark();
    const before = requests;
    const t0 = Date.now();
    const extra = await fn(t0, mark);
    const bytes = shaper.since(mark);
    rows.push({ name, ms: Date.now() - t0, bytes: bytes.down + bytes.up, requests: requests - before, ...extra });
    return extra;
  };
  const sessionStart = shaper.mark();
  const sessionT0 = Date.now();

  await step('sign-in form usable', async (t0, mark) => {
    const watch = watchFirstText(page, t0);
    await page.goto(`${shaper.url}/`, { waitUntil: 'commit' });
    await page.getByLabel('Email or username').waitFor({ state: 'visible', timeout: 180_000 });
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'visible', timeout: 180_000 });
    const usable = Date.now() - t0;
    const atUsable = shaper.since(mark);
    await watch.stop();
    // The form works as soon as it shows (it posts to the server); the app's code takes it over later.
    await page.locator('#boot-sign-in').waitFor({ state: 'detached', timeout: 180_000 });
    // The browser's own first contentful paint (the polling above is late while scripts compile).
    const fcp = await page.evaluate(
      () => globalThis.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const first = `first paint at ${fcp === null ? '?' : sec(fcp)}: “${watch.result.text}”; `;
    const tookOver = `the app took over at ${sec(Date.now() - t0)}, ${mb(shaper.since(mark).down)} down`;
    return { ms: usable, bytes: atUsable.down + atUsable.up, note: `${first}${tookOver}` };
  });
  await step('sign in → home', async () => {
    await page.getByLabel('Email or username').fill(TEACHER);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).waitFor({
      timeout: 180_000,
    });
  });
  let unitUrl = '';
  let unitClick = 0;
  await step('Library → unit text visible', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const link = page.getByRole('link', { name: UNIT_TITLE }).first();
    await link.waitFor({ timeout: 180_000 });
    const clicked = Date.now();
    await link.click();
    await page.getByText(UNIT_TEXT).first().waitFor({ timeout: 180_000 });
    unitClick = Date.now() - clicked;
    unitUrl = page.url();
    return { note: `${sec(unitClick)} after the click on the unit` };
  });
  // The first session ends when the link has been quiet (nothing but heartbeats) for QUIET_MS.
  await step('service worker done (link quiet)', async () => {
    const deadline = Date.now() + SESSION_CAP_MS;
    while (performance.now() - shaper.counters.lastByteAt < QUIET_MS && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const workers = context.serviceWorkers().length;
    return { quietAt: shaper.counters.lastByteAt, note: `${workers} service worker${workers === 1 ? '' : 's'}` };
  });
  const quietRow = rows.at(-1);
  const session = shaper.since(sessionStart);
  quietRow.ms = Math.max(0, quietRow.ms - QUIET_MS);
  rows.push({
    name: 'whole first session',
    ms: Date.now() - sessionT0 - QUIET_MS,
    bytes: session.down + session.up,
    requests,
    note: '',
  });

  // Warm revisit: a new tab of the same browser profile.
  const home = page.url().replace(/\/n\/([^/]+).*$/, '/n/$1');
  const again = await context.newPage();
  await page.close();
  await step('warm revisit: home', async () => {
    await again.goto(home, { waitUntil: 'commit' });
    await again.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).waitFor({
      timeout: 180_000,
    });
  });
  await step('warm revisit: unit', async () => {
    await again.goto(unitUrl, { waitUntil: 'commit' });
    await again.getByText(UNIT_TEXT).first().waitFor({ timeout: 180_000 });
  });
  await context.close();
  return rows;
}

async function main() {
  const app = await startApp();
  const browser = await launch();
  const tables = [];
  try {
    for (const link of LINKS) {
      const shaper = await startLinkShaper({ target: app.port, ...link });
      try {
        const rows = await firstSession(browser, shaper);
        tables.push({ link, rows, connections: shaper.counters.connections });
      } finally {
        await shaper.close();
      }
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  for (const { link, rows, connections } of tables) {
    const rate = link.kbps >= 1000 ? `${link.kbps / 1000} Mbps` : `${link.kbps} kbps`;
    console.log(`\n### ${rate} each way, ${link.rttMs} ms round trip (${connections} TCP connections)\n`);
    console.log('| step | time | transferred | requests | note |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const r of rows)
      console.log(`| ${r.name} | ${sec(r.ms)} | ${mb(r.bytes)} | ${r.requests} | ${r.note ?? ''} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
