import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { PASSWORD } from '../support/factories.js';
import { startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { untranslatedText, usePseudoLocale } from '../support/i18n-page.js';
import { openExchange, twoSchools } from '../support/peer-feedback.js';

/**
 * The pseudo-locale check on the exchange pages a student sees (translated on the i18n-pages branch):
 * run it once both branches are merged; on i18n-core alone it lists the exchange pages' English.
 */
describe('the pseudo-locale check on the exchange pages', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a student’s exchanges list and exchange page (with the essay editor) are translated', async () => {
    const w = await twoSchools(server, 1);
    const exchangeId = await openExchange(server, w);
    const student = w.studentsA[0]!;
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await usePseudoLocale(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/sign-in`);
    await page.locator('input[autocomplete="username"]').fill(student.login);
    await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/\/n\//);
    const base = `${server.url}/n/${w.net.network.slug}`;
    for (const path of ['/exchanges', `/exchanges/${exchangeId}`]) {
      await page.goto(`${base}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, untranslated: await untranslatedText(page) }).toEqual({ path, untranslated: [] });
    }
    await ctx.close();
  }, 120_000);
});
