import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { eventually } from '../support/eventually.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id documentId title } }`;
const UNIT_SECTIONS = `query($id: ID!) { unit(id: $id) { id sections { id html } } }`;
const OFFLINE = 'Offline — changes kept on this device';
/** Offline with this person's unsaved edits counted (one per keystroke or paste). */
const OFFLINE_WITH_COUNT = /^Offline — \d+ changes? kept on this device$/;

/** A section's text as written, without the name labels of other people's carets. */
function writtenText(editor: Locator): Promise<string> {
  return editor.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** The unit's sync status badge showing exactly this. */
function syncStatus(page: Page, text: string | RegExp): Locator {
  return page
    .locator('[data-sync-status]')
    .filter({ hasText: typeof text === 'string' ? new RegExp(`^${text}$`) : text });
}

async function openUnit(page: Page, base: string, login: string, unitPath: string): Promise<Locator> {
  await signInThroughPage(page, base, login);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(base + unitPath);
  // The unit opens as text; an author opens the live editor with "Edit text".
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByRole('textbox', { name: 'Understandings', exact: true });
  await editor.waitFor();
  await syncStatus(page, 'Saved').waitFor();
  return editor;
}

describe('live units in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('two-teachers-see-each-others-text-and-carets-and-edits-made-offline-arrive-when-back-online', async () => {
    const net = await createNetwork(server.db);
    const ana = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Ana Alvarez' });
    const ben = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1], name: 'Ben Bjornstad' });
    const group = await createGroup(server.db, net, { name: 'Valley Science Job-Alike', subject: 'Science' });
    await addToGroup(server.db, group, ana);
    await addToGroup(server.db, group, ben);
    const anaToken = await signIn(server, ana.login);
    const created = await server.gql<{ createUnit: { id: string; documentId: string } }>(
      CREATE_UNIT,
      { input: { groupId: group.id, title: 'Watersheds of the Upper Valley', subject: 'Science' } },
      { token: anaToken },
    );
    expect(created.errors).toBeUndefined();
    const { id: unitId, documentId } = created.data!.createUnit;
    const unitPath = `/n/${net.network.slug}/units/${unitId}`;

    const anaCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const benCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const anaPage = await anaCtx.newPage();
    const benPage = await benCtx.newPage();
    const anaEditor = await openUnit(anaPage, server.url, ana.login, unitPath);
    const benEditor = await openUnit(benPage, server.url, ben.login, unitPath);

    // Each sees who is here.
    const anaHere = anaPage.getByRole('region', { name: 'Who is here' });
    const benHere = benPage.getByRole('region', { name: 'Who is here' });
    await anaHere.getByText('Ana Alvarez (you)').waitFor();
    await anaHere.getByText('Ben Bjornstad', { exact: true }).waitFor();
    await benHere.getByText('Ana Alvarez', { exact: true }).waitFor();

    // Ana writes in "Understandings"; Ben sees her words and her caret, named, in that section.
    await anaEditor.click();
    await anaPage.keyboard.type('Rivers shape the valleys we live in.');
    await benEditor.getByText('Rivers shape the valleys we live in.').waitFor();
    await benEditor.locator('.collaboration-carets__label', { hasText: 'Ana Alvarez' }).waitFor();
    await benHere.getByRole('listitem').filter({ hasText: 'Ana Alvarez' }).getByText('in Understandings').waitFor();
    await syncStatus(anaPage, 'Saved').waitFor();

    // Ben adds a sentence at the end; Ana sees it and his caret.
    await benEditor.click();
    await benPage.keyboard.press('Control+End');
    await benPage.keyboard.type(' Floods carry soil downstream.');
    await anaEditor.getByText('Floods carry soil downstream.', { exact: false }).waitFor();
    await anaEditor.locator('.collaboration-carets__label', { hasText: 'Ben Bjornstad' }).waitFor();
    // Each section's editor shows only its own carets.
    const anaEssentialQuestions = anaPage.getByRole('textbox', { name: 'Essential questions', exact: true });
    expect(await anaEssentialQuestions.locator('.collaboration-carets__caret').count()).toBe(0);

    // Ana's connection drops. She keeps writing; her page says the changes are kept on her device.
    await anaCtx.setOffline(true);
    await syncStatus(anaPage, OFFLINE).waitFor();
    await anaPage.keyboard.press('Control+End');
    await anaPage.keyboard.type(' Ana wrote this offline.');
    await anaEditor.getByText('Ana wrote this offline.', { exact: false }).waitFor();
    await syncStatus(anaPage, OFFLINE_WITH_COUNT).waitFor();
    const localCopies = await anaPage.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    // Kept per person and document, so nobody else on this computer ever loads (and sends) them.
    expect(localCopies).toContain(`switchback-doc-${ana.user.id}-${documentId}`);

    // Meanwhile Ben writes too, and his change is stored; Ana's offline words have not reached him.
    await benEditor.click();
    await benPage.keyboard.press('Control+End');
    await benPage.keyboard.type(' Ben wrote this meanwhile.');
    await benEditor.getByText('Ben wrote this meanwhile.', { exact: false }).waitFor();
    await syncStatus(benPage, 'Saved').waitFor();
    expect(await writtenText(benEditor)).not.toContain('Ana wrote this offline.');
    expect(await writtenText(anaEditor)).not.toContain('Ben wrote this meanwhile.');

    // Ana comes back: both pages converge on the same text with every edit, and Ana's is saved.
    await anaCtx.setOffline(false);
    const [anaText, benText] = await eventually(
      () => Promise.all([writtenText(anaEditor), writtenText(benEditor)]),
      ([a, b]) => a === b && a.includes('Ana wrote this offline.') && a.includes('Ben wrote this meanwhile.'),
      'both pages show every edit',
    );
    expect(anaText).toBe(benText);
    for (const words of ['Rivers shape the valleys we live in.', 'Floods carry soil downstream.']) {
      expect(anaText).toContain(words);
    }
    await syncStatus(anaPage, 'Saved').waitFor();

    // The server has it all: the unit's content, as the API reads it, holds both people's edits.
    const benToken = await signIn(server, ben.login);
    const html = await eventually(
      async () => {
        const res = await server.gql<{ unit: { sections: { id: string; html: string }[] } }>(
          UNIT_SECTIONS,
          { id: unitId },
          { token: benToken },
        );
        return res.data?.unit.sections.find((s) => s.id === 'understandings')?.html ?? '';
      },
      (h) => h.includes('Ana wrote this offline.') && h.includes('Ben wrote this meanwhile.'),
      'the stored unit has both edits',
    );
    expect(html).toContain('Rivers shape the valleys we live in.');

    await anaCtx.close();
    await benCtx.close();
  }, 120_000);
});
