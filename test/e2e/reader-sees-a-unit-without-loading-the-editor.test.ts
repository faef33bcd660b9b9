import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/src/config/config.js';
import { createNetwork } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { writeUnit } from '../support/unit-content.js';
import { createUnit, groupWithAuthors, html, publish, sections, teacher } from '../support/units-api.js';

/**
 * The built files that only the live editor needs: its own chunk (`UnitEditor-…`) and the chunks
 * holding ProseMirror (TipTap), whatever the bundler names them.
 */
function editorAssets(): string[] {
  const dir = path.join(REPO_ROOT, 'client', 'dist', 'assets');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  const editor = files.filter(
    (f) => f.startsWith('UnitEditor-') || fs.readFileSync(path.join(dir, f), 'utf8').includes('ProseMirror'),
  );
  expect(editor.some((f) => f.startsWith('UnitEditor-'))).toBe(true);
  expect(editor.length).toBeGreaterThan(1);
  return editor;
}

/** Every path this page asks the server for (the service worker is blocked: only the page's own requests). */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Resolves once the browser has been idle twice over: any idle-time download would have started. */
function afterIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 5000 })),
      ),
  );
}

describe('reading a unit', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-reader-sees-the-published-text-without-the-editor-and-an-author-opens-the-editor-where-she-clicks', async () => {
    const editorFiles = editorAssets();
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const { group, authors } = await groupWithAuthors(server, net, 1, 'Science');
    const ana = authors[0];
    const title = 'Salmon runs and the watershed';
    const unit = await createUnit(server, ana.token, { groupId: group.id, title, subject: 'Science' });
    await writeUnit(server.url, ana.token, unit.documentId, {
      understandings: [
        { p: ['Salmon carry ', { text: 'ocean nutrients', bold: true }, ' far upstream into the forest.'] },
        { ul: [['Bears carry them inland.'], ['Trees grow faster near the stream.']] },
      ],
      'essential-questions': [{ ol: [['Why do salmon return?']] }],
      lessons: [
        { h: 3, text: 'Week one' },
        {
          table: [
            ['Day', 'Activity'],
            ['Monday', 'Stream walk'],
          ],
        },
      ],
      resources: [{ p: [{ text: 'Salmon in the Classroom', link: 'https://example.org/salmon' }] }],
    });
    await publish(server, ana.token, unit.id);

    // Ben teaches in another group: he may read the published unit, not write it. On his phone, he
    // opens it from the library.
    const ben = await teacher(server, net, [], net.schools[1]);
    const benCtx = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const benPage = await benCtx.newPage();
    const benRequests = recordRequests(benPage);
    const benErrors: string[] = [];
    benPage.on('pageerror', (error) => benErrors.push(error.message));
    await signInThroughPage(benPage, server.url, ben.person.login);
    await benPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await benPage.goto(`${server.url}/n/${slug}/library`);
    await benPage.getByRole('link', { name: title }).click();

    // The text is there, as the server rendered it: marks, lists, the table and a safe link.
    await benPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const understandings = benPage.getByRole('region', { name: 'Understandings', exact: true });
    await understandings.getByText('far upstream into the forest.', { exact: false }).waitFor();
    expect(await understandings.locator('strong').textContent()).toBe('ocean nutrients');
    expect(await understandings.getByRole('listitem').count()).toBe(2);
    const lessons = benPage.getByRole('region', { name: 'Lessons and activities', exact: true });
    await lessons.getByRole('cell', { name: 'Stream walk' }).waitFor();
    expect(await benPage.getByRole('link', { name: 'Salmon in the Classroom' }).getAttribute('href')).toBe(
      'https://example.org/salmon',
    );
    await benPage.getByRole('region', { name: 'Reflection', exact: true }).getByText('Nothing here yet.').waitFor();
    // Nothing to edit, and the editor's code was never asked for, even once the page is idle.
    await afterIdle(benPage);
    expect(await benPage.getByRole('button', { name: 'Edit text' }).count()).toBe(0);
    expect(await benPage.getByRole('textbox', { name: 'Understandings' }).count()).toBe(0);
    await understandings.getByText('far upstream', { exact: false }).click();
    await afterIdle(benPage);
    const fetchedEditor = benRequests.filter((p) => editorFiles.some((f) => p.endsWith(`/${f}`)));
    expect(fetchedEditor).toEqual([]);
    expect(benRequests.some((p) => p.startsWith('/assets/UnitPage-'))).toBe(true);

    // Ana, an author, reads the same page with an Edit button; a click into "Essential questions"
    // opens the live editor there, with the caret in that section.
    const anaCtx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const anaPage = await anaCtx.newPage();
    const anaRequests = recordRequests(anaPage);
    await signInThroughPage(anaPage, server.url, ana.person.login);
    await anaPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await anaPage.goto(`${server.url}/n/${slug}/units/${unit.id}`);
    await anaPage.getByRole('button', { name: 'Edit text' }).waitFor();
    const questions = anaPage.getByRole('region', { name: 'Essential questions', exact: true });
    await questions.getByText('Why do salmon return?').click();
    const questionsEditor = anaPage.getByRole('textbox', { name: 'Essential questions', exact: true });
    await anaPage.locator('[role="textbox"][aria-label="Essential questions"][aria-readonly="false"]:focus').waitFor();
    expect(anaRequests.some((p) => /\/assets\/UnitEditor-[\w-]+\.js$/.test(p))).toBe(true);
    // The editor replaced the read view: each section is there once, as an editor.
    expect(await anaPage.getByRole('button', { name: 'Edit text' }).count()).toBe(0);
    expect(await anaPage.getByRole('textbox', { name: 'Understandings', exact: true }).count()).toBe(1);
    await anaPage.keyboard.type(' What do they leave behind?');
    await questionsEditor.getByText('What do they leave behind?', { exact: false }).waitFor();

    // Her words are saved live in the draft; Ben sees them once she publishes her changes.
    const deadline = Date.now() + 20_000;
    while (!html(await sections(server, ana.token, unit.id), 'essential-questions').includes('leave behind')) {
      if (Date.now() > deadline) throw new Error('the server never had the words typed in the editor');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(html(await sections(server, ben.token, unit.id), 'essential-questions')).not.toContain('leave behind');
    const published = await server.gql(
      'mutation($id: ID!) { publishUnitChanges(unitId: $id, note: "Asked what salmon leave behind.") { number } }',
      { id: unit.id },
      { token: ana.token },
    );
    expect(published.data).toEqual({ publishUnitChanges: { number: 2 } });
    await benPage.reload();
    await benPage
      .getByRole('region', { name: 'Essential questions', exact: true })
      .getByText('What do they leave behind?', { exact: false })
      .waitFor();

    expect(benErrors).toEqual([]);
    await benCtx.close();
    await anaCtx.close();
  }, 120_000);
});
