import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { wallTimeToInstant } from '@switchback/shared';
import { ExchangeClass } from '../../server/src/feedback/exchange-class.entity.js';
import { Exchange } from '../../server/src/feedback/exchange.entity.js';
import { addToGroup, createClass, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

const DAY = 86_400_000;

/** "2030-05-01T17:00" for 5 PM some days from now, as the datetime-local field takes it. */
function wallDay(daysFromNow: number): string {
  return `${new Date(Date.now() + daysFromNow * DAY).toISOString().slice(0, 10)}T17:00`;
}

describe('setting up an exchange in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a teacher creates an exchange from the form, invites a colleague who adds a class, and opens it', async () => {
    const net = await createNetwork(server.db);
    const ana = await createPerson(server.db, net, 'TEACHER', { name: 'Ana Alder', school: net.schools[0] });
    const ben = await createPerson(server.db, net, 'TEACHER', { name: 'Ben Birch', school: net.schools[1] });
    const group = await createGroup(server.db, net, { subject: 'English Language Arts' });
    await addToGroup(server.db, group, ana);
    await addToGroup(server.db, group, ben);
    const anaClass = await createClass(server.db, net, ana);
    const benClass = await createClass(server.db, net, ben);
    const token = await signIn(server, ana.login);
    const rubric = await server.gql<{ createRubric: { id: string } }>(
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
      { token },
    );
    expect(rubric.errors).toBeUndefined();

    // Ana fills in the form; the dates are read on her school's clock (Anchorage).
    const anaCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const anaPage = await anaCtx.newPage();
    anaPage.setDefaultTimeout(15_000);
    await signInThroughPage(anaPage, server.url, ana.login);
    await anaPage.getByRole('link', { name: 'Exchanges' }).first().click();
    await anaPage.getByRole('link', { name: 'New exchange' }).click();
    await anaPage.getByRole('heading', { level: 1, name: 'New exchange' }).waitFor();
    await anaPage.getByLabel('Title', { exact: true }).fill('Rural broadband');
    await anaPage
      .getByLabel('Prompt and instructions', { exact: true })
      .fill('Should the state pay for rural internet?');
    await anaPage.getByRole('combobox', { name: 'Rubric' }).click();
    await anaPage.getByRole('option', { name: 'Argument (version 1)' }).click();
    const dates = { submissionDueAt: wallDay(5), reviewDueAt: wallDay(9), feedbackReleaseAt: wallDay(10) };
    await anaPage.getByLabel('Essays due', { exact: true }).fill(dates.submissionDueAt);
    await anaPage.getByLabel('Reviews due', { exact: true }).fill(dates.reviewDueAt);
    await anaPage.getByLabel('Feedback released', { exact: true }).fill(dates.feedbackReleaseAt);
    await anaPage.getByText('Time in Anchorage (America/Anchorage)').first().waitFor();
    await anaPage.getByRole('checkbox', { name: anaClass.name }).check();
    await anaPage.getByRole('button', { name: 'Create exchange' }).click();
    await anaPage.getByRole('heading', { level: 1, name: 'Rural broadband' }).waitFor();
    const exchange = await server.db.getRepository(Exchange).findOneByOrFail({ title: 'Rural broadband' });
    expect(exchange).toMatchObject({ phase: 'DRAFT', ownerId: ana.user.id, networkId: net.network.id });
    expect(exchange.submissionDueAt.toISOString()).toBe(
      wallTimeToInstant(dates.submissionDueAt, 'America/Anchorage')!.toISOString(),
    );

    // She invites Ben from her job-alike group.
    await anaPage.getByRole('combobox', { name: 'Invite a teacher from your job-alike groups' }).click();
    await anaPage.getByRole('option', { name: 'Ben Birch' }).click();
    await anaPage.getByRole('button', { name: 'Invite', exact: true }).click();
    await anaPage.getByRole('heading', { level: 3, name: 'Invited: Ben Birch' }).waitFor();

    // Ben adds his class from the panel.
    const benCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const benPage = await benCtx.newPage();
    benPage.setDefaultTimeout(15_000);
    await signInThroughPage(benPage, server.url, ben.login);
    await benPage.getByRole('link', { name: 'Exchanges' }).first().click();
    await benPage.getByRole('link', { name: 'Rural broadband' }).click();
    await benPage.getByRole('heading', { level: 1, name: 'Rural broadband' }).waitFor();
    expect(await benPage.getByRole('button', { name: 'Open for essays' }).count()).toBe(0);
    await benPage.getByRole('combobox', { name: 'Add my class' }).click();
    await benPage.getByRole('option', { name: benClass.name }).click();
    await benPage.getByRole('button', { name: 'Add class' }).click();
    await benPage.getByRole('heading', { level: 3, name: new RegExp(`^${benClass.name}`) }).waitFor();
    await benCtx.close();

    // Ana opens the exchange for essays; Ben's class is at another school, so she sees it by its teacher.
    await anaPage.reload();
    await anaPage.getByRole('heading', { level: 3, name: 'Ben Birch’s class (another school)' }).waitFor();
    await anaPage.getByRole('button', { name: 'Open for essays' }).click();
    const confirm = anaPage.getByRole('dialog', { name: 'Open for essays' });
    await confirm.getByRole('button', { name: 'Open for essays' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await anaPage.getByRole('button', { name: 'Close essays and start reviews' }).waitFor();
    expect(await anaPage.getByRole('button', { name: 'Open for essays' }).count()).toBe(0);

    const opened = await server.db.getRepository(Exchange).findOneByOrFail({ id: exchange.id });
    expect(opened.phase).toBe('SUBMISSION');
    const classes = await server.db.getRepository(ExchangeClass).findBy({ exchangeId: exchange.id });
    expect(classes.map((c) => c.classId).sort()).toEqual([anaClass.id, benClass.id].sort());
    expect(classes.every((c) => c.status === 'JOINED')).toBe(true);
    await anaCtx.close();
  });
});
