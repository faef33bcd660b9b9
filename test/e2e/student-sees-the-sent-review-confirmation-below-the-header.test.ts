import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { assignmentsOf, OPS, ok, openExchange, pass, runJob, twoSchools } from '../support/peer-feedback.js';
import { eventually } from '../support/eventually.js';

describe('sending a review in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a student on a phone sees the confirmation of a sent review below the header, in view', async () => {
    const w = await twoSchools(server, 2);
    const exchangeId = await openExchange(server, w);
    for (const s of [...w.studentsA, ...w.studentsB]) {
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: `Rural schools should share teachers because ${s.user.id.slice(0, 6)} says so.` },
          { token: s.token },
        ),
      );
    }
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    const student = w.studentsB[0]!;
    expect(await assignmentsOf(server, exchangeId, student)).toHaveLength(2);

    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, student.login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${server.url}/n/${w.net.network.slug}/exchanges/${exchangeId}`);
    await page.getByRole('link', { name: /^Review 1 of 2 — / }).click();
    await page.getByRole('heading', { level: 1, name: /^Review 1 of 2 — / }).waitFor();

    await page
      .getByRole('radiogroup', { name: /^Claim/ })
      .getByRole('radio', { name: /^Strong · 3 points/ })
      .check();
    await page
      .getByRole('radiogroup', { name: /^Evidence/ })
      .getByRole('radio', { name: /^Some · 2 points/ })
      .check();
    await page
      .getByRole('textbox', { name: /^Your comment on Claim/ })
      .fill('Your claim is clear in the first paragraph.');
    await page.getByRole('textbox', { name: /^Your comment on Evidence/ }).fill('Add a source for your second reason.');
    await page.getByRole('textbox', { name: /^One strength/ }).fill('The opening question pulls the reader in.');
    await page.getByRole('textbox', { name: /^One next step/ }).fill('Answer the strongest counter-argument first.');
    // A thorough review: once sent, its text is taller than the phone's screen, so the confirmation
    // above it has to be scrolled to.
    const more =
      ' I read this part twice. Think about the reader who lives far from your school and has never seen it:' +
      ' what would they need to know first, and which example would convince them the most? Say it plainly.';
    for (const [name, text] of [
      [/^Your comment on Claim/, 'Your claim is clear in the first paragraph.'],
      [/^Your comment on Evidence/, 'Add a source for your second reason.'],
      [/^One strength/, 'The opening question pulls the reader in.'],
      [/^One next step/, 'Answer the strongest counter-argument first.'],
    ] as const)
      await page.getByRole('textbox', { name }).fill(text + more);
    const send = page.getByRole('button', { name: 'Send review' });
    await send.scrollIntoViewIfNeeded();
    await send.click();

    const confirmation = page.getByRole('status').filter({ hasText: 'Your review was sent' });
    await confirmation.waitFor();
    const header = page.locator('header').first();
    // Its whole box is below the fixed header and inside the screen (once scrolling has settled).
    const [box, headerBox] = await eventually(
      async () => [await confirmation.boundingBox(), await header.boundingBox()] as const,
      ([b, h]) => Boolean(b && h && b.y >= h.y + h.height && b.y + Math.min(b.height, 100) <= 844),
      'the confirmation below the header and in view',
    );
    expect(box!.y).toBeGreaterThanOrEqual(headerBox!.y + headerBox!.height);
    expect(await confirmation.evaluate((el) => el === document.activeElement)).toBe(true);
    await ctx.close();
  }, 120_000);
});
