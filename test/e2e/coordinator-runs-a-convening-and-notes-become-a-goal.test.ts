import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { instantToWallTime, wallDate, wallTimeToInstant } from '@switchback/shared';
import { Convening } from '../../server/src/convenings/convening.entity.js';
import { SessionSeat } from '../../server/src/convenings/session-seat.entity.js';
import { Goal } from '../../server/src/groups/goal.entity.js';
import { addToGroup, createGroup, createNetwork, createPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

const DAY = 86_400_000;
const ZONE = 'America/Anchorage';
const ACTION = 'Every 9th grader writes one counter-claim by March';

describe('a convening in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  async function signedInPage(login: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await signInThroughPage(page, server.url, login);
    await page.waitForURL(/\/n\/[^/]+/);
    return page;
  }

  it('the coordinator plans it, a teacher registers and picks the job-alike, the facilitator checks her in, their notes become a group goal', async () => {
    const net = await createNetwork(server.db, 2);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Cora Coordinator' });
    const teacher = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Tess Teacher' });
    const facilitator = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[1],
      name: 'Fay Facilitator',
    });
    const group = await createGroup(server.db, net, { name: 'High school math' });
    await addToGroup(server.db, group, teacher);
    await addToGroup(server.db, group, facilitator);
    const day = wallDate(new Date(Date.now() + 30 * DAY), ZONE);
    const nextDay = wallDate(new Date(wallTimeToInstant(`${day}T12:00`, ZONE)!.getTime() + DAY), ZONE);
    const deadline = instantToWallTime(new Date(Date.now() + 20 * DAY), ZONE);

    // The coordinator creates the convening (times typed at the venue, in Alaska) and a job-alike session.
    const cora = await signedInPage(coordinator.login);
    await cora.getByRole('link', { name: 'Convenings' }).first().click();
    await cora.getByRole('heading', { level: 1, name: 'Convenings' }).waitFor();
    await cora.getByRole('button', { name: 'New convening' }).click();
    const form = cora.getByRole('dialog', { name: 'Plan a convening' });
    await form.getByLabel('Title', { exact: true }).fill('Fall Convening');
    await form.getByLabel('Starts', { exact: true }).fill(`${day}T08:00`);
    await form.getByLabel('Ends', { exact: true }).fill(`${nextDay}T16:00`);
    await form.getByLabel('Registration deadline', { exact: true }).fill(deadline);
    await form.getByLabel('Venue', { exact: true }).fill('Bethel Regional High School');
    await form.getByRole('button', { name: 'Create draft' }).click();
    await cora.getByRole('heading', { level: 1, name: 'Fall Convening' }).waitFor();
    const convening = await server.db.getRepository(Convening).findOneByOrFail({ networkId: net.network.id });
    expect(convening.timeZone).toBe(ZONE);
    expect(convening.startsAt.toISOString()).toBe(wallTimeToInstant(`${day}T08:00`, ZONE)!.toISOString());

    await cora.getByRole('button', { name: 'Add a session' }).click();
    const sessionForm = cora.getByRole('dialog', { name: 'Add a session' });
    await sessionForm.getByLabel('Group', { exact: true }).click();
    await cora.getByRole('option', { name: 'High school math' }).click();
    await sessionForm.getByLabel('Title', { exact: true }).fill('Math job-alike');
    await sessionForm.getByLabel('Room', { exact: true }).fill('Room 12');
    await sessionForm.getByLabel('Seats', { exact: true }).fill('20');
    await sessionForm.getByLabel('Facilitator', { exact: true }).fill('Fay');
    await cora.getByRole('option', { name: /Fay Facilitator/ }).click();
    await sessionForm.getByRole('button', { name: 'Add session' }).click();
    await cora.getByRole('link', { name: 'Math job-alike' }).waitFor();
    await cora.getByText('9:00 AM – 10:00 AM AK').first().waitFor();
    await cora.getByRole('button', { name: 'Publish' }).click();
    await cora.getByText('Published: the network can register now.').waitFor();

    // The teacher registers with her needs and picks the session.
    const tess = await signedInPage(teacher.login);
    await tess.getByRole('link', { name: 'Convenings' }).first().click();
    await tess.getByRole('link', { name: 'Fall Convening' }).click();
    await tess.getByRole('heading', { level: 1, name: 'Fall Convening' }).waitFor();
    await tess.getByLabel('Dietary needs', { exact: true }).fill('Vegetarian');
    await tess.getByLabel('I need lodging', { exact: true }).check();
    await tess.getByRole('button', { name: 'Register' }).click();
    await tess.getByText('Registration saved: Going.').waitFor();
    // Each choice is saved at once (no save button).
    await tess.getByRole('checkbox', { name: 'Attend Math job-alike' }).check();
    await tess.getByText("You are going to 'Math job-alike'.").waitFor();
    await tess.getByText('Your seat').first().waitFor();

    // The facilitator checks her in on a phone.
    const fay = await signedInPage(facilitator.login, { width: 390, height: 844 });
    await fay.goto(`${server.url}/n/${net.network.slug}/convenings/${convening.id}`);
    await fay.getByRole('link', { name: 'Check-in' }).click();
    await fay.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await fay.getByLabel('Find a person', { exact: true }).fill('tess');
    await fay.getByRole('button', { name: 'Tess Teacher: check in' }).click();
    await fay.getByRole('button', { name: 'Tess Teacher: checked in (tap to undo)' }).waitFor();
    await fay.getByText('1 of 1 checked in').waitFor();
    const seat = await server.db.getRepository(SessionSeat).findOneByOrFail({ userId: teacher.user.id });
    expect(seat.checkedInAt).not.toBeNull();
    expect(seat.checkedInById).toBe(facilitator.user.id);

    // Both write in the live notes and see each other's lines.
    await fay.getByRole('link', { name: '← Math job-alike' }).click();
    await fay.getByRole('heading', { level: 1, name: 'Math job-alike' }).waitFor();
    await tess.getByRole('link', { name: 'Math job-alike' }).click();
    await tess.getByRole('heading', { level: 1, name: 'Math job-alike' }).waitFor();
    for (const page of [fay, tess]) {
      await page.locator('[aria-label="Shared notes"][contenteditable="true"]').waitFor();
    }
    await fay.getByRole('textbox', { name: 'Shared notes' }).click();
    await fay.keyboard.type(ACTION);
    await tess.getByRole('textbox', { name: 'Shared notes' }).getByText(ACTION).waitFor();
    // Tess puts her caret at the end of Fay's line (a click on it, then End) and starts a new line.
    await tess.getByRole('textbox', { name: 'Shared notes' }).getByText(ACTION).click();
    await tess.keyboard.press('End');
    await tess.keyboard.press('Enter');
    await tess.keyboard.type('Tess shares her warm-ups on the group page');
    await fay.getByRole('textbox', { name: 'Shared notes' }).getByText('Tess shares her warm-ups').waitFor();

    // The action item becomes a goal of the group, made by the facilitator.
    await fay.getByRole('combobox', { name: 'Action item' }).click();
    await fay.getByRole('option', { name: ACTION }).click();
    await fay.getByRole('button', { name: 'Make it a group goal' }).click();
    await fay.getByText('It is now a goal of High school math.').waitFor();
    await fay.getByRole('link', { name: '→ goal' }).waitFor();
    const goal = await server.db.getRepository(Goal).findOneByOrFail({ groupId: group.id });
    expect(goal).toMatchObject({ statement: ACTION, createdById: facilitator.user.id, status: 'ACTIVE' });

    for (const page of [cora, tess, fay]) await page.context().close();
  });
});
