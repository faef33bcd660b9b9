import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Rubric } from '../../server/src/feedback/rubric.entity.js';
import { addToGroup, createGroup, createNetwork, createPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

describe('rubrics in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-teacher-builds-a-rubric-sees-field-errors-previews-it-and-shares-it-with-their-group', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER', { name: 'Ana Alvarez' });
    const group = await createGroup(server.db, net, { name: 'ELA Job-Alike', subject: 'English' });
    await addToGroup(server.db, group, teacher);

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await signInThroughPage(page, server.url, teacher.login);
    await page.getByRole('link', { name: 'Rubrics' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Rubrics' }).waitFor();
    await page.getByText('You have no rubrics yet').waitFor();
    await page.getByRole('link', { name: 'New rubric' }).click();
    await page.getByRole('heading', { level: 1, name: 'New rubric' }).waitFor();

    // One criterion with four starter levels; add a second criterion and reorder with the keyboard.
    await page.getByLabel('Title', { exact: true }).first().fill('Argumentative essay');
    const first = page.getByRole('group', { name: 'Criterion 1' });
    await first.getByLabel('Title').fill('Evidence');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    const second = page.getByRole('group', { name: 'Criterion 2' });
    await second.getByLabel('Title').fill('Claim');
    await second.getByLabel('Weight').fill('2');
    await page.getByRole('button', { name: 'Move criterion 2 up' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Title').inputValue()).toBe('Claim');
    // Focus follows the moved criterion.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-label') === 'Move criterion 1 down',
      undefined,
      { timeout: 5000 },
    );

    // Saving without descriptors: the shared rules explain it next to the field.
    await page.getByRole('button', { name: 'Create rubric' }).click();
    await page.getByText('Describe what work at this level looks like.').first().waitFor();
    const descriptors = page.getByLabel('What work at this level looks like');
    const count = await descriptors.count();
    expect(count).toBe(8);
    for (let i = 0; i < count; i++) await descriptors.nth(i).fill(`Descriptor ${i + 1}`);
    // Make two levels of the first criterion share points: the message sits by the second one.
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Points').nth(1).fill('1');
    await page.getByRole('button', { name: 'Create rubric' }).click();
    await page.getByText('Two levels of "Claim" give 1 point: give each level different points.').waitFor();
    await page.getByRole('group', { name: 'Criterion 1' }).getByLabel('Points').nth(1).fill('2');
    await page.getByRole('button', { name: 'Create rubric' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit rubric: Argumentative essay' }).waitFor();

    const saved = await server.db.getRepository(Rubric).findOneByOrFail({ ownerId: teacher.user.id });
    expect(saved.criteria.map((c) => [c.title, c.weight, c.levels.length])).toEqual([
      ['Claim', 2, 4],
      ['Evidence', 1, 4],
    ]);

    // The preview shows criteria as rows and levels with their descriptors.
    await page.getByRole('tab', { name: 'Preview as students see it' }).click();
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: /Claim/ }).waitFor();
    await table.getByText('Descriptor 5').waitFor();
    await table.getByText('the most a piece of work can earn is 12 points').waitFor();

    // Share it with the group from the list.
    await page.getByRole('link', { name: '← All rubrics' }).click();
    await page.getByRole('button', { name: 'Share Argumentative essay' }).click();
    await page.getByLabel('Share with').selectOption({ label: 'ELA Job-Alike' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Shared with ELA Job-Alike').waitFor();
    const shared = await server.db.getRepository(Rubric).findOneByOrFail({ id: saved.id });
    expect(shared.sharedWithGroupId).toBe(group.id);
    await ctx.close();
  });
});
