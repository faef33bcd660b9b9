import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import type { TestServer } from '../support/harness.js';
import { writeUnit } from '../support/unit-content.js';
import { FORK, createUnit, html, ok, publish, sections } from '../support/units-api.js';

describe('published unit versions in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('readers-see-a-published-version-while-authors-keep-a-draft', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const person = (name: string, school: number) =>
      createPerson(server.db, net, 'TEACHER', { school: net.schools[school], subjects: ['Science'], name });
    const ana = await person('Ana Alvarez', 0);
    const ben = await person('Ben Bjornstad', 1);
    const cara = await person('Cara Castro', 1);
    const anaGroup = await createGroup(server.db, net, { name: 'Copper River Science', subject: 'Science' });
    await addToGroup(server.db, anaGroup, ana);
    const caraGroup = await createGroup(server.db, net, { name: 'Upper Basin Science', subject: 'Science' });
    await addToGroup(server.db, caraGroup, cara);
    const anaToken = await signIn(server, ana.login);
    const caraToken = await signIn(server, cara.login);

    // Ana's group published a unit; Cara adapted that first version for her group.
    const title = 'Salmon runs and the watershed';
    const unit = await createUnit(server, anaToken, { groupId: anaGroup.id, title });
    await writeUnit(server.url, anaToken, unit.documentId, {
      goals: [{ p: ['Students trace nutrients from the sea to the forest.'] }],
    });
    await publish(server, anaToken, unit.id);
    const fork = ok(
      await server.gql<{ forkUnit: { id: string } }>(
        FORK,
        { unitId: unit.id, groupId: caraGroup.id },
        { token: caraToken },
      ),
    ).forkUnit;

    // Ana keeps writing the draft in the live editor.
    const anaCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const anaPage = await anaCtx.newPage();
    await signInThroughPage(anaPage, server.url, ana.login);
    await anaPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await anaPage.goto(`${server.url}/n/${slug}/units/${unit.id}`);
    await anaPage.getByText('You are writing the draft of the next version', { exact: false }).waitFor();
    await anaPage.getByRole('button', { name: 'Edit text' }).click();
    const goals = anaPage.locator(
      '[role="textbox"][aria-label="Established goals and standards"][aria-readonly="false"]',
    );
    await goals.waitFor();
    await goals.click();
    await anaPage.keyboard.press('Control+End');
    await anaPage.keyboard.type(' Then they map the spawning beds.');
    await eventually(
      async () => html(await sections(server, anaToken, unit.id), 'goals'),
      (goalsHtml) => goalsHtml.includes('map the spawning beds'),
      "the server has Ana's draft",
    );

    // Ben reads the unit on his phone: the published version, not Ana's draft.
    const benCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const benPage = await benCtx.newPage();
    await signInThroughPage(benPage, server.url, ben.login);
    await benPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await benPage.goto(`${server.url}/n/${slug}/units/${unit.id}`);
    const benGoals = benPage.getByRole('region', { name: 'Established goals and standards', exact: true });
    await benGoals.getByText('Students trace nutrients from the sea to the forest.').waitFor();
    await benPage.getByText('You are reading the published version.', { exact: false }).waitFor();
    expect(await benGoals.getByText('spawning beds', { exact: false }).count()).toBe(0);

    // Ana publishes her changes with a note (a note is required).
    await anaPage.getByRole('button', { name: 'Publish changes' }).click();
    const dialog = anaPage.getByRole('dialog', { name: `Publish changes to ${title}?` });
    await dialog.getByRole('button', { name: 'Publish changes' }).click();
    await dialog.getByText('Say in a few words what changed', { exact: false }).waitFor();
    await dialog.getByLabel('What changed?').fill('Added mapping the spawning beds.');
    await dialog.getByRole('button', { name: 'Publish changes' }).click();
    await anaPage.getByText('Readers now see version 2', { exact: false }).waitFor();

    // Ben sees the new version with its note, and what changed.
    await benPage.reload();
    await benPage.getByText('Added mapping the spawning beds.').first().waitFor();
    await benPage.getByText('Updated', { exact: false }).first().waitFor();
    await benGoals.getByText('Then they map the spawning beds.', { exact: false }).waitFor();
    await benPage.getByRole('button', { name: 'All 2 versions' }).click();
    const versions = benPage.getByRole('dialog', { name: 'Published versions' });
    await versions.getByRole('button', { name: 'What changed in version 2' }).click();
    const added = versions.locator('ins.unit-diff__added').filter({ hasText: 'spawning beds' });
    await added.waitFor();
    await versions.getByRole('button', { name: '← All versions' }).click();
    await versions.getByRole('button', { name: 'Read version 1' }).click();
    await versions.getByText('Students trace nutrients from the sea to the forest.').waitFor();
    expect(await versions.getByText('spawning beds', { exact: false }).count()).toBe(0);

    // Cara's adaptation says the original changed and shows what changed since the version she copied.
    const caraCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const caraPage = await caraCtx.newPage();
    await signInThroughPage(caraPage, server.url, cara.login);
    await caraPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await caraPage.goto(`${server.url}/n/${slug}/units/${fork.id}`);
    const upstream = caraPage.getByRole('alert').filter({ hasText: 'The original has changed since you adapted it' });
    await upstream.getByText('Version 2', { exact: false }).waitFor();
    await upstream.getByRole('button', { name: 'See what changed upstream' }).click();
    await caraPage
      .getByRole('dialog', { name: 'Published versions' })
      .locator('ins.unit-diff__added')
      .filter({ hasText: 'spawning beds' })
      .waitFor();
    // Her copy still holds the version she adapted.
    expect(html(await sections(server, caraToken, fork.id), 'goals')).not.toContain('spawning beds');
    await anaCtx.close();
    await benCtx.close();
    await caraCtx.close();
  }, 180_000);
});
