/**
 * Peer review in the browser, across two schools: a student reviews an essay with the rubric (and
 * fixes a comment the server finds too short), later reads the feedback on their own essay, rates one
 * review and reports another; their teacher opens the results, hides the reported review and
 * downloads the gradebook CSV. The rest of the exchange happens through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { PeerReview } from '../../server/src/feedback/peer-review.entity.js';
import { ReviewFlag } from '../../server/src/feedback/review-flag.entity.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import {
  assignmentsOf,
  OPS,
  ok,
  openExchange,
  pass,
  reviewOf,
  runJob,
  twoSchools,
  type Signed,
  type TwoSchools,
} from '../support/peer-feedback.js';

/** Polls `read` until it returns `expected` (or fails with the last value after a few seconds). */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toBe(expected);
}

describe('peer review across schools in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  async function pageFor(who: Signed): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    // Generous: a cold page load on a busy machine can take several seconds.
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, who.login);
    await page.getByRole('link', { name: 'Exchanges' }).first().waitFor();
    return page;
  }

  it('a student reviews, reads and rates feedback, reports a review; the teacher sees results and hides it', async () => {
    const w: TwoSchools = await twoSchools(server, 2);
    const exchangeId = await openExchange(server, w);
    const everyone = [...w.studentsA, ...w.studentsB];
    for (const s of everyone) {
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
    const mine = await assignmentsOf(server, exchangeId, student);
    expect(mine).toHaveLength(2);
    const exchangeUrl = `${server.url}/n/${w.net.network.slug}/exchanges/${exchangeId}`;

    // The student opens their first review from the exchange page.
    const page = await pageFor(student);
    await page.goto(exchangeUrl);
    await page.getByRole('heading', { name: 'Essays to review' }).waitFor();
    await page.getByRole('link', { name: /^Review 1 of 2 — / }).click();
    await page.getByRole('heading', { level: 1, name: /^Review 1 of 2 — / }).waitFor();
    expect(await page.getByTestId('essay-to-review').textContent()).toBe(mine[0]!.essay);
    await until(
      async () => (await server.db.getRepository(PeerReview).findOneByOrFail({ id: mine[0]!.id })).status,
      'STARTED',
    );

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
    await page.getByRole('textbox', { name: /^Your comment on Evidence/ }).fill('Needs sources.');
    await page.getByRole('textbox', { name: /^One strength/ }).fill('The opening question pulls the reader in.');
    await page
      .getByRole('textbox', { name: /^One next step/ })
      .fill('Answer the strongest counter-argument before you conclude.');
    // The draft is autosaved.
    await page
      .getByRole('status')
      .filter({ hasText: /^Draft saved$/ })
      .waitFor({ timeout: 10_000 });
    const draft = await server.db.getRepository(PeerReview).findOneByOrFail({ id: mine[0]!.id });
    expect(draft.levels).toEqual({ claim: 3, evidence: 2 });

    // Too short: the server's message shows next to the comment, which gets focus.
    await page.getByRole('button', { name: 'Send review' }).click();
    const evidence = page.getByRole('textbox', { name: /^Your comment on Evidence/ });
    await page.getByText('Your comment on Evidence is too short', { exact: false }).first().waitFor();
    expect(await evidence.getAttribute('aria-invalid')).toBe('true');
    await until(() => evidence.evaluate((el) => el === document.activeElement), true);
    await evidence.fill('Add a source for the second reason you give.');
    await page.getByRole('button', { name: 'Send review' }).click();
    await page.getByText('Your review was sent').waitFor();
    expect(await page.getByRole('button', { name: 'Send review' }).count()).toBe(0);
    const sent = await server.db.getRepository(PeerReview).findOneByOrFail({ id: mine[0]!.id });
    expect(sent).toMatchObject({
      status: 'SUBMITTED',
      nextStep: 'Answer the strongest counter-argument before you conclude.',
    });

    // Everyone else's reviews through the API, then feedback is released.
    for (const s of everyone) {
      for (const a of await assignmentsOf(server, exchangeId, s)) {
        if (a.status !== 'SUBMITTED') await ok(server.gql(OPS.submit, { input: reviewOf(a) }, { token: s.token }));
      }
    }
    await pass(server, exchangeId, 'reviewDueAt');
    await pass(server, exchangeId, 'feedbackReleaseAt');
    await runJob(server);

    // The student reads the two reviews of their essay, rates the first and reports the second.
    await page.goto(exchangeUrl);
    await page.getByRole('heading', { name: 'Feedback on your essay' }).waitFor();
    const reviews = page.getByRole('article', { name: /^Review by / });
    await until(() => reviews.count(), 2);
    const first = reviews.nth(0);
    await first.getByRole('radio', { name: /^5 — / }).check();
    await first.getByRole('textbox', { name: /^A comment for your teacher/ }).fill('Clear and kind, thanks.');
    await first.getByRole('button', { name: 'Save rating' }).click();
    await first.getByText('You rated it 5 of 5.').waitFor();
    const second = reviews.nth(1);
    await second.getByRole('button', { name: 'Report this review' }).click();
    await second.getByRole('textbox', { name: /^What is wrong with this review/ }).fill('It makes fun of my town.');
    await second.getByRole('button', { name: 'Send report' }).click();
    await second.getByText('Your teacher will look at it.').waitFor();
    const rated = await server.db.getRepository(PeerReview).findBy({ exchangeId, helpfulness: 5 });
    expect(rated).toHaveLength(1);
    expect(rated[0]!.helpfulnessComment).toBe('Clear and kind, thanks.');
    const flag = await server.db.getRepository(ReviewFlag).findOneByOrFail({ exchangeId });
    expect(flag).toMatchObject({ status: 'OPEN', reason: 'It makes fun of my town.' });
    await page.context().close();

    // The student's teacher opens the results.
    const teacher = await pageFor(w.b);
    await teacher.goto(exchangeUrl);
    await teacher.getByRole('tab', { name: 'Results' }).click();
    await teacher.getByRole('heading', { name: 'Completion by class' }).waitFor();
    const essaysIn = teacher.getByRole('progressbar', { name: /essays submitted: 2 of 2$/ });
    await until(() => essaysIn.count(), 4); // two classes, two schools
    expect(await teacher.getByRole('progressbar', { name: /, reviews sent: 4 of 4$/ }).count()).toBe(4);
    await teacher
      .getByTestId('score-distribution')
      .locator('.recharts-bar-rectangle')
      .filter({ visible: true })
      .first()
      .waitFor();
    await teacher.getByRole('img', { name: /^Claim: Beginning \(1 point\) 0 reviews; Developing/ }).waitFor();
    // Own students by name in the feedback list.
    await teacher.getByRole('button', { name: new RegExp(w.studentsB[0]!.name) }).waitFor();

    const flagCard = teacher.getByRole('article').filter({ hasText: 'It makes fun of my town.' });
    await flagCard.getByRole('button', { name: 'Hide and reassign' }).click();
    await flagCard.getByText('Hidden', { exact: true }).waitFor();
    const resolved = await server.db.getRepository(ReviewFlag).findOneByOrFail({ id: flag.id });
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'HIDE' });
    expect((await server.db.getRepository(PeerReview).findOneByOrFail({ id: flag.reviewId })).hiddenAt).not.toBeNull();

    const link = teacher.getByRole('link', { name: 'Download scores (CSV)' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/exchanges/${exchangeId}/results.csv`);
    const csv = await teacher.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain(w.studentsB[0]!.name);
    await teacher.context().close();
  });

  it('a late essay is still taken until reviews are due, then stays with its reviewers', async () => {
    const w = await twoSchools(server, 2);
    const exchangeId = await openExchange(server, w);
    const [onTime, late] = w.studentsA;
    for (const s of [onTime!, ...w.studentsB]) {
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

    const page = await pageFor(late!);
    await page.goto(`${server.url}/n/${w.net.network.slug}/exchanges/${exchangeId}`);
    await page.getByTestId('late-essay').waitFor();
    // Welcomed first, never told "Your essay is late".
    await page.getByText('Late essays are still welcome until', { exact: false }).first().waitFor();
    expect(await page.getByText('Your essay is late').count()).toBe(0);
    await page
      .getByRole('textbox', { name: 'My essay' })
      .fill('Late, but sharing teachers still widens what we offer.');
    await page.getByRole('button', { name: 'Submit essay' }).click();
    await page.getByText('Your essay is with its reviewers now. This is the essay you submitted.').waitFor();
    await page.getByRole('heading', { name: 'Essays to review' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'My essay' }).count()).toBe(0);
    expect(await page.getByTestId('submitted-essay').textContent()).toBe(
      'Late, but sharing teachers still widens what we offer.',
    );
    await page.context().close();
  });
});
