import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { Submission } from '../../server/src/feedback/submission.entity.js';
import { createClass, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

const DAY = 86_400_000;

describe('essays in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  async function gql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await server.gql<T>(query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it('a student writes an essay (autosaved), submits it, resubmits it, and reads it once essays close', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER', { name: 'Tom Teacher' });
    const student = await createPerson(server.db, net, 'STUDENT', { name: 'Sam Student' });
    const cls = await createClass(server.db, net, teacher, [student]);
    const token = await signIn(server, teacher.login);
    const { createRubric } = await gql<{ createRubric: { id: string } }>(
      token,
      'mutation($input: CreateRubricInput!) { createRubric(input: $input) { id } }',
      {
        input: {
          networkId: net.network.id,
          title: 'Argument',
          criteria: [
            {
              title: 'Claim',
              weight: 1,
              levels: [
                { points: 1, label: 'Beginning', descriptor: 'No clear claim.' },
                { points: 3, label: 'Strong', descriptor: 'A clear claim.' },
              ],
            },
          ],
        },
      },
    );
    const now = Date.now();
    const { createExchange } = await gql<{ createExchange: { id: string } }>(
      token,
      'mutation($input: CreateExchangeInput!) { createExchange(input: $input) { id } }',
      {
        input: {
          networkId: net.network.id,
          title: 'Four-day school week',
          prompt: 'Argue for or against a four-day school week.',
          rubricId: createRubric.id,
          submissionDueAt: new Date(now + 2 * DAY).toISOString(),
          reviewDueAt: new Date(now + 4 * DAY).toISOString(),
          feedbackReleaseAt: new Date(now + 5 * DAY).toISOString(),
          classIds: [cls.id],
        },
      },
    );
    const exchangeId = createExchange.id;
    await gql(token, 'mutation($e: ID!) { advanceExchangePhase(exchangeId: $e) { id } }', { e: exchangeId });

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, student.login);
    await page.getByRole('link', { name: 'Exchanges' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My exchanges' }).waitFor();
    await page.getByText(/^Essay due /).waitFor();
    await page.getByRole('link', { name: 'Four-day school week' }).click();
    await page.getByRole('heading', { level: 1, name: 'Four-day school week' }).waitFor();

    // Typing is autosaved after a pause.
    await page.getByRole('status').filter({ hasText: 'Saved as you type' }).waitFor();
    const essay = page.getByRole('textbox', { name: 'My essay' });
    await essay.fill('A four-day week saves rural families long bus rides.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 10_000 });
    await page.getByText(/others see you as “[A-Z][a-z]+ [A-Z][a-z]+”/).waitFor();
    const draft = await server.db.getRepository(Submission).findOneByOrFail({ exchangeId, studentId: student.user.id });
    expect(draft).toMatchObject({ status: 'DRAFT', body: 'A four-day week saves rural families long bus rides.' });

    await page.getByRole('button', { name: 'Submit essay' }).click();
    await page.getByText('Essay submitted').first().waitFor();
    await page.getByRole('button', { name: 'Resubmit essay' }).waitFor();
    await essay.fill('A four-day week saves rural families long bus rides, and teachers plan better.');
    await page.getByText('You changed your essay since you submitted it').waitFor();
    await page.getByRole('button', { name: 'Resubmit essay' }).click();
    await page.getByText('Essay resubmitted').first().waitFor();
    const sent = await server.db.getRepository(Submission).findOneByOrFail({ exchangeId, studentId: student.user.id });
    expect(sent.submittedBody).toBe('A four-day week saves rural families long bus rides, and teachers plan better.');

    // After the deadline the essay is read-only.
    // The deadline passes just after her last submission. Without late essays it is final (late
    // essays: students-review-across-schools-and-teacher-sees-results).
    await server.db
      .getRepository(Exchange)
      .update(exchangeId, { submissionDueAt: new Date(sent.submittedAt!.getTime() + 1), acceptLateEssays: false });
    await page.reload();
    await page.getByText('Essays are closed. This is the essay you submitted.').waitFor();
    expect(await page.getByRole('textbox', { name: 'My essay' }).count()).toBe(0);
    expect(await page.getByTestId('submitted-essay').textContent()).toBe(sent.submittedBody);
    await ctx.close();
  });
});
