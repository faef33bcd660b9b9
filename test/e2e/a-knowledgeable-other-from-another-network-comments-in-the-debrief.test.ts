import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { cycleInDebrief, DEBRIEF, debriefToRevisions } from '../support/debrief-api.js';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import { ok } from '../support/units-api.js';

const INVITE = `mutation($i: InviteKnowledgeableOtherInput!) { inviteKnowledgeableOther(input: $i) { id } }`;
const ADD_NOTE = `mutation($input: AddObservationNoteInput!) { addObservationNote(input: $input) { id } }`;

describe('a knowledgeable other from another network in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('the-guest-opens-the-cycle-from-their-home-page-reads-the-notes-and-writes-the-final-comment', async () => {
    const c = await cycleInDebrief(server);
    const coordinator = await createPerson(server.db, c.net, 'COORDINATOR');
    const elsewhere = await createNetwork(server.db, 1);
    const expert = await createPerson(server.db, elsewhere, 'TEACHER', { name: 'Kim Knowledgeable' });
    ok(
      await server.gql(
        INVITE,
        { i: { lessonStudyId: c.id, email: expert.login } },
        { token: await signIn(server, coordinator.login) },
      ),
    );
    const note = 'Group 3 tried the smallest key first.';
    ok(
      await server.gql(
        ADD_NOTE,
        {
          input: {
            id: randomUUID(),
            ownerKind: 'LESSON_STUDY',
            ownerId: c.id,
            body: note,
            lookForId: c.lookFors[0].id,
            observedAt: new Date().toISOString(),
          },
        },
        { token: c.observer.token },
      ),
    );
    await debriefToRevisions(server, c);

    // The guest signs in to their own network, on a phone, and opens the cycle from their home page.
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await signInThroughPage(page, server.url, expert.login);
    await page.waitForURL(new RegExp(`/n/${elsewhere.network.slug}`));
    const invited = page.getByRole('region', { name: 'Lesson studies you are invited to' });
    await invited.getByText(c.net.network.name).waitFor();
    await invited.getByRole('link', { name: 'The locked box' }).click();
    await page.waitForURL(new RegExp(`/guest/lesson-studies/${c.id}$`));
    await page.getByRole('heading', { name: 'The locked box' }).waitFor();
    await page.getByText('How groups test a guess').first().waitFor();

    // Nothing of the host network but the cycle: no navigation, no link to its group or people.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => h.startsWith(`/n/${c.net.network.slug}`))).toEqual([]);

    // Reads the observers' notes, shared now that the debrief is open.
    await page.getByRole('tab', { name: 'Recordings & notes' }).click();
    await page.getByText(note).first().waitFor();

    // Writes the knowledgeable other's final comment, in its turn.
    await page.getByRole('tab', { name: 'Debrief' }).click();
    await page.getByText("Now: Knowledgeable other's final comment").waitFor();
    const comment = 'Keep the boxes; give every group the same three keys to compare.';
    await page.getByLabel('What you say').fill(comment);
    await page.getByRole('button', { name: 'Add to the debrief' }).click();
    await page.getByText(comment).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The guest page passes axe at phone width (no serious or critical WCAG 2.1 A/AA violation).
    const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    const { debrief } = ok(
      await server.gql<{ debrief: { steps: { step: string; entries: { body: string; authorName: string }[] }[] } }>(
        DEBRIEF,
        { id: c.id },
        { token: c.facilitator.token },
      ),
    );
    const finalWord = debrief.steps.find((s) => s.step === 'KNOWLEDGEABLE_OTHER')?.entries ?? [];
    expect(finalWord.map((e) => [e.authorName, e.body])).toEqual([['Kim Knowledgeable', comment]]);
    await ctx.close();
  }, 120_000);
});
