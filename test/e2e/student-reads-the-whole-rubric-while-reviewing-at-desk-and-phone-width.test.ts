import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { assignmentsOf, OPS, ok, openExchange, pass, runJob, twoSchools } from '../support/peer-feedback.js';

/** A rubric as wide as real ones: four levels with full-sentence descriptors. */
const LEVELS = ['Beginning', 'Developing', 'Proficient', 'Advanced'];
const CRITERIA = ['Claim', 'Evidence', 'Counter-claims'].map((title, c) => ({
  title,
  description: `How well the essay handles its ${title.toLowerCase()}, read from the first paragraph to the last.`,
  weight: c === 0 ? 2 : 1,
  levels: LEVELS.map((label, i) => ({
    points: i + 1,
    label,
    descriptor: `${label} work on the ${title.toLowerCase()}: the writer ${['hints at', 'states', 'develops', 'defends with sources'][i]} it, and a reader can follow why in every paragraph.`,
  })),
}));

/** Whether the element is on screen and not clipped: the point at its centre belongs to it. */
async function readable(el: Locator, width: number): Promise<void> {
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  const own = await el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
    return !!hit && node.contains(hit);
  });
  expect(own).toBe(true);
}

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

describe('the review page in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('student reads the whole rubric while reviewing at desk and phone width', async () => {
    const w = await twoSchools(server, 2);
    const rubric = await ok(
      server.gql<{ createRubric: { id: string } }>(
        `mutation($input: CreateRubricInput!) { createRubric(input: $input) { id } }`,
        { input: { networkId: w.net.network.id, title: 'Argument, four levels', criteria: CRITERIA } },
        { token: w.a.token },
      ),
    );
    const exchangeId = await openExchange(server, { ...w, rubricId: rubric.createRubric.id });
    for (const s of [...w.studentsA, ...w.studentsB]) {
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: 'Sharing teachers widens what small schools offer.' },
          { token: s.token },
        ),
      );
    }
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);
    const student = w.studentsB[0]!;
    const [review] = await assignmentsOf(server, exchangeId, student);
    const url = `${server.url}/n/${w.net.network.slug}/exchanges/${exchangeId}/reviews/${review!.id}`;

    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const ctx = await browser.newContext({ viewport });
      const page = await ctx.newPage();
      page.setDefaultTimeout(15_000);
      await signInThroughPage(page, server.url, student.login);
      await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
      await page.goto(url);
      await page.getByRole('heading', { level: 1, name: /^Review 1 of 2 — / }).waitFor();
      const rubricCards = page.getByTestId('rubric-cards');
      await rubricCards.waitFor();

      // Every level of every criterion, and the note under the rubric, can be read whole.
      const levels = rubricCards.getByTestId('rubric-level');
      expect(await levels.count()).toBe(CRITERIA.length * LEVELS.length);
      for (const criterion of CRITERIA) {
        const section = rubricCards.getByRole('region', { name: criterion.title, exact: true });
        for (const level of criterion.levels) {
          const box = section.getByTestId('rubric-level').filter({ hasText: level.descriptor });
          expect(await box.count()).toBe(1);
          await readable(box, viewport.width);
        }
      }
      const footnote = page.getByTestId('rubric-footnote');
      expect(await footnote.textContent()).toBe('Scores are weighted: the most a piece of work can earn is 16 points.');
      await readable(footnote, viewport.width);
      // The essay and the review form are there too, and nothing is wider than the window.
      await readable(page.getByTestId('essay-to-review'), viewport.width);
      await page.getByRole('button', { name: 'Send review' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await seriousViolations(page)).toEqual([]);
      await ctx.close();
    }
  }, 180_000);
});
