import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createNetwork, createPerson } from '../support/factories.js';
import { signInThroughPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestServer } from '../support/harness.js';

describe('mentoring in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => ({ server, browser } = await startBrowserApp()));
  afterAll(() => stopBrowserApp(server, browser));

  it('a-mentoring-pair-logs-a-meeting', async () => {
    const net = await createNetwork(server.db);
    const slug = net.network.slug;
    const coordinator = await createPerson(server.db, net, 'COORDINATOR', { name: 'Dana Whitfield' });
    const sam = await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[0],
      subjects: ['Mathematics'],
      name: 'Sam Peters',
    });
    await createPerson(server.db, net, 'TEACHER', {
      school: net.schools[1],
      subjects: ['Mathematics'],
      name: 'Hank Mueller',
    });

    // The coordinator, on a laptop, chooses Sam and pairs him with the suggested mentor.
    const danaCtx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const dana = await danaCtx.newPage();
    await signInThroughPage(dana, server.url, coordinator.login);
    await dana.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentoring' }).click();
    await dana.getByRole('heading', { level: 1, name: 'Mentoring' }).waitFor();
    await dana.getByRole('combobox', { name: 'Newer teacher' }).fill('Sam');
    await dana.getByRole('option', { name: /Sam Peters/ }).click();
    const suggestions = dana.getByRole('list', { name: 'Suggested mentors' });
    await suggestions.getByText('Both teach Mathematics', { exact: false }).waitFor();
    await suggestions.getByRole('button', { name: 'Pair with Hank Mueller' }).click();
    const pairs = dana.getByRole('list', { name: 'Mentoring pairs' });
    await pairs.getByText('Hank Mueller mentoring Sam Peters').waitFor();
    await pairs.getByText('Not met yet', { exact: false }).waitFor();

    // Sam, on his phone, opens his pair and logs a meeting.
    const samCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await samCtx.newPage();
    await signInThroughPage(phone, server.url, sam.login);
    await phone.waitForURL(new RegExp(`/n/${slug}`));
    await phone.goto(`${server.url}/n/${slug}/mentoring`);
    await phone.getByRole('link', { name: /Mentored by Hank Mueller/ }).click();
    await phone.getByRole('heading', { level: 1, name: 'Mentored by Hank Mueller' }).waitFor();
    const notes = 'We watched my clip of the locked-box lesson: wait longer after each question (private-7731).';
    await phone.getByLabel('What you talked about').fill(notes);
    await phone.getByLabel('Next steps', { exact: true }).fill('Try think-pair-share on Thursday.');
    await phone.getByRole('button', { name: 'Log meeting' }).click();
    const log = phone.getByRole('list', { name: 'Meeting log' });
    await log.getByText(notes).waitFor();
    await log.getByText('Try think-pair-share on Thursday.', { exact: false }).waitFor();
    expect(await phone.getByLabel('What you talked about').inputValue()).toBe('');
    // Readable on a 390 px phone, with targets a thumb can hit.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const button = await phone.getByRole('button', { name: 'Log meeting' }).boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(44);
    // The pair observes each other with the same recordings and notes as a lesson study.
    const observing = phone.getByRole('region', { name: 'Observing each other' });
    await observing.getByRole('button', { name: 'Upload a recording' }).waitFor();
    await observing.getByRole('heading', { name: 'Observation notes' }).waitFor();

    // The coordinator sees that they met, never what was said.
    await pairs.getByRole('link', { name: /Hank Mueller mentoring Sam Peters/ }).click();
    await dana.getByRole('heading', { level: 1, name: 'Hank Mueller mentoring Sam Peters' }).waitFor();
    await dana.getByRole('list', { name: 'Meeting dates' }).getByRole('listitem').first().waitFor();
    expect(await dana.getByText('private-7731', { exact: false }).count()).toBe(0);
    expect(await dana.getByRole('list', { name: 'Meeting log' }).count()).toBe(0);
    expect(await dana.getByRole('region', { name: 'Observing each other' }).count()).toBe(0);
    expect(await dana.getByRole('button', { name: 'Upload a recording' }).count()).toBe(0);
    const [row] = await server.db.query(
      `SELECT count(*)::int AS n FROM mentoring_meeting mm JOIN mentorship m ON m.id = mm.mentorship_id
        WHERE m.network_id = $1 AND mm.notes = $2`,
      [net.network.id, notes],
    );
    expect(row).toEqual({ n: 1 });
    await samCtx.close();
    await danaCtx.close();
  }, 120_000);
});
