/**
 * Students' calibration in the browser: the owner turns it on with two anchor papers; a student on a
 * phone (390 px) scores the example essays, gets a second try where they were far off, sees their
 * levels beside the agreed ones, then reviews a peer's essay; their teacher sees the accuracy in the
 * results. Essays and the other reviews go through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator } from 'playwright-core';
import { PeerReview } from '../../server/src/feedback/peer-review.entity.js';
import { ExchangeCalibrationEssay } from '../../server/src/feedback/student-calibration/exchange-calibration-essay.entity.js';
import { anchorPapers } from '../support/anchor-papers.js';
import { signedInPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';
import { assignmentsOf, OPS, ok, openExchange, pass, runJob, twoSchools } from '../support/peer-feedback.js';

/** Chooses a level of a criterion inside one example essay's card. */
async function choose(card: Pick<Locator, 'getByRole'>, criterion: string, level: RegExp) {
  await card
    .getByRole('radiogroup', { name: new RegExp(`^${criterion}`) })
    .getByRole('radio', { name: level })
    .check();
}

describe('a student calibrates and then reviews', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('scores the example essays (a second try when far off), reviews, and the teacher sees the accuracy', async () => {
    const w = await twoSchools(server, 2);
    const anchors = await anchorPapers(server.db, {
      rubricId: w.rubricId,
      groupId: w.groupId,
      facilitatorId: w.a.user.id,
    });
    const exchangeId = await openExchange(server, w);
    const exchangeUrl = `${server.url}/n/${w.net.network.slug}/exchanges/${exchangeId}`;

    // The owner chooses two anchor papers in the teacher panel.
    const owner = await signedInPage(browser, server.url, w.a.login);
    owner.page.setDefaultTimeout(15_000);
    await owner.page.goto(exchangeUrl);
    const choice = owner.page.getByRole('region', { name: 'Calibration before reviewing' });
    await choice.getByText('Off: students review without scoring example essays first.').waitFor();
    await choice.getByRole('checkbox', { name: 'Essay 1 of Argument anchors' }).check();
    await choice.getByRole('checkbox', { name: 'Essay 2 of Argument anchors' }).check();
    await choice.getByRole('button', { name: 'Save calibration' }).click();
    await choice.getByText(/^On: students score 2 example essays/).waitFor();
    const chosen = await server.db
      .getRepository(ExchangeCalibrationEssay)
      .find({ where: { exchangeId }, order: { position: 'ASC' } });
    expect(chosen.map((c) => c.essayId)).toEqual(anchors.slice(0, 2));
    await owner.close();

    for (const s of [...w.studentsA, ...w.studentsB])
      await ok(
        server.gql(
          OPS.submitEssay,
          { e: exchangeId, body: `Schools should share teachers. ${s.user.id}` },
          { token: s.token },
        ),
      );
    await pass(server, exchangeId, 'submissionDueAt');
    await runJob(server);

    // The student, on a phone.
    const student = w.studentsB[0]!;
    const phone = await signedInPage(browser, server.url, student.login, { width: 390, height: 844 });
    const page = phone.page;
    page.setDefaultTimeout(15_000);
    await page.goto(exchangeUrl);
    await page.getByRole('heading', { name: 'Practise first: score 2 example essays' }).waitFor();
    await page.getByText('Score the example essays first: they show what each level looks like.').waitFor();
    expect(await page.getByRole('link', { name: /^Review 1 of/ }).count()).toBe(0);

    const first = page.getByRole('article', { name: 'Example essay 1' });
    await choose(first, 'Claim', /^Beginning/);
    await choose(first, 'Evidence', /^Missing/);
    await first.getByRole('button', { name: 'Send my scores' }).click();
    await first.getByText('Far from the agreed levels').waitFor();
    const table = first.getByRole('table');
    await table.getByRole('row', { name: /^Claim Beginning \(2 levels away\) Strong/ }).waitFor();
    await table.getByText(/The group agreed 3 for claim/).waitFor();
    // The second try.
    await choose(first, 'Claim', /^Strong/);
    await choose(first, 'Evidence', /^Strong/);
    await first.getByRole('button', { name: 'Send my second try' }).click();
    await first.getByText(/^Your second try beside the agreed levels · accuracy 100 %/).waitFor();
    expect(await first.getByRole('button', { name: /^Send my/ }).count()).toBe(0);

    const second = page.getByRole('article', { name: 'Example essay 2' });
    await choose(second, 'Claim', /^Beginning/);
    await choose(second, 'Evidence', /^Missing/);
    await second.getByRole('button', { name: 'Send my scores' }).click();
    await page.getByText('Done · accuracy 100 %').waitFor();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Now the reviews open.
    await page.getByRole('link', { name: /^Review 1 of 2 — / }).click();
    await page.getByRole('heading', { level: 1, name: /^Review 1 of 2 — / }).waitFor();
    await page.getByRole('button', { name: 'Examples: what each level looks like' }).click();
    await page.getByText(/^Claim: Strong\./).waitFor();
    await choose(page, 'Claim', /^Strong · 3 points/);
    await choose(page, 'Evidence', /^Some · 2 points/);
    await page
      .getByRole('textbox', { name: /^Your comment on Claim/ })
      .fill('Your claim is clear in the first paragraph.');
    await page
      .getByRole('textbox', { name: /^Your comment on Evidence/ })
      .fill('Add a source for the second reason you give.');
    await page.getByRole('textbox', { name: /^One strength/ }).fill('The opening question pulls the reader in.');
    await page
      .getByRole('textbox', { name: /^One next step/ })
      .fill('Answer the strongest counter-argument before you conclude.');
    await page.getByRole('button', { name: 'Send review' }).click();
    await page.getByText('Your review was sent').waitFor();
    const [sent] = await assignmentsOf(server, exchangeId, student);
    expect((await server.db.getRepository(PeerReview).findOneByOrFail({ id: sent!.id })).status).toBe('SUBMITTED');
    await phone.close();

    // Their teacher sees the student's accuracy by name in the results.
    const teacher = await signedInPage(browser, server.url, w.b.login);
    teacher.page.setDefaultTimeout(15_000);
    await teacher.page.goto(`${exchangeUrl}?tab=results`);
    const accuracy = teacher.page.getByRole('table', { name: /^Accuracy of reviewers/ });
    await accuracy.getByRole('row', { name: new RegExp(`^${student.name} 2 of 2 100 % Yes`) }).waitFor();
    await teacher.page.getByText(/^How the weighted mean works/).waitFor();
    await teacher.close();
  }, 180_000);
});
