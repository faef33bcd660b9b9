import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { seedHealthNetwork } from '../support/health-seed.js';

/** A local calendar day as the date inputs take it. */
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('network health in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a coordinator picks a period, reads the figures, downloads the CSV and opens the print summary', async () => {
    const w = await seedHealthNetwork(server.db);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, w.coord.login);
    await page.getByRole('link', { name: 'Network health' }).click();
    await page.getByRole('heading', { level: 1, name: 'Network health' }).waitFor();

    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Custom dates' }).click();
    await page.getByLabel('First day').fill(day(w.p.from));
    await page.getByLabel('Last day').fill(day(w.p.to));

    // The hand-counted figures of the seeded network (see network-health-figures-match-hand-counts).
    const members = page.getByRole('table', { name: 'Active members by school and role' });
    await members
      .getByRole('row', { name: /Whole network/ })
      .filter({ hasText: '70%' })
      .waitFor();
    await page.getByText('7 of 10 members').waitFor();
    await page.getByRole('img', { name: /^Active members by school: / }).waitFor();
    const groups = page.getByRole('table', { name: 'Groups by activity, most active first' });
    expect(await groups.getByRole('row').nth(1).innerText()).toMatch(/^Algebra\s+2\s+1\s+2\s+3\s+3$/);
    await groups
      .getByRole('row', { name: /Biology/ })
      .getByText('Quiet')
      .waitFor();
    await page
      .getByRole('table', { name: /Teachers and principals/ })
      .getByText('Abe Asleep')
      .waitFor();
    await page
      .getByRole('table', { name: /two or more schools/ })
      .getByText('Linear equations')
      .waitFor();
    await page
      .getByRole('table', { name: /exchanges/ })
      .getByText('2 of 3 (66.7%)')
      .waitFor();
    await page
      .getByRole('table', { name: /Convenings/ })
      .getByText('2 (66.7% of going)')
      .waitFor();
    for (const s of w.students) expect(await page.getByText(s.user.displayName).count()).toBe(0);

    // The CSV link carries the period and works with the browser's session cookie.
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/networks/${w.net.network.id}/health\\.csv\\?from=`));
    const csv = await page.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('members,Network,percent active,70');

    // The one-page summary: same period, headline numbers, no names of isolated people.
    await page.getByRole('link', { name: 'Printable summary' }).click();
    await page.getByRole('heading', { level: 1, name: w.net.network.name }).waitFor();
    await page.getByText(/^Network health · /).waitFor();
    await page.getByRole('table', { name: 'Members by school' }).waitFor();
    expect(await page.getByText('70%').count()).toBeGreaterThan(0);
    expect(await page.getByText('Abe Asleep').count()).toBe(0);
    const print = page.getByRole('button', { name: 'Print' });
    expect(await print.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await ctx.close();
  });
});
