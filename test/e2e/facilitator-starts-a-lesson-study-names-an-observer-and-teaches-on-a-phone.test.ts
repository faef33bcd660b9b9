import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { LessonPlanVersion } from '../../server/src/observe/lesson-studies/lesson-plan-version.entity.js';
import { LessonStudy } from '../../server/src/observe/lesson-studies/lesson-study.entity.js';
import { addToGroup, createGroup, createNetwork, createPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

describe('lesson study in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-facilitator-starts-a-lesson-study-names-an-observer-from-another-school-and-teaches-on-a-phone', async () => {
    const net = await createNetwork(server.db);
    const group = await createGroup(server.db, net, { name: 'Math Job-Alike' });
    const fay = await createPerson(server.db, net, 'TEACHER', { school: net.schools[0], name: 'Fay Facilitator' });
    await createPerson(server.db, net, 'TEACHER', { school: net.schools[1], name: 'Oren Observer' });
    await addToGroup(server.db, group, fay);

    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await signInThroughPage(page, server.url, fay.login);
    await page.getByRole('heading', { name: 'Your job-alikes' }).waitFor();
    await page.goto(`${server.url}/n/${net.network.slug}/groups/${group.id}`);
    await page.getByRole('heading', { level: 1, name: 'Math Job-Alike' }).waitFor();
    await page.getByRole('tab', { name: 'Lesson studies' }).click();
    await page.getByRole('button', { name: 'Start a lesson study' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a lesson study' });
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.getByText('Give the lesson study a title.').waitFor();
    await dialog.getByLabel('Title').fill('The locked box');
    await dialog.getByLabel('Research theme').fill('Students explain their reasoning to each other');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'The locked box' }).waitFor();
    const cycle = await server.db.getRepository(LessonStudy).findOneByOrFail({ groupId: group.id });
    expect(page.url()).toMatch(new RegExp(`/n/${net.network.slug}/lesson-studies/${cycle.id}$`));

    // Teaching needs an observer and look-for points; the refusal says so.
    await page.getByRole('button', { name: 'Advance to Teach & observe' }).click();
    await page.getByText('Add at least one observer before teaching.').waitFor();
    await page.getByRole('combobox', { name: 'Name someone' }).click();
    await page.getByRole('option', { name: /Oren Observer/ }).click();
    await page.getByRole('button', { name: 'Name', exact: true }).click();
    const people = page.getByRole('region', { name: 'People' });
    // Exact: until the form clears, its pill also reads "Oren Observer (School 2 …)".
    await people.getByText('Oren Observer', { exact: true }).waitFor();
    await people.getByText(net.schools[1].name, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add a point' }).click();
    await page.getByRole('textbox', { name: 'Look-for point 1' }).fill('Who explains to whom');
    await page.getByRole('button', { name: 'Save look-for points' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();

    // The plan is open for writing while planning.
    await page.getByText("The lesson's flow").first().waitFor();

    await page.getByRole('button', { name: 'Advance to Teach & observe' }).click();
    await page.getByRole('button', { name: 'Advance to Debrief' }).waitFor();
    await page.getByText(/Version 1/).waitFor();
    // The look-for points are read-only now.
    expect(await page.getByRole('textbox', { name: 'Look-for point 1' }).count()).toBe(0);
    await page.getByText('Who explains to whom').waitFor();
    // Readable on a 390 px phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    expect((await server.db.getRepository(LessonStudy).findOneByOrFail({ id: cycle.id })).phase).toBe('TEACH');
    expect(await server.db.getRepository(LessonPlanVersion).countBy({ lessonStudyId: cycle.id })).toBe(1);
    await ctx.close();
  }, 120_000);
});
