import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { addToGroup, createGroup, createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

const JOIN = `mutation($groupId: ID!) { joinGroup(groupId: $groupId) { id status } }`;
const LEAVE = `mutation($groupId: ID!) { leaveGroup(groupId: $groupId) }`;

describe('group members live', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a member sees the member count follow joins and leaves without a reload', async () => {
    const net = await createNetwork(server.db);
    const ana = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Ana Alvarez' });
    const ben = await createPerson(server.db, net, 'TEACHER', { school: net.schools[1], name: 'Ben Bjornstad' });
    const group = await createGroup(server.db, net, { name: 'Upper Valley Math Job-Alike', subject: 'Mathematics' });
    await addToGroup(server.db, group, ana);

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, ana.login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${server.url}/n/${net.network.slug}/groups/${group.id}?tab=members`);
    await page.getByText(/· 1 member$/).waitFor();
    await page.getByRole('tabpanel').getByText('Ana Alvarez').first().waitFor();

    // Ben joins from his own browser (here through the API): Ana's page follows.
    const benToken = await signIn(server, ben.login);
    const joined = await server.gql<{ joinGroup: { status: string } }>(
      JOIN,
      { groupId: group.id },
      { token: benToken },
    );
    expect(joined.data?.joinGroup.status).toBe('ACTIVE');
    await page.getByText(/· 2 members$/).waitFor();
    await page.getByRole('tabpanel').getByText('Ben Bjornstad').first().waitFor();

    // Ben leaves: back to one.
    const left = await server.gql<{ leaveGroup: boolean }>(LEAVE, { groupId: group.id }, { token: benToken });
    expect(left.data?.leaveGroup).toBe(true);
    await page.getByText(/· 1 member$/).waitFor();
    await page.getByRole('tabpanel').getByText('Ben Bjornstad').waitFor({ state: 'detached' });
    await ctx.close();
  }, 120_000);
});
