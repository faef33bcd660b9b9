import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { createNetwork, createPerson } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';

/**
 * A coordinator on a phone (390 px) turns on Google sign-in and lists a school's email domain; the
 * page has no serious accessibility violation, and the sign-in page then offers "Sign in with Google".
 * (The provider itself is never reached here: the full flow is tested against a real OpenID provider
 * in test/integration/school-accounts-sign-in-with-google-and-microsoft.test.ts.)
 */
describe('a coordinator turns on Google sign-in on a phone', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    ({ server, browser } = await startBrowserApp({
      GOOGLE_CLIENT_ID: 'e2e-client',
      GOOGLE_CLIENT_SECRET: 'e2e-secret-never-shown',
      OIDC_GOOGLE_ISSUER: 'http://127.0.0.1:9',
    }));
  });
  afterAll(() => stopBrowserApp(server, browser));

  it('enables Google, saves a domain, and the sign-in page offers the button', async () => {
    const net = await createNetwork(server.db, 1);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signInThroughPage(page, server.url, coordinator.login);
    await page.waitForURL(/\/n\//);
    await page.goto(`${server.url}/n/${net.network.slug}/sign-in-providers`);

    await page.getByText('Microsoft is not configured on this server').waitFor();
    // The switch follows the server's answer: it turns on once the change is saved.
    const google = page.getByRole('switch', { name: 'Sign in with Google' });
    await google.click();
    await page.getByText('People can sign in with Google.').waitFor();
    await page.getByRole('switch', { name: 'Sign in with Google', checked: true }).waitFor();
    expect(await page.getByRole('switch', { name: 'Sign in with Microsoft' }).isDisabled()).toBe(true);
    const domains = page.getByLabel(`${net.schools[0].name}: email domains`);
    await domains.fill('yakutat.k12.example');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved the email domains of ${net.schools[0].name}.`).waitFor();
    expect(await page.content()).not.toContain('e2e-secret-never-shown');

    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);

    const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await visitor.goto(`${server.url}/sign-in`);
    const button = visitor.getByRole('link', { name: 'Sign in with Google' });
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe('/auth/oidc/google/start');
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});
