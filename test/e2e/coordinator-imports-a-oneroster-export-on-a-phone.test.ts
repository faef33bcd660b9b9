/**
 * A coordinator on a phone (390 px) opens "Roster import" from the navigation, uploads a OneRoster
 * export's CSV files, reads the preview (what will be added, the rows refused) and applies it; a
 * re-upload of the changed export shows the dropped enrollment as a removal and applies it when ticked.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { School } from '../../server/src/networks/school.entity.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { createNetwork, createPerson, type TestNetwork } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import { networkCounts, newTag, rosterFiles } from '../support/oneroster.js';

const tag = newTag();
/** A fixture set as the file chooser's files (emails and usernames made unique to this run). */
const set = (name: string) =>
  rosterFiles(name, tag).map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.content) }));

/** Chooses the files through the file chooser, as a person does. */
async function choose(page: Page, name: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Export files').click()]);
  await chooser.setFiles(set(name));
}

describe('roster import in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let net: TestNetwork;
  let coordinator: string;

  beforeAll(async () => {
    ({ server, browser } = await startBrowserApp());
    net = await createNetwork(server.db, 1);
    await server.db.getRepository(School).update(net.schools[0].id, { name: 'Lakeview High School' });
    coordinator = (await createPerson(server.db, net, 'COORDINATOR')).login;
  }, 60_000);
  afterAll(() => stopBrowserApp(server, browser));

  it('uploads, previews and applies at 390 px', async () => {
    // A phone: a touch screen 390 px wide.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, coordinator);
    await page.waitForURL(/\/n\//);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Roster import' }).click();
    await page.getByRole('heading', { name: 'Import a roster' }).waitFor();

    await choose(page, 'malformed');
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const refused = page.getByRole('list', { name: 'Refused rows' });
    await refused.waitFor();
    await refused.getByText('roles.csv, row 3, column role').waitFor();
    expect(await refused.getByRole('listitem').count()).toBe(5);
    const students = page.getByRole('region', { name: 'Students' });
    await students.getByText('3 to add').waitFor();

    // Fix the export: the good files this time.
    await choose(page, 'initial');
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await page.getByRole('region', { name: 'Students' }).getByText('4 to add').waitFor();
    expect(await page.getByRole('list', { name: 'Refused rows' }).count()).toBe(0);
    // Nothing overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const apply = page.getByRole('button', { name: 'Apply import' });
    expect((await apply.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await apply.click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect(await networkCounts(server.db, net.network.id)).toMatchObject({ classes: 2, enrollments: 4 });

    // The changed export: the dropped enrollment is shown as a removal, applied only when ticked.
    await choose(page, 'changed');
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const enrollments = page.getByRole('region', { name: 'Enrollments' });
    await enrollments.getByText('1 to remove').waitFor();
    await enrollments.getByText('student s-3 leaves this class').waitFor();
    // The preview with a removal reads well: no serious accessibility violation.
    const scan = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(
      scan.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`),
    ).toEqual([]);
    await page.getByRole('checkbox', { name: 'Also remove this enrollment' }).check();
    await page.getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect(await networkCounts(server.db, net.network.id)).toMatchObject({
      enrollments: 4,
      activeStudents: 4,
      students: 5,
    });
    await context.close();
  }, 90_000);
});
