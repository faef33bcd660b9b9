import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { PASSWORD } from '../support/factories.js';
import { startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { untranslatedText, usePseudoLocale } from '../support/i18n-page.js';
import { openExchange, twoSchools } from '../support/peer-feedback.js';

/**
 * The pseudo-locale check (docs/i18n.md): with every message accented and bracketed, any visible text
 * of a student's page made of plain ASCII letters did not come from the catalogs. This file walks the
 * pages of the i18n foundation; the exchange pages are walked by
 * exchange-pages-show-no-untranslated-text-in-the-pseudo-locale.test.ts.
 */
describe('the pseudo-locale check', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  async function expectTranslated(page: Page, where: string) {
    expect({ where, untranslated: await untranslatedText(page) }).toEqual({ where, untranslated: [] });
  }

  it('finds English that bypassed the catalogs', async () => {
    const ctx = await browser.newContext();
    await usePseudoLocale(ctx);
    const page = await ctx.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.locator('main h1').filter({ hasText: '⟦' }).waitFor();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Plain English';
      document.querySelector('main')!.append(p);
      const name = document.createElement('p');
      name.textContent = 'Sam Student';
      name.translate = false;
      document.querySelector('main')!.append(name);
    });
    expect(await untranslatedText(page)).toEqual(['"Plain English" in <p>']);
    await ctx.close();
  });

  it('a student’s sign-in, password, join, home, navigation, notifications, account menu and error pages are all translated', async () => {
    const w = await twoSchools(server, 1);
    await openExchange(server, w);
    const student = w.studentsA[0]!;
    const slug = w.net.network.slug;

    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const ctx = await browser.newContext({ viewport });
      await usePseudoLocale(ctx);
      const page = await ctx.newPage();
      page.setDefaultTimeout(15_000);
      const at = (what: string) => `${what} at ${viewport.width} px`;

      for (const path of ['/sign-in', '/forgot-password', '/join', '/reset-password/not-a-token', '/no-such-page']) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h1').filter({ hasText: '⟦' }).waitFor();
        await expectTranslated(page, at(path));
      }
      // A refused sign-in: the API's message, translated.
      await page.goto(`${server.url}/sign-in`);
      await page.locator('input[autocomplete="username"]').fill(student.login);
      await page.locator('input[autocomplete="current-password"]').fill('not the password');
      await page.locator('main button[type="submit"]').click();
      await page.getByRole('alert').first().waitFor();
      await expectTranslated(page, at('a refused sign-in'));

      await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/\/n\//);
      await page.getByTestId('to-do').locator('li').first().waitFor();
      await page.locator('#your-classes').waitFor();
      await expectTranslated(page, at('home'));

      if (viewport.width < 768) {
        await page.locator('header button.mantine-Burger-root').click();
        await page.locator('#main-navigation a').first().waitFor();
      }
      await expectTranslated(page, at('the navigation'));

      await page.locator('header .mantine-ActionIcon-root').click();
      await page.locator('.mantine-Popover-dropdown h2').waitFor();
      await expectTranslated(page, at('the notifications'));
      await page.keyboard.press('Escape');

      await page.locator('.account-button').click();
      await page.getByRole('menu').waitFor();
      await expectTranslated(page, at('the account menu'));
      await page.keyboard.press('Escape');

      await page.goto(`${server.url}/n/${slug}/no-such-page`);
      await page.locator('main h1').filter({ hasText: '⟦' }).waitFor();
      await expectTranslated(page, at('a missing page'));
      await page.goto(`${server.url}/n/no-such-network-${slug}`);
      await page.locator('main h1').filter({ hasText: '⟦' }).waitFor();
      await expectTranslated(page, at('a missing network'));
      await ctx.close();
    }
  }, 180_000);
});
