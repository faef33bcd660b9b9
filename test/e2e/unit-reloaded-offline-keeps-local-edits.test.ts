import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id documentId } }`;
const UNIT_SECTIONS = `query($id: ID!) { unit(id: $id) { id sections { id html } } }`;
const OFFLINE = 'Offline — changes kept on this device';
/** Offline with this person's unsaved edits counted (one per keystroke or paste). */
const OFFLINE_WITH_COUNT = /^Offline — \d+ changes? kept on this device$/;
const OFFLINE_NOTICE = 'Offline — showing what this device last saw';

function syncStatus(page: Page, text: string | RegExp): Locator {
  return page
    .locator('[data-sync-status]')
    .filter({ hasText: typeof text === 'string' ? new RegExp(`^${text}$`) : text });
}

/** Whether the document's copy in this browser's IndexedDB (y-indexeddb's updates) holds these words. */
function localCopyHolds(page: Page, database: string, words: string): Promise<boolean> {
  return page.evaluate(
    ([name, text]) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('updates')) return resolve(false);
          const all = db.transaction('updates').objectStore('updates').getAll();
          all.onerror = () => resolve(false);
          all.onsuccess = () => {
            const decoder = new TextDecoder();
            db.close();
            resolve((all.result as Uint8Array[]).some((update) => decoder.decode(update).includes(text)));
          };
        };
      }),
    [database, words] as const,
  );
}

describe('a unit page reloaded offline', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('still-shows-the-unit-and-the-edits-made-offline-and-saves-them-when-back-online', async () => {
    const net = await createNetwork(server.db);
    const ana = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Ana Alvarez' });
    const group = await createGroup(server.db, net, { name: 'High Plains Science Job-Alike', subject: 'Science' });
    await addToGroup(server.db, group, ana);
    const token = await signIn(server, ana.login);
    const title = 'Soils of the High Plains';
    const created = await server.gql<{ createUnit: { id: string; documentId: string } }>(
      CREATE_UNIT,
      { input: { groupId: group.id, title, subject: 'Science' } },
      { token },
    );
    expect(created.errors).toBeUndefined();
    const { id: unitId, documentId } = created.data!.createUnit;

    // The worker is checked for a new build on every visit, and the page's policy lets it run.
    const worker = await fetch(`${server.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const csp = (await fetch(`${server.url}/sign-in`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('worker-src');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // Ana opens the unit while online: the service worker keeps the app's files, the page its data.
    await signInThroughPage(page, server.url, ana.login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${server.url}/n/${net.network.slug}/units/${unitId}`);
    await page.getByRole('button', { name: 'Edit text' }).click();
    const understandings = () => page.getByRole('textbox', { name: 'Understandings', exact: true });
    await understandings().waitFor();
    await syncStatus(page, 'Saved').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A page whose navigation started before the worker was active stays uncontrolled (claim() may
    // run before its document exists); the next load is controlled, as for a person's next visit.
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
      await page.reload();
      await page.getByRole('button', { name: 'Edit text' }).click();
      await understandings().waitFor();
      await syncStatus(page, 'Saved').waitFor();
    }
    await eventually(
      () => page.evaluate(() => Boolean(navigator.serviceWorker.controller)),
      (controlled) => controlled,
      'the service worker controls the page',
    );

    // The network drops. She writes; her words are kept on this device.
    await context.setOffline(true);
    await syncStatus(page, OFFLINE).waitFor();
    await understandings().click();
    const offlineWords = 'Soil holds water for the dry months.';
    await page.keyboard.insertText(offlineWords);
    await understandings().getByText(offlineWords).waitFor();
    await syncStatus(page, 'Offline — 1 change kept on this device').waitFor();
    await eventually(
      () => localCopyHolds(page, `switchback-doc-${ana.user.id}-${documentId}`, offlineWords),
      (held) => held,
      'the words are in the local copy',
    );
    // This device is marked as holding changes the server lacks (read without loading the editor).
    const unsentMarks = () =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('switchback:unsent:')));
    expect(await unsentMarks()).toEqual([`switchback:unsent:${ana.user.id}-${documentId}`]);

    // She reloads the page, still offline: the unit is there, with her words (the editor opens at
    // once, not the server's older text), and she keeps writing.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText(OFFLINE_NOTICE).waitFor();
    await understandings().getByText(offlineWords).waitFor();
    await syncStatus(page, OFFLINE).waitFor();
    await understandings().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Roots hold it in place.');
    await understandings().getByText('Roots hold it in place.', { exact: false }).waitFor();
    await syncStatus(page, OFFLINE_WITH_COUNT).waitFor();

    // Back online: her changes are saved, and the page no longer says it is offline.
    await context.setOffline(false);
    await syncStatus(page, 'Saved').waitFor();
    await page.getByText(OFFLINE_NOTICE).waitFor({ state: 'detached' });
    const html = await eventually(
      async () => {
        const res = await server.gql<{ unit: { sections: { id: string; html: string }[] } }>(
          UNIT_SECTIONS,
          { id: unitId },
          { token },
        );
        return res.data?.unit.sections.find((s) => s.id === 'understandings')?.html ?? '';
      },
      (h) => h.includes('Roots hold it in place.'),
      'the stored unit has the offline edits',
    );
    expect(html).toContain(offlineWords);
    await eventually(unsentMarks, (marks) => marks.length === 0, 'the unsent mark is cleared once saved');

    // Signing out leaves none of her data in this browser's storage for the next person.
    const keptKeys = () =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('switchback:offline-cache')));
    const documentCopies = () =>
      page.evaluate(async () =>
        (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('switchback-doc-')),
      );
    expect(await documentCopies()).toEqual([`switchback-doc-${ana.user.id}-${documentId}`]);
    expect(await keptKeys()).not.toEqual([]);
    await page.getByRole('button', { name: 'Account: Ana Alvarez' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    expect(await keptKeys()).toEqual([]);
    // Her copies of documents (IndexedDB) go too, once the page has let go of them.
    await eventually(documentCopies, (names) => names.length === 0, 'the document copies are deleted');

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
