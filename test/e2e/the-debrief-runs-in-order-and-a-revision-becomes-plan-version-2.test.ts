import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { ADD_ENTRY, ADVANCE_CYCLE, ADVANCE_DEBRIEF, agreedRevision, cycleInDebrief } from '../support/debrief-api.js';
import type { TestServer } from '../support/harness.js';
import { ok } from '../support/units-api.js';

describe('the debrief in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('the-teacher-reflects-an-observer-shares-evidence-on-a-phone-and-an-agreed-revision-becomes-version-2', async () => {
    const c = await cycleInDebrief(server);
    const url = `${server.url}/n/${c.net.network.slug}/lesson-studies/${c.id}?tab=debrief`;
    const advance = async () => ok(await server.gql(ADVANCE_DEBRIEF, { id: c.id }, { token: c.facilitator.token }));

    // The teaching teacher, on a laptop, reflects first.
    const teacherCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const teacher = await teacherCtx.newPage();
    await signInThroughPage(teacher, server.url, c.teacher.person.login);
    await teacher.waitForURL(/\/n\//);
    await teacher.goto(url);
    await teacher.getByText('Now: The teaching teacher reflects').waitFor();
    const steps = teacher.getByRole('list', { name: 'Debrief steps, in order' });
    expect(await steps.getByRole('listitem').count()).toBe(4);
    const reflection = 'The launch took longer than I planned; groups had ten minutes for the box.';
    await teacher.getByLabel('What you say').fill(reflection);
    await teacher.getByRole('button', { name: 'Add to the debrief' }).click();
    await steps.getByText(reflection).waitFor();
    await advance();

    // An observer from the other school, on a phone, shares evidence started from their own note
    // (which brings its look-for point along).
    const evidence = 'Group 3 tested two keys before asking for help.';
    ok(
      await server.gql(
        `mutation($input: AddObservationNoteInput!) { addObservationNote(input: $input) { id } }`,
        {
          input: {
            id: randomUUID(),
            ownerKind: 'LESSON_STUDY',
            ownerId: c.id,
            observedAt: new Date().toISOString(),
            lookForId: c.lookFors[0].id,
            body: evidence,
          },
        },
        { token: c.observer.token },
      ),
    );
    const phoneCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await phoneCtx.newPage();
    await signInThroughPage(phone, server.url, c.observer.person.login);
    await phone.waitForURL(/\/n\//);
    await phone.goto(url);
    await phone.getByText('Now: Observers share evidence').waitFor();
    await phone.getByText(reflection).waitFor();
    await phone.getByRole('combobox', { name: 'Start from one of your notes' }).click();
    await phone.getByRole('option', { name: evidence }).click();
    expect(await phone.getByLabel('Your evidence').inputValue()).toBe(evidence);
    expect(await phone.getByRole('combobox', { name: 'Look-for point' }).inputValue()).toBe('How groups test a guess');
    await phone.getByRole('button', { name: 'Add to the debrief' }).click();
    await phone.getByRole('list', { name: 'Debrief steps, in order' }).getByText(evidence).waitFor();
    await phone.getByText('How groups test a guess (1)').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Critical friends, then the revisions; the facilitator agrees one and moves the cycle to Revise.
    // The observer's open page follows live: the step moves on and the friend's comment appears.
    await advance();
    await phone.getByText('Now: Critical friends').waitFor();
    ok(
      await server.gql(
        ADD_ENTRY,
        { input: { lessonStudyId: c.id, step: 'CRITICAL_FRIENDS', body: 'Cut the launch in half.' } },
        { token: c.friend.token },
      ),
    );
    await phone.getByText('Cut the launch in half.').waitFor();
    await advance();
    const revised = 'Launch in five minutes, then hand out the boxes.';
    await agreedRevision(server, c, c.friend, { sectionId: 'flow', text: revised });
    ok(await server.gql(ADVANCE_CYCLE, { id: c.id, to: 'REVISE' }, { token: c.facilitator.token }));

    // The facilitator sees the agreed revision as a suggestion beside its section and accepts it.
    const facilitatorCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const facilitator = await facilitatorCtx.newPage();
    await signInThroughPage(facilitator, server.url, c.facilitator.person.login);
    await facilitator.waitForURL(/\/n\//);
    await facilitator.goto(url);
    const suggestions = facilitator.getByRole('region', { name: 'Suggestions from the debrief' });
    await suggestions.getByText(revised).waitFor();
    await suggestions.getByRole('button', { name: 'Accept the agreed revisions into the plan' }).click();
    await facilitator.getByRole('status').getByText('Version 2 saved. Version 1 stays as it was.').waitFor();
    await facilitator.locator('ins', { hasText: 'Launch in five minutes' }).first().waitFor();
    const [row] = (await server.db.query(
      `SELECT count(*)::int AS n FROM lesson_plan_version WHERE lesson_study_id = $1`,
      [c.id],
    )) as { n: number }[];
    expect(row.n).toBe(2);
    await Promise.all([teacherCtx.close(), phoneCtx.close(), facilitatorCtx.close()]);
  }, 120_000);
});
