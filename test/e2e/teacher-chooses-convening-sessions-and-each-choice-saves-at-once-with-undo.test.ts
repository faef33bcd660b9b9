import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { SessionSeat } from '../../server/src/convenings/session-seat.entity.js';
import { createGroup } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { at, conveningWorld, ok, publishedConvening, Q, type SessionResult } from '../support/convenings-api.js';
import { eventually } from '../support/eventually.js';
import type { TestServer } from '../support/harness.js';

describe('the convening agenda in the browser', () => {
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

  it('teacher chooses convening sessions and each choice saves at once with undo', async () => {
    const w = await conveningWorld(server);
    const { convening, session: math } = await publishedConvening(server, w);
    const science = await createGroup(server.db, w.net, { name: 'Science job-alikes' });
    const add = async (input: Record<string, unknown>) =>
      ok(
        await server.gql<{ addConveningSession: SessionResult }>(
          Q.addSession,
          { input: { conveningId: convening.id, ...input } },
          { token: w.coordinator.token },
        ),
      ).addConveningSession;
    await add({
      kind: 'JOB_ALIKE',
      title: 'Science job-alike',
      groupId: science.id,
      startsAt: at(w.day, '11:00'),
      endsAt: at(w.day, '12:00'),
    });
    const plenary = await add({
      kind: 'PLENARY',
      title: 'Opening plenary',
      startsAt: at(w.day, '09:30'),
      endsAt: at(w.day, '10:30'),
    });
    const [ada] = w.teachers;
    ok(await server.gql(Q.register, { c: convening.id, s: 'GOING' }, { token: ada.token }));
    const seats = async () =>
      (await server.db.getRepository(SessionSeat).findBy({ userId: ada.user.id })).map((s) => s.sessionId);

    const page = await signedInPage(ada.login, { width: 390, height: 844 });
    await page.goto(`${server.url}/n/${w.net.network.slug}/convenings/${convening.id}`);
    await page.getByRole('heading', { level: 1, name: 'Fall Convening' }).waitFor();

    // What she may not choose says why, beside it, and offers no box; there is no save button.
    const scienceCard = page.locator('[data-session="Science job-alike"]');
    await scienceCard
      .getByText('Not offered to you: For members of Science job-alikes: join the group to take part.')
      .waitFor();
    expect(await scienceCard.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Save my sessions/ }).count()).toBe(0);

    // A tick saves at once; the plenary at the same time is then not offered, and says with what it clashes.
    await page.getByRole('checkbox', { name: 'Attend Math job-alike' }).check();
    await page.getByText("You are going to 'Math job-alike'.").waitFor();
    await eventually(seats, (ids) => ids.join() === math.id, 'Math saved');
    const plenaryCard = page.locator('[data-session="Opening plenary"]');
    await plenaryCard.getByText(/Not offered to you: At the same time as 'Math job-alike'/).waitFor();

    // Undo in the confirmation takes the choice back; the plenary is offered again.
    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(seats, (ids) => ids.length === 0, 'the choice undone');
    await plenaryCard.getByRole('checkbox', { name: 'Attend Opening plenary' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Attend Math job-alike' }).isChecked()).toBe(false);

    // Chosen elsewhere meanwhile (another tab): the server refuses the clash, and the error shows by the session.
    ok(
      await server.gql(
        `mutation($s: ID!) { setSessionChoice(sessionId: $s, attend: true) { id } }`,
        { s: math.id },
        { token: ada.token },
      ),
    );
    // (A click, not `check()`: the refused tick goes back unticked, maybe before Playwright looks.)
    const plenaryBox = plenaryCard.getByRole('checkbox', { name: 'Attend Opening plenary' });
    await plenaryBox.click();
    await plenaryCard
      .getByRole('alert')
      .getByText(/Not saved: At the same time as 'Math job-alike'/)
      .waitFor();
    expect(await seats()).toEqual([math.id]);
    expect(plenary.id).not.toBe(math.id);

    await page.context().close();
  });
});
