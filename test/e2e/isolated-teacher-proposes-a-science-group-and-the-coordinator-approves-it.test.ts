import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import type { TestServer } from '../support/harness.js';

describe('proposed job-alike groups in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('isolated teacher proposes a science group with a job-alike and the coordinator approves it', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Casey Coordinator' });
    const eli = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Science'],
      name: 'Eli Jansen',
    });
    const owen = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[1],
      subjects: ['Science'],
      name: 'Owen Tso',
    });

    // Eli, the only science teacher of his school, finds Owen among his job-alikes on his phone.
    const eliCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const eliPage = await eliCtx.newPage();
    await signInThroughPage(eliPage, server.url, eli.login);
    const owenCard = eliPage
      .getByRole('region', { name: 'Your job-alikes' })
      .getByRole('listitem')
      .filter({ hasText: 'Owen Tso' });
    await owenCard.getByRole('link', { name: 'Propose a group with Owen Tso' }).click();

    // The form comes prefilled with the subject and the colleague; he says why and sends it.
    await eliPage.getByRole('heading', { level: 1, name: 'Propose a group' }).waitFor();
    expect(await eliPage.getByLabel('Group name').inputValue()).toBe('Science Job-Alike');
    expect(await eliPage.getByRole('combobox', { name: 'Subject' }).inputValue()).toBe('Science');
    expect(await eliPage.getByRole('checkbox', { name: /Owen Tso/ }).isChecked()).toBe(true);
    await eliPage.getByLabel('Prime focus').selectOption({ label: 'Pedagogy' });
    await eliPage.getByLabel('Why this group').fill('Owen and I each teach all the science in our schools.');
    await eliPage.getByRole('button', { name: 'Send to coordinator' }).click();
    const mine = eliPage.getByRole('region', { name: 'Groups you proposed' }).getByRole('listitem');
    await mine.filter({ hasText: 'Science Job-Alike' }).getByText('Waiting for the coordinator').waitFor();

    // The coordinator is notified and approves it on the Groups page.
    const coordCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const coordPage = await coordCtx.newPage();
    await signInThroughPage(coordPage, server.url, coordinator.login);
    await coordPage.getByRole('button', { name: 'Notifications (1 unread)' }).waitFor();
    await coordPage.goto(`${server.url}/n/${slug}/groups`);
    const waiting = coordPage
      .getByRole('region', { name: 'Proposed groups' })
      .getByRole('listitem')
      .filter({ hasText: 'Science Job-Alike' });
    await waiting.getByText('Owen and I each teach all the science in our schools.', { exact: false }).waitFor();
    await waiting.getByText(/Invites: Owen Tso/).waitFor();
    await waiting.getByRole('button', { name: 'Approve Science Job-Alike' }).click();
    await coordPage.getByText('No proposed groups are waiting for you.').waitFor();

    // Eli hears it live, and his proposal is now the group he facilitates.
    await eliPage.getByRole('button', { name: 'Notifications (1 unread)' }).waitFor();
    await mine.filter({ hasText: 'Science Job-Alike' }).getByText('Started').waitFor();
    const [group] = await eventually(
      () =>
        server.db.query<{ id: string }[]>(`SELECT id FROM "group" WHERE network_id = $1 AND name = $2`, [
          net.network.id,
          'Science Job-Alike',
        ]),
      (rows) => rows.length === 1,
      'the approved group',
    );

    // Owen is invited, not added: he opens the notification and chooses to join.
    const owenCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const owenPage = await owenCtx.newPage();
    await signInThroughPage(owenPage, server.url, owen.login);
    await owenPage.getByRole('button', { name: 'Notifications (1 unread)' }).click();
    await owenPage.getByRole('button', { name: /Eli Jansen invites you to join Science Job-Alike/ }).click();
    await owenPage.getByRole('heading', { level: 1, name: 'Science Job-Alike' }).waitFor();
    expect(owenPage.url()).toContain(`/groups/${group.id}`);
    await owenPage.getByRole('button', { name: 'Join Science Job-Alike' }).click();
    const members = await eventually(
      () =>
        server.db.query<{ user_id: string; role: string }[]>(
          `SELECT user_id, role FROM group_member WHERE group_id = $1 AND status = 'ACTIVE' ORDER BY role`,
          [group.id],
        ),
      (rows) => rows.length === 2,
      'the group members',
    );
    expect(members).toEqual([
      { user_id: eli.user.id, role: 'FACILITATOR' },
      { user_id: owen.user.id, role: 'MEMBER' },
    ]);
    await Promise.all([eliCtx.close(), coordCtx.close(), owenCtx.close()]);
  }, 120_000);
});
