import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

describe('direct conversations in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-teacher-messages-a-job-alike-in-another-school-and-the-reply-arrives-live', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const owen = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Science'],
      name: 'Owen Tsosie',
    });
    const eli = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[1],
      subjects: ['Science'],
      name: 'Eli Johansen',
    });

    // Eli has the app open on a laptop, on his home page.
    const eliCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const eliPage = await eliCtx.newPage();
    await signInThroughPage(eliPage, server.url, eli.login);
    await eliPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    const messagesLink = eliPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ });
    await messagesLink.waitFor();
    expect(await eliPage.getByTestId('unread-conversations').count()).toBe(0);

    // Owen, on his phone, finds Eli among his job-alikes: no email link, a "Send a message" button.
    const owenCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const owenPage = await owenCtx.newPage();
    await signInThroughPage(owenPage, server.url, owen.login);
    const eliCard = owenPage
      .getByRole('region', { name: 'Your job-alikes' })
      .getByRole('listitem')
      .filter({ hasText: 'Eli Johansen' });
    await eliCard.getByText(net.schools[1].name, { exact: false }).waitFor();
    expect(await eliCard.locator('a[href^="mailto:"]').count()).toBe(0);
    await eliCard.getByRole('button', { name: 'Send a message to Eli Johansen' }).click();
    await owenPage.getByRole('heading', { level: 1, name: 'Eli Johansen' }).waitFor();
    expect(owenPage.url()).toMatch(new RegExp(`/n/${slug}/messages/[0-9a-f-]{36}$`));
    await owenPage.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });

    // He writes with the keyboard only: Ctrl+Enter sends.
    const question = 'Hi Eli, I am the only science teacher at my school too. Want to plan the ecology unit together?';
    await owenPage.getByLabel('Your message').fill(question);
    await owenPage.getByLabel('Your message').press('Control+Enter');
    const log = owenPage.getByRole('log', { name: 'Messages with Eli Johansen' });
    await log.getByText(question).waitFor();
    expect(await owenPage.getByLabel('Your message').inputValue()).toBe('');
    // Readable on a 390 px phone: nothing wider than the screen.
    expect(await owenPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Eli's navigation shows the unread conversation without a reload; he opens it and replies.
    await eliPage.getByTestId('unread-conversations').getByText('1').waitFor();
    await messagesLink.click();
    await eliPage.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await eliPage.getByRole('link', { name: /Owen Tsosie/ }).click();
    await eliPage.getByRole('heading', { level: 1, name: 'Owen Tsosie' }).waitFor();
    await eliPage.getByRole('log', { name: 'Messages with Owen Tsosie' }).getByText(question).waitFor();
    // Reading it clears the badge.
    await eliPage.getByTestId('unread-conversations').waitFor({ state: 'detached' });
    const reply = 'Yes! Let us start with the stream survey. Thursday after school?';
    await eliPage.getByLabel('Your message').fill(reply);
    await eliPage.getByRole('button', { name: 'Send', exact: true }).click();
    await eliPage.getByRole('log').getByText(reply).waitFor();

    // The reply arrives live on Owen's phone, on the same page load.
    await log.getByText(reply).waitFor();
    expect(await owenPage.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
      true,
    );
    const [row] = await server.db.query(
      `SELECT count(*)::int AS n FROM conversation_message m JOIN conversation c ON c.id = m.conversation_id
        WHERE c.network_id = $1`,
      [net.network.id],
    );
    expect(row).toEqual({ n: 2 });
    await owenCtx.close();
    await eliCtx.close();
  }, 120_000);
});
