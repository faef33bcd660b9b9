import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id name } }`;
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id statement } }`;

describe('job-alike groups in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-teacher-finds-a-job-alike-joins-their-group-and-a-check-in-and-its-reply-arrive-live', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Casey Coordinator' });
    const ana = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Mathematics'],
      name: 'Ana Alvarez',
    });
    const ben = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[1],
      subjects: ['Mathematics'],
      name: 'Ben Bjornstad',
    });

    // The coordinator creates an open math group with Ben as facilitator; Ben sets its first goal.
    const groupName = 'Upper Valley Math Job-Alike';
    const created = await server.gql<{ createGroup: { id: string } }>(
      CREATE_GROUP,
      {
        input: {
          networkId: net.network.id,
          name: groupName,
          focus: 'SUBJECT',
          subject: 'Mathematics',
          primeFocus: 'PEDAGOGY',
          access: 'OPEN',
          description: 'Math teachers trading problems between our twice-yearly meetings.',
          facilitatorIds: [ben.user.id],
        },
      },
      { token: await signIn(server, coordinator.login) },
    );
    expect(created.errors).toBeUndefined();
    const groupId = created.data!.createGroup.id;
    const goalStatement = 'Every student explains a solution strategy aloud each week';
    const goal = await server.gql(
      CREATE_GOAL,
      { input: { groupId, statement: goalStatement, successCriteria: 'Seen in 4 of 5 class periods.' } },
      { token: await signIn(server, ben.login) },
    );
    expect(goal.errors).toBeUndefined();

    // Ben, the facilitator, has the group page open on a laptop.
    const benCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const benPage = await benCtx.newPage();
    await signInThroughPage(benPage, server.url, ben.login);
    await benPage.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await benPage.goto(`${server.url}/n/${slug}/groups/${groupId}`);
    await benPage.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await benPage.getByText('No posts yet.').waitFor();
    // Marks this page load: if the page reloaded, the mark would be gone.
    await benPage.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });

    // Ana signs in on her phone and finds Ben among her job-alikes, and his group among the groups for her.
    const anaCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const anaPage = await anaCtx.newPage();
    await signInThroughPage(anaPage, server.url, ana.login);
    const benCard = anaPage
      .getByRole('region', { name: 'Your job-alikes' })
      .getByRole('listitem')
      .filter({ hasText: 'Ben Bjornstad' });
    await benCard.getByText(net.schools[1].name, { exact: false }).waitFor();
    await benCard.getByText('Mathematics', { exact: true }).waitFor();
    await anaPage.getByRole('region', { name: 'Groups for you' }).getByRole('link', { name: groupName }).click();
    await anaPage.getByRole('heading', { level: 1, name: groupName }).waitFor();

    // She joins and posts a check-in on the group's goal.
    await anaPage.getByRole('button', { name: `Join ${groupName}` }).click();
    const checkIn = 'Tried the locked-box challenge: 14 of 17 students explained their strategy to a partner.';
    await anaPage.getByLabel('Post kind').selectOption({ label: 'Check-in' });
    await anaPage.getByLabel('Goal', { exact: true }).selectOption({ label: goalStatement });
    await anaPage.getByLabel('Message').fill(checkIn);
    await anaPage.getByRole('button', { name: 'Post', exact: true }).click();
    const anaPost = anaPage.getByRole('article').filter({ hasText: checkIn });
    await anaPost.waitFor();

    // Ben sees it arrive without reloading, on the goal, and replies.
    const benPost = benPage.getByRole('article').filter({ hasText: checkIn });
    await benPost.waitFor();
    await benPost.getByText(`Goal: ${goalStatement}`).waitFor();
    await benPost.getByText('Check-in', { exact: true }).waitFor();
    expect(await benPage.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
      true,
    );
    const reply = 'Love it. Next meeting, can you walk us through how you paired them?';
    await benPost.getByLabel('Reply').fill(reply);
    await benPost.getByRole('button', { name: 'Reply', exact: true }).click();
    await benPost.getByText(reply).waitFor();

    // Ana sees the reply under her check-in, and a notification, without reloading either.
    await anaPost.getByText(reply).waitFor();
    await anaPage.getByRole('button', { name: 'Notifications (1 unread)' }).waitFor();

    const [row] = await server.db.query(
      `SELECT count(*) FILTER (WHERE parent_id IS NULL)::int AS posts, count(*) FILTER (WHERE parent_id IS NOT NULL)::int AS replies
         FROM post WHERE group_id = $1`,
      [groupId],
    );
    expect(row).toEqual({ posts: 1, replies: 1 });
    await anaCtx.close();
    await benCtx.close();
  }, 120_000);
});
