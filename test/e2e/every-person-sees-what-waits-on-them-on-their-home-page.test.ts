/**
 * The to-do at the top of the home page, in the browser: a student with reviews waiting and a late
 * essay, a teacher with an exchange to open, a coordinator with invitations and isolated members,
 * each following an item's link into the app; readable at 390 px; welcoming when empty.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { createPerson, signIn } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import { DAY, OPS, ok, openExchange, pass, runJob, twoSchools, type TwoSchools } from '../support/peer-feedback.js';

const ESSAY = 'Small schools should share teachers, because every student deserves a physics class.';

describe('the to-do on the home page', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  async function homeOf(login: string, width: number, slug: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${server.url}/n/${slug}`);
    await page.getByRole('heading', { level: 2, name: 'To do' }).waitFor();
    return page;
  }

  /** The to-do's items, in order, as the page shows them. */
  async function items(page: Page): Promise<string[]> {
    const list = page.getByTestId('to-do').getByRole('listitem');
    await list.first().waitFor();
    return (await list.allInnerTexts()).map((t) => t.replace(/\n+/g, '\n'));
  }

  /** Nothing wider than the phone, and every action link a 44 px target. */
  async function fitsAPhone(page: Page) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const box of await page.getByTestId('to-do').getByRole('link').all()) {
      expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
  }

  let w: TwoSchools;
  let reviewing: string;
  beforeAll(async () => {
    w = await twoSchools(server, 3);
    reviewing = await openExchange(server, w, { title: 'Sharing teachers' });
    for (const s of [w.studentsA[0]!, w.studentsA[1]!, ...w.studentsB]) {
      await ok(server.gql(OPS.submitEssay, { e: reviewing, body: ESSAY }, { token: s.token }));
    }
    await pass(server, reviewing, 'submissionDueAt');
    await runJob(server);
  });

  it('every person sees what waits on them on their home page: a student', async () => {
    for (const width of [1280, 390]) {
      const page = await homeOf(w.studentsA[0]!.login, width, w.net.network.slug);
      const texts = await items(page);
      expect(texts.length).toBeGreaterThanOrEqual(2);
      for (const t of texts) expect(t).toMatch(/^Review .*’s essay for “Sharing teachers”\nDue .* AKST/);
      // Other schools' students only by pseudonym.
      for (const s of w.studentsB) expect(texts.join('\n')).not.toContain(s.name);
      if (width === 390) await fitsAPhone(page);
      await page.getByTestId('to-do').getByRole('link', { name: 'Start the review' }).first().click();
      await page.waitForURL(new RegExp(`/exchanges/${reviewing}/reviews/`));
      await page.context().close();
    }

    // The student who missed the deadline is welcomed first.
    const late = await homeOf(w.studentsA[2]!.login, 390, w.net.network.slug);
    const [first] = await items(late);
    expect(first).toMatch(/^Write your essay for “Sharing teachers”\nLate essays are still welcome until /);
    await fitsAPhone(late);
    await late.getByTestId('to-do').getByRole('link', { name: 'Write your essay' }).click();
    await late.getByTestId('late-essay').waitFor();
    expect(await late.getByText('Your essay is late').count()).toBe(0);
    await late.context().close();
  });

  it('every person sees what waits on them on their home page: a teacher', async () => {
    const now = Date.now();
    const { createExchange } = await ok(
      server.gql<{ createExchange: { id: string } }>(
        OPS.create,
        {
          input: {
            networkId: w.net.network.id,
            title: 'Four-day school week',
            prompt: 'Argue for or against.',
            rubricId: w.rubricId,
            submissionDueAt: new Date(now + 3 * DAY).toISOString(),
            reviewDueAt: new Date(now + 5 * DAY).toISOString(),
            feedbackReleaseAt: new Date(now + 6 * DAY).toISOString(),
            classIds: [w.classA.id],
          },
        },
        { token: w.a.token },
      ),
    );
    for (const width of [1280, 390]) {
      const page = await homeOf(w.a.login, width, w.net.network.slug);
      expect(await items(page)).toEqual([
        expect.stringMatching(/^Open “Four-day school week” for essays\nEssays due /),
      ]);
      if (width === 390) await fitsAPhone(page);
      await page.getByTestId('to-do').getByRole('link', { name: 'Open the exchange' }).click();
      await page.waitForURL(new RegExp(`/exchanges/${createExchange.id}$`));
      await page.getByRole('heading', { level: 1, name: 'Four-day school week' }).waitFor();
      await page.context().close();
    }
  });

  it('every person sees what waits on them on their home page: a coordinator, and an empty to-do says so kindly', async () => {
    const coordinator = await createPerson(server.db, w.net, 'COORDINATOR', { name: 'Cora Coordinator' });
    await createPerson(server.db, w.net, 'TEACHER', { school: w.net.schools[1], name: 'Ike Isolated' });
    await ok(
      server.gql(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
        {
          input: {
            networkId: w.net.network.id,
            email: 'new.teacher@example.org',
            role: 'TEACHER',
            schoolId: w.net.schools[0].id,
          },
        },
        { token: await signIn(server, coordinator.login) },
      ),
    );
    for (const width of [1280, 390]) {
      const page = await homeOf(coordinator.login, width, w.net.network.slug);
      expect(await items(page)).toEqual([
        expect.stringMatching(/^One invitation is not accepted yet\n/),
        expect.stringMatching(/^One teacher or principal is in no active group\n/),
      ]);
      if (width === 390) await fitsAPhone(page);
      await page.getByTestId('to-do').getByRole('link', { name: 'See who needs a group' }).click();
      await page.waitForURL(/\/isolated$/);
      await page.getByText('Ike Isolated').first().waitFor();
      await page.context().close();
    }

    const idle = await homeOf(w.b.login, 390, w.net.network.slug);
    await idle
      .getByTestId('to-do-empty')
      .getByText(/^Nothing waiting on you\./)
      .waitFor();
    await idle.context().close();
  });
});
