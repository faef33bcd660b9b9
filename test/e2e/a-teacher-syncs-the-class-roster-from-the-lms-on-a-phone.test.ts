/**
 * In the browser, at phone width: a teacher whose class is linked to an LMS course presses "Sync
 * roster from the LMS" (with the keyboard), reads what it did, and finds the course's learners on the
 * roster; a second sync adds nobody and names the learner who left the course. The LMS is simulated
 * on port 0 and checks Switchback's client assertion against its /.well-known/jwks.json.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { signedInPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { createClass, createNetwork, createPerson } from '../support/factories.js';
import type { TestServer } from '../support/harness.js';
import { linkCourse, registerPlatform } from '../support/lti-links.js';
import { ROLES, startPlatform, type SimulatedPlatform } from '../support/lms-services-platform.js';

describe('roster from the LMS in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let platform: SimulatedPlatform;
  beforeAll(async () => {
    ({ server, browser } = await startBrowserApp());
    platform = await startPlatform({ toolJwksUrl: `${server.url}/.well-known/jwks.json` });
  });
  afterAll(async () => {
    await stopBrowserApp(server, browser);
    await platform?.close();
  });

  it('a teacher syncs the roster at 390 px and sees who was added and who left', async () => {
    const net = await createNetwork(server.db, 1);
    const teacher = await createPerson(server.db, net, 'TEACHER', { name: 'Teacher Rowan' });
    const cls = await createClass(server.db, net, teacher, [], { name: 'Biology 2nd period' });
    platform.courses.set('bio', {
      title: 'Biology (LMS)',
      members: [
        { user_id: 'u-t', roles: [ROLES.instructor], name: 'Teacher Rowan' },
        { user_id: 'u-1', roles: [ROLES.learner], name: 'Iris Ivy' },
        { user_id: 'u-2', roles: [ROLES.learner], name: 'Jonah Juniper' },
        { user_id: 'u-3', roles: [ROLES.learner], name: 'Kira Kale' },
      ],
    });
    await linkCourse(server.db, await registerPlatform(server.db, net, platform), platform, 'bio', {
      classId: cls.id,
    });

    const { page, close } = await signedInPage(browser, server.url, teacher.login, { width: 390, height: 844 });
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/n/${net.network.slug}/classes/${cls.id}`);
    const section = page.getByRole('region', { name: 'LMS course' });
    await section.getByText('Linked to Biology (LMS) in Test LMS.').waitFor();
    const button = section.getByRole('button', { name: 'Sync roster from the LMS' });
    await button.focus();
    await page.keyboard.press('Enter');
    await section
      .getByText(/^Last sync .*: 3 students added, 0 already here, 0 no longer in the course, 1 teacher of the course/)
      .waitFor();
    for (const name of ['Iris Ivy', 'Jonah Juniper', 'Kira Kale']) {
      await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    }
    const box = await button.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    platform.courses.get('bio')!.members.splice(2, 1);
    await button.click();
    await section.getByText(/0 students added, 2 already here, 1 no longer in the course/).waitFor();
    await section.getByRole('listitem').filter({ hasText: 'Jonah Juniper' }).waitFor();
    // Still on the roster: leaving the course is reported, not acted on.
    await page.getByRole('row', { name: /Jonah Juniper/ }).waitFor();

    const axe = await new AxeBuilder({ page }).include('[aria-labelledby="lms-roster-heading"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await close();
  }, 120_000);
});
