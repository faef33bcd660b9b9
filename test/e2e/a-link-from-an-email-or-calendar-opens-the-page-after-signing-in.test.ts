import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { shortLinkPath } from '@switchback/shared';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { conveningWorld, publishedConvening } from '../support/convenings-api.js';
import type { TestServer } from '../support/harness.js';

describe('links in emails and calendar files', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a link from an email or calendar opens the page after signing in, and shows "Page not found" to another network', async () => {
    const w = await conveningWorld(server);
    const { convening, session } = await publishedConvening(server, w);
    const slug = w.net.network.slug;

    // Not signed in: the session's link leads to sign in, then to the session's page.
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}${shortLinkPath('session', session.id)}`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email or username').fill(w.teachers[0]!.login);
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === `/n/${slug}/convenings/${convening.id}/sessions/${session.id}`);
    await page.getByRole('heading', { level: 1, name: 'Math job-alike' }).waitFor();

    // Signed in: a reminder sent before short links (/convenings/<id>) opens the convening.
    await page.goto(`${server.url}/convenings/${convening.id}`);
    await page.waitForURL((url) => url.pathname === `/n/${slug}/convenings/${convening.id}`);
    await page.getByRole('heading', { level: 1, name: 'Fall Convening' }).waitFor();
    await ctx.close();

    // Another network's coordinator: "Page not found", as for a link to nothing, naming no network.
    const other = await browser.newContext();
    const outsider = await other.newPage();
    outsider.setDefaultTimeout(15_000);
    await signInThroughPage(outsider, server.url, w.outsider.login);
    await outsider.waitForURL(/\/n\/[^/]+/);
    await outsider.goto(`${server.url}${shortLinkPath('convening', convening.id)}`);
    await outsider.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(new URL(outsider.url()).pathname).toBe(shortLinkPath('convening', convening.id));
    expect(await outsider.content()).not.toContain(slug);
    await other.close();
  });
});
