/**
 * Endorsed reviews in the browser: teacher A endorses, from the exchange's results, a review that
 * teacher B's student wrote of A's student's essay; B approves it in the endorsed-reviews list; a
 * student of the network's next exchange, on a phone, reads it as an example before reviewing. The
 * rest happens through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { ReviewEndorsement } from '../../server/src/feedback/endorsements/review-endorsement.entity.js';
import { PeerReview } from '../../server/src/feedback/peer-review.entity.js';
import { signedInPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { reviewBy, reviewedExchange } from '../support/endorsements.js';
import { eventually } from '../support/eventually.js';
import type { TestServer } from '../support/harness.js';
import { assignmentsOf, ok, openExchange, OPS, pass, runJob, twoSchools } from '../support/peer-feedback.js';

/** Serious or critical WCAG 2.1 AA violations on the page's main content (axe). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('#main')
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('a teacher endorses a review and students see it as an example', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it("is endorsed by the essay's teacher, approved by the writer's teacher and read on a phone", async () => {
    const w = await twoSchools(server, 2);
    const { exchangeId, reviews } = await reviewedExchange(server, w, 'Libraries matter.');
    const byB = reviewBy(reviews, w.studentsB, w.studentsA);
    const sent = await server.db.getRepository(PeerReview).findOneByOrFail({ id: byB.id });
    const author = w.studentsA.find((s) => s.user.id === byB.authorId)!;
    const writer = w.studentsB.find((s) => s.user.id === byB.reviewerId)!;
    const base = `${server.url}/n/${w.net.network.slug}/exchanges`;

    // Teacher A, in the results, endorses the review of their student's essay.
    const a = await signedInPage(browser, server.url, w.a.login);
    a.page.setDefaultTimeout(15_000);
    await a.page.goto(`${base}/${exchangeId}`);
    await a.page.getByRole('tab', { name: 'Results' }).click();
    await a.page.getByRole('button', { name: new RegExp(author.name) }).click();
    const card = a.page.getByRole('article').filter({ hasText: sent.strength });
    await card.getByRole('button', { name: 'Endorse as exemplary' }).click();
    await card
      .getByRole('textbox', { name: /^What makes this review helpful/ })
      .fill('Every comment points at a sentence and says what to do.');
    await card.getByRole('button', { name: 'Endorse', exact: true }).click();
    await card.getByText('Endorsed as exemplary').waitFor();
    await card.getByText('Waiting for the approval of its writer’s teacher').waitFor();
    expect(await seriousViolations(a.page)).toEqual([]);
    const endorsement = await server.db.getRepository(ReviewEndorsement).findOneByOrFail({ reviewId: byB.id });
    expect(endorsement).toMatchObject({ endorsedById: w.a.user.id, approvedAt: null });
    await a.close();

    // Teacher B approves it in the list of their students' endorsed reviews.
    const b = await signedInPage(browser, server.url, w.b.login);
    b.page.setDefaultTimeout(15_000);
    await b.page.goto(`${base}/${exchangeId}`);
    await b.page.getByRole('tab', { name: 'Results' }).click();
    await b.page.getByRole('heading', { name: 'Endorsed reviews' }).waitFor();
    const request = b.page.getByRole('article', { name: new RegExp(`^${writer.name}’s review of `) });
    await request.getByText('Every comment points at a sentence and says what to do.', { exact: false }).waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);
    await request.getByRole('button', { name: 'Approve as an example' }).click();
    await request.getByText('Shown as an example').waitFor();
    await eventually(
      async () =>
        (await server.db.getRepository(ReviewEndorsement).findOneByOrFail({ id: endorsement.id })).approvedById,
      (id) => id === w.b.user.id,
      'the approval',
    );
    await b.close();

    // The network's next exchange, in review: a student opens their first review on a phone.
    const next = await openExchange(server, w, { title: 'Should every town have a pool?' });
    for (const s of [...w.studentsA, ...w.studentsB])
      await ok(
        server.gql(OPS.submitEssay, { e: next, body: 'A pool teaches every child to swim.' }, { token: s.token }),
      );
    await pass(server, next, 'submissionDueAt');
    await runJob(server);
    const student = w.studentsA[1]!;
    const [first] = await assignmentsOf(server, next, student);
    const phone = await signedInPage(browser, server.url, student.login, { width: 390, height: 844 });
    phone.page.setDefaultTimeout(15_000);
    await phone.page.goto(`${base}/${next}/reviews/${first!.id}`);
    const panel = phone.page.getByRole('button', { name: /^What a helpful comment looks like \(1 example\)/ });
    await panel.waitFor();
    expect(await panel.getAttribute('aria-expanded')).toBe('true');
    const example = phone.page.getByRole('article', { name: /^A review by / });
    await example.getByText(sent.strength).waitFor();
    await example.getByText('Why a teacher chose it: Every comment points at a sentence', { exact: false }).waitFor();
    const text = (await example.textContent()) ?? '';
    for (const secret of [writer.name, author.name, ...w.net.schools.map((s) => s.name), 'Libraries matter.'])
      expect(text).not.toContain(secret);
    expect(await seriousViolations(phone.page)).toEqual([]);
    // Readable at 390 px: nothing wider than the screen.
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // It folds away.
    await panel.click();
    await eventually(
      () => panel.getAttribute('aria-expanded'),
      (v) => v === 'false',
      'the folded panel',
    );
    await phone.close();
  }, 180_000);
});
