import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { startCountingProxy, type CountingProxy, type ProxiedRequest } from '../support/counting-proxy.js';
import { cachedFiles, updateWorker, waitForWorker, workerFillStatus } from '../support/service-worker.js';
import type { TestServer } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
/** Data, and the worker's own script (the browser fetches it, not the worker). */
const NOT_FILES = ['/graphql', '/api/', '/socket.io', '/healthz', '/sw.js'];
/** Long enough that the worker never finds the link idle while the test clicks. */
const NEVER_IDLE_MS = 600_000;
const PREFIX = 'switchback-shell-';

/** The worker's build id and its lists of files, read from /sw.js as the build wrote them. */
function manifestOf(code: string) {
  const list = (name: string) => JSON.parse(new RegExp(`const ${name} = (\\[.*?\\]);`).exec(code)![1]) as string[];
  const version = /const VERSION = "([^"]+)";/.exec(code)![1];
  return { version, shell: list('SHELL_FILES'), fill: list('FILL_FILES') };
}

describe('the service worker on a slow link', () => {
  let server: TestServer;
  let browser: Browser;
  let proxy: CountingProxy;
  beforeAll(async () => {
    ({ server, browser } = await startBrowserApp());
    proxy = await startCountingProxy(server.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await stopBrowserApp(server, browser);
  });

  /** What the pages of a context asked for (their own view: answered by the worker or not). */
  let pageAsked: string[] = [];
  const watch = (page: Page) =>
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === proxy.url) pageAsked.push(url.pathname);
    });
  const mark = () => ({ proxy: proxy.requests.length, page: pageAsked.length });
  /**
   * Requests that reached the server since `from` that no page asked for: the worker's own fetches.
   * (A page's request the worker passes on reaches the server too, but the page asked for it; Chromium
   * sends `Sec-Fetch-Dest: empty` for both, so the header cannot tell them apart.)
   */
  const workerFetches = (from: { proxy: number; page: number }): ProxiedRequest[] => {
    const asked = pageAsked.slice(from.page);
    return proxy.requests.slice(from.proxy).filter((r) => {
      if (NOT_FILES.some((p) => r.path.startsWith(p))) return false;
      const i = asked.indexOf(r.path);
      if (i < 0) return true;
      asked.splice(i, 1);
      return false;
    });
  };
  /** Built files the pages asked the server for (directly or through the worker). */
  const pageFiles = (from: { proxy: number; page: number }): string[] =>
    proxy.requests.slice(from.proxy).flatMap((r) => (r.path.startsWith('/assets/') ? [r.path] : []));
  const keptBy = async (page: Page, version: string) => (await cachedFiles(page))[PREFIX + version] ?? [];

  it('keeps-only-what-the-page-loaded-while-the-person-clicks-fills-the-rest-one-file-at-a-time-when-idle-and-fetches-only-what-a-deploy-changed', async () => {
    const net = await createNetwork(server.db);
    const ana = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Ana Alvarez' });
    const group = await createGroup(server.db, net, { name: 'Tundra Science Job-Alike', subject: 'Science' });
    await addToGroup(server.db, group, ana);
    const token = await signIn(server, ana.login);
    const title = 'Permafrost and Us';
    const created = await server.gql<{ createUnit: { id: string } }>(
      CREATE_UNIT,
      { input: { groupId: group.id, title, subject: 'Science' } },
      { token },
    );
    expect(created.errors).toBeUndefined();
    const built = manifestOf(await (await fetch(`${proxy.url}/sw.js`)).text());
    const listed = ['/index.html', ...built.shell, ...built.fill];

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    pageAsked = [];
    watch(page);
    const visitFrom = mark();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // First visit: the page loads, the worker installs. It asks the server for index.html only; what
    // the page loaded it copies from the browser's HTTP cache.
    await page.goto(`${proxy.url}/sign-in`);
    await page.getByLabel('Email or username').waitFor();
    expect((await workerFillStatus(page, NEVER_IDLE_MS)).version).toBe(built.version);
    const loadedByPage = [...new Set(pageFiles(visitFrom))];
    expect(loadedByPage.length).toBeGreaterThan(0);
    // Kept without the network (at install, at activation, or as they passed the worker).
    const keptAtInstall = await eventually(
      () => keptBy(page, built.version),
      (kept) => loadedByPage.every((f) => kept.includes(f)),
      'what the page loaded is kept',
    );
    expect(workerFetches(visitFrom).map((r) => r.path)).toEqual(['/index.html']);
    // The worker counts what it lacks; the kept files only grow meanwhile (the page may prefetch).
    const first = await workerFillStatus(page);
    const keptNow = await keptBy(page, built.version);
    expect(first.missing).toBeLessThanOrEqual(listed.length - keptAtInstall.length);
    expect(first.missing).toBeGreaterThanOrEqual(listed.length - keptNow.length);
    expect(first.missing).toBeGreaterThan(0);

    // Ana signs in and opens the library and a unit: the worker fetches nothing for itself, and keeps
    // the pages' files as they pass through.
    const clicksFrom = mark();
    await signInThroughPage(page, proxy.url, ana.login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${proxy.url}/n/${net.network.slug}/library`);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.goto(`${proxy.url}/n/${net.network.slug}/units/${created.data!.createUnit.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(workerFetches(clicksFrom)).toEqual([]);
    const passedThrough = [...new Set(pageFiles(clicksFrom))];
    expect(passedThrough.length).toBeGreaterThan(0);
    const keptAfterClicks = await eventually(
      () => keptBy(page, built.version),
      (kept) => passedThrough.every((f) => kept.includes(f)),
      'the files the pages fetched are kept',
    );
    expect((await workerFillStatus(page)).state).toBe('waiting');

    // The link goes idle: the worker fetches what it lacks, one file at a time, most likely first.
    const fillFrom = mark();
    const filled = await waitForWorker(page, (s) => s.state === 'filled', 'the worker fills its cache', {
      idleMs: 200,
    });
    expect(filled.missing).toBe(0);
    // The unit page's idle prefetch of the editor may still be on its way when the link goes quiet: a
    // file the page asked for is the page's, and reaches the server once (the worker does not fetch it too).
    const askedSinceClicks = pageAsked.slice(clicksFrom.page);
    const fills = workerFetches(fillFrom).filter((r) => !askedSinceClicks.includes(r.path));
    const timesFetched = (path: string) => proxy.requests.slice(clicksFrom.proxy).filter((r) => r.path === path).length;
    const twice = [...new Set(askedSinceClicks)].filter((p) => p.startsWith('/assets/') && timesFetched(p) > 1);
    expect(twice).toEqual([]);
    // Each lacking file once, in the build's order; what the page fetched meanwhile itself (the unit
    // page prefetches the editor when idle) is kept as it passes and not fetched again.
    const lacking = listed.filter((f) => !keptAfterClicks.includes(f));
    const byPage = new Set(pageFiles(clicksFrom));
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.map((r) => r.path)).toEqual(lacking.filter((f) => fills.some((r) => r.path === f)));
    expect(lacking.filter((f) => !fills.some((r) => r.path === f) && !byPage.has(f))).toEqual([]);
    expect(fills.every((r) => r.status === 200)).toBe(true);
    for (let i = 1; i < fills.length; i++) expect(fills[i].start).toBeGreaterThanOrEqual(fills[i - 1].end);
    expect((await keptBy(page, built.version)).sort()).toEqual([...listed].sort());

    // A deploy: a new worker whose build shares every file but one new chunk (and its own index.html).
    const next = { ...built, version: `${built.version}-next`, fill: [...built.fill, '/assets/next-deploy-0001.js'] };
    const current = await (await fetch(`${proxy.url}/sw.js`)).text();
    proxy.serve('/sw.js', {
      body: current
        .replace(`const VERSION = "${built.version}";`, `const VERSION = "${next.version}";`)
        .replace(
          `const FILL_FILES = ${JSON.stringify(built.fill)};`,
          `const FILL_FILES = ${JSON.stringify(next.fill)};`,
        ),
      type: 'text/javascript; charset=utf-8',
      cacheControl: 'no-cache',
    });
    proxy.serve('/assets/next-deploy-0001.js', {
      body: 'export const deployed = true;\n',
      type: 'text/javascript; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    const deployFrom = mark();
    await updateWorker(page);
    await waitForWorker(page, (s) => s.version === next.version, 'the new worker takes over');
    await waitForWorker(page, (s) => s.state === 'filled', 'the new worker fills its cache', { idleMs: 200 });
    expect(
      workerFetches(deployFrom)
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/assets/next-deploy-0001.js', '/index.html']);
    const caches = await cachedFiles(page);
    expect(Object.keys(caches)).toEqual([PREFIX + next.version]);
    expect(caches[PREFIX + next.version]).toEqual([...listed, '/assets/next-deploy-0001.js'].sort());

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('does-not-fill-its-cache-when-the-person-saves-data', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    pageAsked = [];
    watch(page);
    // Chromium's Data Saver, as DevTools emulates it: the page's navigator.connection.saveData.
    const cdp = await context.newCDPSession(page);
    await cdp.send(
      'Emulation.setDataSaverOverride' as 'Emulation.setEmulatedMedia',
      {
        dataSaverEnabled: true,
      } as never,
    );
    const from = mark();
    await page.goto(`${proxy.url}/sign-in`);
    await page.getByLabel('Email or username').waitFor();
    expect(
      await page.evaluate(
        () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData,
      ),
    ).toBe(true);

    // The page tells the worker; with no idle wait at all it still fetches nothing for itself.
    await waitForWorker(page, (s) => s.saveData, 'the page tells the worker');
    await waitForWorker(page, (s) => s.state === 'save-data', 'the worker stands back', { idleMs: 0 });
    await page.goto(`${proxy.url}/forgot-password`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const status = await waitForWorker(page, (s) => s.state === 'save-data', 'the worker still stands back', {
      idleMs: 0,
    });
    expect(status.missing).toBeGreaterThan(0);
    expect(workerFetches(from).map((r) => r.path)).toEqual(['/index.html']);
    await context.close();
  }, 60_000);
});
