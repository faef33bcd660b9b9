import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { writeUnit } from '../support/unit-content.js';
import { createUnit, groupWithAuthors, publish } from '../support/units-api.js';

describe('adapting a unit in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a teacher adapts a unit under a new title, and the copy credits the original authors everywhere', async () => {
    const net = await createNetwork(server.db, 2);
    const slug = net.network.slug;
    const { group, authors } = await groupWithAuthors(server, net, 2, 'Science');
    const [ana, bo] = authors;
    await createPerson(server.db, net, 'STUDENT');
    const unit = await createUnit(server, ana!.token, { groupId: group.id, title: 'Salmon runs' });
    await writeUnit(server.url, ana!.token, unit.documentId, { goals: [{ p: ['Salmon carry the sea upstream.'] }] });
    await writeUnit(server.url, bo!.token, unit.documentId, { lessons: [{ p: ['Walk the creek.'] }] });
    await publish(server, ana!.token, unit.id);
    const [school1, school2] = net.schools;
    const byline = `${ana!.person.user.displayName} (${school1!.name}) and ${bo!.person.user.displayName} (${school2!.name}) in ${group.name}`;

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, ana!.person.login);
    await page.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await page.goto(`${server.url}/n/${slug}/units/${unit.id}`);
    await page.getByRole('heading', { level: 1, name: 'Salmon runs' }).waitFor();
    await page.getByRole('button', { name: 'Adapt for my group' }).click();

    // The dialog asks for the title, offering "<title> (adapted)".
    const dialog = page.getByRole('dialog', { name: 'Adapt this unit for your group' });
    const title = dialog.getByRole('textbox', { name: 'Title of your adaptation' });
    expect(await title.inputValue()).toBe('Salmon runs (adapted)');
    await dialog.getByRole('combobox', { name: 'Group' }).selectOption({ label: `${group.name} (its own group)` });
    // The original's own title in the same group is refused, saying why, next to the field.
    await title.fill('salmon runs');
    await dialog.getByRole('button', { name: 'Adapt unit' }).click();
    await dialog.getByText('Your group already has a unit called “salmon runs”.', { exact: false }).first().waitFor();
    // The field itself says it, read with it by screen readers.
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const described = (await title.getAttribute('aria-describedby'))!.split(' ').filter(Boolean);
    const said = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(said.join(' ')).toContain('Your group already has a unit called “salmon runs”.');
    await title.fill('Salmon runs on the Tanana');
    await dialog.getByRole('button', { name: 'Adapt unit' }).click();

    // The copy opens under its title and credits the original's authors and their schools.
    await page.waitForURL((u) => /\/units\/[0-9a-f-]{36}$/.test(u.pathname) && !u.pathname.endsWith(unit.id));
    await page.getByRole('heading', { level: 1, name: 'Salmon runs on the Tanana' }).waitFor();
    const lineage = page.getByText('Adapted from', { exact: false }).first();
    expect((await lineage.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Adapted from Salmon runs by ${byline}`);
    expect(await lineage.getByRole('link', { name: 'Salmon runs' }).getAttribute('href')).toBe(
      `/n/${slug}/units/${unit.id}`,
    );
    const forkId = new URL(page.url()).pathname.split('/').pop()!;

    // The group's list shows the original and the adaptation apart: titles, and the credit line.
    await page.goto(`${server.url}/n/${slug}/groups/${group.id}?tab=units`);
    const items = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Salmon runs on the Tanana' }) });
    const adaptation = items
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Salmon runs on the Tanana' }) });
    const original = items
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Salmon runs', exact: true }) });
    await adaptation.getByText(`Adapted from “Salmon runs” by ${byline}`).waitFor();
    expect(await original.getByText('Adapted from', { exact: false }).count()).toBe(0);

    // So does the print view.
    await page.goto(`${server.url}/n/${slug}/units/${forkId}/print`);
    await page.getByText(`Adapted from “Salmon runs” by ${byline}`).waitFor();
    await ctx.close();
  }, 180_000);
});
