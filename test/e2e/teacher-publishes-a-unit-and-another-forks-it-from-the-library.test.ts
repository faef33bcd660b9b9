import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

const UNIT_SECTIONS = `query($id: ID!) { unit(id: $id) { sections { id html } } }`;

/** Polls the unit's sections on the server until one holds the text (or the deadline passes). */
async function waitForSectionText(server: TestServer, unitId: string, sectionId: string, text: string, token: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await server.gql<{ unit: { sections: { id: string; html: string }[] } }>(
      UNIT_SECTIONS,
      { id: unitId },
      { token },
    );
    const html = res.data?.unit.sections.find((s) => s.id === sectionId)?.html ?? '';
    if (html.includes(text)) return;
    if (Date.now() > deadline) throw new Error(`The server never had "${text}" in ${sectionId}: ${html}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('curriculum units in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-teacher-writes-saves-a-version-and-publishes-a-unit-and-a-teacher-of-another-group-finds-it-in-the-library-and-adapts-it', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const ana = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Science'],
      name: 'Ana Alvarez',
    });
    const ben = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[1],
      subjects: ['Science'],
      name: 'Ben Bjornstad',
    });
    const anaGroup = await createGroup(server.db, net, { name: 'Copper River Science', subject: 'Science' });
    await addToGroup(server.db, anaGroup, ana);
    const benGroup = await createGroup(server.db, net, { name: 'Upper Basin Science', subject: 'Science' });
    await addToGroup(server.db, benGroup, ben);

    const title = 'Salmon runs and the watershed';
    const understanding = 'Salmon carry ocean nutrients far upstream into the forest.';

    // Ana starts a unit from her group's page on a laptop.
    const anaCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const anaPage = await anaCtx.newPage();
    await signInThroughPage(anaPage, server.url, ana.login);
    await anaPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await anaPage.goto(`${server.url}/n/${slug}/groups/${anaGroup.id}?tab=units`);
    await anaPage.getByRole('heading', { level: 1, name: anaGroup.name }).waitFor();
    await anaPage.getByText('No units yet.', { exact: false }).waitFor();
    await anaPage.getByRole('button', { name: 'New unit' }).click();
    const createDialog = anaPage.getByRole('dialog', { name: 'New unit' });
    await createDialog.getByLabel('Title').fill(title);
    await createDialog
      .getByLabel('Summary')
      .fill('Four weeks on how salmon tie the river, the sea and the forest together.');
    await createDialog.getByRole('button', { name: 'Create unit' }).click();

    // The new unit opens with its details and the live editor (a unit just created is to be written).
    await anaPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const originalId = /\/units\/([0-9a-f-]{36})$/.exec(new URL(anaPage.url()).pathname)?.[1];
    // The page is the unit just created, stored as a draft of Ana's group.
    const stored: { title: string; status: string }[] = await server.db.query(
      'SELECT title, status FROM unit WHERE id = $1',
      [originalId ?? '00000000-0000-0000-0000-000000000000'],
    );
    expect(stored).toEqual([{ title, status: 'DRAFT' }]);
    await anaPage.getByText('Draft', { exact: true }).first().waitFor();
    const anaUnderstandings = anaPage.getByRole('textbox', { name: 'Understandings' });
    await anaUnderstandings.click();
    await anaPage.keyboard.type(understanding);
    await anaUnderstandings.filter({ hasText: understanding }).waitFor();
    // The server has her text before she publishes.
    await waitForSectionText(server, originalId!, 'understandings', understanding, await signIn(server, ana.login));

    // She saves a named version, then publishes.
    const panel = anaPage.getByRole('complementary', { name: 'Comments, versions and review' });
    await panel.getByRole('tab', { name: 'Versions' }).click();
    await panel.getByLabel('Version name').fill('Ready for the library');
    await panel.getByRole('button', { name: 'Save version' }).click();
    await panel.getByRole('listitem').filter({ hasText: 'Ready for the library' }).waitFor();
    await anaPage.getByRole('button', { name: 'Publish', exact: true }).click();
    await anaPage
      .getByRole('dialog', { name: `Publish ${title}?` })
      .getByRole('button', { name: 'Publish unit' })
      .click();
    await anaPage.getByText('Published', { exact: true }).waitFor();

    // Ben, in another group and school, finds it in the library from his phone by a word of its title.
    const benCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const benPage = await benCtx.newPage();
    await signInThroughPage(benPage, server.url, ben.login);
    await benPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await benPage.getByRole('button', { name: 'Open navigation' }).click();
    await benPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await benPage.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await benPage.getByLabel('Search units').fill('watershed');
    const card = benPage.getByRole('listitem').filter({ hasText: anaGroup.name });
    await card.getByRole('link', { name: title }).click();

    // He reads it (the server's HTML: no editor for a reader) and adapts it for his own group.
    await benPage.getByRole('heading', { level: 1, name: title }).waitFor();
    await benPage.getByRole('region', { name: 'Understandings' }).filter({ hasText: understanding }).waitFor();
    expect(await benPage.getByRole('textbox', { name: 'Understandings' }).count()).toBe(0);
    await benPage.getByRole('button', { name: 'Adapt for my group' }).click();
    const forkDialog = benPage.getByRole('dialog', { name: 'Adapt this unit for your group' });
    // The group list loads first (a spinner stands in for it until then).
    const groupSelect = forkDialog.getByRole('combobox', { name: 'Group' });
    await groupSelect.waitFor();
    await groupSelect.selectOption({ label: benGroup.name });
    await forkDialog.getByRole('button', { name: 'Adapt unit' }).click();

    // The copy is his group's draft, with the text, and says where it came from.
    await benPage.waitForURL(
      (url) => /\/units\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(originalId!),
    );
    await benPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const lineage = benPage.getByText('Adapted from', { exact: false });
    await lineage.waitFor();
    expect(await lineage.getByRole('link', { name: title }).getAttribute('href')).toBe(
      `/n/${slug}/units/${originalId}`,
    );
    expect(await lineage.textContent()).toContain(anaGroup.name);
    // His group edits the copy: it opens in the live editor.
    const benUnderstandings = benPage.getByRole('textbox', { name: 'Understandings' });
    await benUnderstandings.filter({ hasText: understanding }).waitFor();
    await benPage.locator('[role="textbox"][aria-label="Understandings"][aria-readonly="false"]').waitFor();

    const forkId = /\/units\/([0-9a-f-]{36})$/.exec(new URL(benPage.url()).pathname)![1];
    const [row] = await server.db.query(`SELECT group_id, forked_from_id, status FROM unit WHERE id = $1`, [forkId]);
    expect(row).toEqual({ group_id: benGroup.id, forked_from_id: originalId, status: 'DRAFT' });
    await anaCtx.close();
    await benCtx.close();
  }, 180_000);
});
