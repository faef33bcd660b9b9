import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { conveningWorld, ok, publishedConvening, Q } from '../support/convenings-api.js';
import type { TestServer } from '../support/harness.js';

describe('the registration dashboard', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('coordinator reads registrations by school in tables whose columns line up, and on a phone without sideways scrolling', async () => {
    const w = await conveningWorld(server);
    const { convening } = await publishedConvening(server, w);
    const [ada, ben, cy] = w.teachers;
    // Different lengths of names and needs in each school: auto-sized columns would differ.
    ok(
      await server.gql(Q.register, { c: convening.id, s: 'GOING', n: { dietary: 'Vegetarian' } }, { token: ada.token }),
    );
    ok(
      await server.gql(
        Q.register,
        { c: convening.id, s: 'MAYBE', n: { accessibility: 'A ground-floor room close to the session rooms, please' } },
        { token: ben.token },
      ),
    );
    ok(await server.gql(Q.register, { c: convening.id, s: 'NOT_GOING' }, { token: cy.token }));

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, w.coordinator.login);
    await page.waitForURL(/\/n\/[^/]+/);
    await page.goto(`${server.url}/n/${w.net.network.slug}/convenings/${convening.id}`);
    const tables = page.getByRole('table', { name: /^Registrations from / });
    await tables.nth(1).waitFor();
    expect(await tables.count()).toBe(2);
    const columns = async (i: number) =>
      tables
        .nth(i)
        .locator('thead th')
        .evaluateAll((ths) =>
          ths.map(
            (th) => Math.round(th.getBoundingClientRect().left) + ':' + Math.round(th.getBoundingClientRect().width),
          ),
        );
    const [first, second] = [await columns(0), await columns(1)];
    expect(first).toHaveLength(3);
    expect(second).toEqual(first);

    // On a phone each registrant is a card, whole, and the page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('A ground-floor room close to the session rooms, please', { exact: false }).waitFor();
    // (Once the page has laid itself out again for the narrower screen.)
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390);
    const card = await page.getByRole('rowheader', { name: ben.user.displayName }).boundingBox();
    expect(card!.x + card!.width).toBeLessThanOrEqual(390);
    await ctx.close();
  });
});
