import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { School } from '../../server/src/networks/school.entity.js';
import { Submission } from '../../server/src/feedback/submission.entity.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { openExchange, twoSchools } from '../support/peer-feedback.js';

/** The serious or critical WCAG 2.1 A/AA violations axe finds on the page. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`);
}

describe('essays that give the writer away, in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('student is warned before submitting an essay that names their school, edits it, or submits anyway', async () => {
    const w = await twoSchools(server, 1);
    await server.db.getRepository(School).update(w.net.schools[0].id, { name: 'Lyle High School', locality: 'Lyle' });
    const student = w.studentsA[0]!;
    const exchangeId = await openExchange(server, w);
    const stored = () => server.db.getRepository(Submission).findOneBy({ exchangeId, studentId: student.user.id });

    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, student.login);
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await page.goto(`${server.url}/n/${w.net.network.slug}/exchanges/${exchangeId}`);
    const essay = page.getByRole('textbox', { name: 'My essay' });
    await essay.fill('At Lyle, videos freeze when everyone is online. Lyle needs faster internet first.');
    await page.getByRole('button', { name: 'Submit essay' }).click();

    // The warning lists the words (marked) and nothing is submitted yet.
    const warning = page.getByRole('alert').filter({ hasText: 'Your essay could tell reviewers who you are' });
    await warning.waitFor();
    const words = warning.getByRole('list', { name: 'Words that give you away' });
    expect(await words.getByRole('listitem').allTextContents()).toEqual(['Lyle — names your school']);
    expect(await warning.locator('mark').first().textContent()).toBe('Lyle');
    expect((await stored())?.status).not.toBe('SUBMITTED');
    expect(await seriousViolations(page)).toEqual([]);

    // "Edit my essay" puts her back in the essay; she changes the words and submits without a warning.
    await warning.getByRole('button', { name: 'Edit my essay' }).click();
    await expect(essay.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await warning.count()).toBe(0);
    await essay.fill('At my school, videos freeze when everyone is online. We need faster internet first.');
    await page.getByRole('button', { name: 'Submit essay' }).click();
    await page.getByText('Essay submitted').first().waitFor();
    expect((await stored())?.submittedBody).toBe(
      'At my school, videos freeze when everyone is online. We need faster internet first.',
    );

    // On a phone the toast covers the button: she closes it.
    await page.locator('.mantine-Notification-root').filter({ hasText: 'Essay submitted' }).getByRole('button').click();
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });

    // Naming it again, she may still choose to submit anyway.
    await essay.fill('At Lyle, we need faster internet first.');
    await page.getByRole('button', { name: 'Resubmit essay' }).click();
    await warning.waitFor();
    await warning.getByRole('button', { name: 'Submit anyway' }).click();
    await page.getByText('Essay resubmitted').first().waitFor();
    expect((await stored())?.submittedBody).toBe('At Lyle, we need faster internet first.');
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await ctx.close();
  }, 120_000);
});
