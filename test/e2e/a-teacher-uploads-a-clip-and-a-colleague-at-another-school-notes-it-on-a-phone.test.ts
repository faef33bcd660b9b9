/**
 * Issue 14's whole journey in the browser, as the people do it: the teaching teacher uploads a clip
 * of the lesson (generated here with ffmpeg) through the page's uploader — consent first, a progress
 * bar over a slowed link; a colleague at the other school watches it on a 390 px phone and writes
 * time-stamped notes tagged with a look-for point and a group (private to them until the debrief);
 * the facilitator runs the debrief in order (moving on before the teacher has reflected is refused on
 * the page), agrees a revision, and accepting it makes version 2 of the plan.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { formatNoteTime as formatClock } from '@switchback/shared';
import { signedInPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { cycleInTeach } from '../support/debrief-api.js';
import { eventually } from '../support/eventually.js';
import type { TestServer } from '../support/harness.js';
import { makeClip, tempDataDir } from '../support/media.js';

const CLIP_NAME = 'locked-box-period-3.webm';

/** The recording's <video>: where it is and whether it has frames to show. */
const videoState = (page: Page) =>
  page
    .getByLabel(`Recording: ${CLIP_NAME}`)
    .evaluate((v: HTMLVideoElement) => ({ time: v.currentTime, ready: v.readyState, paused: v.paused }));

describe('a recorded lesson, observed from another school', () => {
  let server: TestServer;
  let browser: Browser;
  let dataDir: string;
  let clipPath: string;

  beforeAll(async () => {
    dataDir = tempDataDir();
    ({ server, browser } = await startBrowserApp({ DATA_DIR: dataDir }));
    // A 4 s WebM with a test pattern and a tone (about 200 KB); a file on disk keeps its date across
    // picks, as a teacher's file does.
    clipPath = path.join(dataDir, CLIP_NAME);
    fs.writeFileSync(clipPath, makeClip(4, 400));
  });
  afterAll(async () => {
    await stopBrowserApp(server, browser);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the teacher uploads, a colleague notes it on a phone, the debrief runs in order and a revision becomes version 2', async () => {
    const c = await cycleInTeach(server);
    const cycleUrl = `${server.url}/n/${c.net.network.slug}/lesson-studies/${c.id}`;

    // 1. The teaching teacher uploads the clip: consent is asked for first; progress shows on a slow link.
    const teacherSession = await signedInPage(browser, server.url, c.teacher.person.login);
    const teacher = teacherSession.page;
    await teacher.goto(`${cycleUrl}?tab=recordings`);
    await teacher.getByRole('button', { name: 'Upload a recording' }).click();
    const [chooser] = await Promise.all([
      teacher.waitForEvent('filechooser'),
      teacher.getByRole('button', { name: 'Choose a video' }).click(),
    ]);
    await chooser.setFiles(clipPath);
    await teacher.getByLabel(`Preview of ${CLIP_NAME}`).waitFor();
    await teacher.getByRole('button', { name: 'Upload', exact: true }).click();
    await teacher.getByText('Confirm the recording consent before uploading.').waitFor();
    await teacher.getByRole('checkbox', { name: /I confirm the class's recording consent/ }).check();
    // About 400 kbit/s up, as from a rural school: the 200 KB clip takes a few seconds.
    const cdp = await teacher.context().newCDPSession(teacher);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 80,
      downloadThroughput: 250_000,
      uploadThroughput: 50_000,
    });
    await teacher.getByRole('button', { name: 'Upload', exact: true }).click();
    // The bar and its words ("120 KB of 210 KB sent · 390 kbps · a few seconds left") while it goes up.
    const bar = teacher.getByRole('progressbar', { name: `Uploading ${CLIP_NAME}` });
    await bar.waitFor();
    await teacher.getByText(/ of [\d.]+ KB sent · /).waitFor();
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/ of [\d.]+ KB sent/);
    await teacher.getByText('The recording is uploaded.').waitFor({ timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await teacher.getByLabel(`Recording: ${CLIP_NAME}`).waitFor();
    const stored = fs.readdirSync(path.join(dataDir, 'media')).filter((f) => !f.includes('.'));
    expect(stored.some((f) => fs.statSync(path.join(dataDir, 'media', f)).size === fs.statSync(clipPath).size)).toBe(
      true,
    );

    // 2. An observer at the other school, on a phone, watches it: the video plays.
    const phoneSession = await signedInPage(browser, server.url, c.observer.person.login, { width: 390, height: 844 });
    const phone = phoneSession.page;
    await phone.goto(`${cycleUrl}?tab=recordings`);
    const video = phone.getByLabel(`Recording: ${CLIP_NAME}`);
    await video.waitFor();
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await eventually(
      () => videoState(phone),
      (s) => s.time >= 1.5 && s.ready >= 2,
      'the recording playing on the phone',
      15_000,
    );
    // She stops at the moment she writes about (1.6 s in, however far it played on a busy machine).
    await video.evaluate((v: HTMLVideoElement) => {
      v.pause();
      v.currentTime = 1.6;
    });
    await eventually(
      () => videoState(phone),
      (s) => s.paused && Math.abs(s.time - 1.6) < 0.05,
      'the recording stopped at 1.6 s',
      15_000,
    );
    const watchedAt = 1.6;

    // She writes a note at the moment watched, tagged with a look-for point and a group.
    const note = 'Group 3 tried every key in turn before reading the clue card.';
    await phone.getByLabel('What did you see?').fill(note);
    const stamp = `At ${formatClock(watchedAt)} in the recording`;
    await phone.getByText(stamp).waitFor();
    await phone.getByLabel('Look for').selectOption({ label: 'How groups test a guess' });
    await phone.getByLabel('Student group (optional)').selectOption({ label: 'Group 3' });
    await phone.getByRole('button', { name: 'Save note' }).click();
    await phone.getByRole('status').getByText('Note saved.').waitFor();
    const saved = phone.getByTestId('observation-note').filter({ hasText: note });
    await saved.getByText('Group 3', { exact: true }).waitFor();
    await phone.getByText('Only your notes for now').waitFor();
    // Clicking the note's time plays that moment.
    await video.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 3.8;
    });
    await saved.getByRole('button', { name: `Play the recording from ${formatClock(watchedAt)}` }).click();
    await eventually(
      () => videoState(phone),
      (s) => s.time >= watchedAt - 0.05 && s.time < 3.7,
      'the note playing its moment',
      15_000,
    );
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Before the debrief, the teaching teacher does not see the observer's note.
    await teacher.reload();
    await teacher.getByText('Only your notes for now').waitFor();
    expect(await teacher.getByText(note).count()).toBe(0);

    // 3. The facilitator opens the debrief. Moving on before the teacher has reflected is refused.
    const facilitatorSession = await signedInPage(browser, server.url, c.facilitator.person.login);
    const facilitator = facilitatorSession.page;
    await facilitator.goto(cycleUrl);
    const toDebrief = facilitator.getByRole('button', { name: 'Advance to Debrief' });
    expect((await toDebrief.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await toDebrief.click();
    await facilitator.getByRole('button', { name: 'Advance to Revise' }).waitFor();
    await facilitator.goto(`${cycleUrl}?tab=debrief`);
    await facilitator.getByText('Now: The teaching teacher reflects').waitFor();
    await facilitator.getByRole('button', { name: 'Move on to “Observers share evidence”' }).click();
    await facilitator.getByRole('alert').getByText('The teaching teacher reflects first.').waitFor();
    await facilitator.getByText('Now: The teaching teacher reflects').waitFor();

    // The teacher reflects; now everyone's notes are on one timeline.
    await teacher.goto(`${cycleUrl}?tab=debrief`);
    const reflection = 'The launch took longer than I planned; groups had ten minutes for the box.';
    await teacher.getByLabel('What you say').fill(reflection);
    await teacher.getByRole('button', { name: 'Add to the debrief' }).click();
    await facilitator.getByText(reflection).waitFor();
    await teacher.goto(`${cycleUrl}?tab=recordings`);
    await teacher.getByText(note).waitFor();

    await facilitator.getByRole('button', { name: 'Move on to “Observers share evidence”' }).click();
    await phone.goto(`${cycleUrl}?tab=debrief`);
    await phone.getByText('Now: Observers share evidence').waitFor();
    // Her evidence starts from her note: its text and its look-for point.
    await phone.getByRole('combobox', { name: 'Start from one of your notes' }).click();
    await phone.getByRole('option', { name: note }).click();
    expect(await phone.getByLabel('Your evidence').inputValue()).toBe(note);
    expect(await phone.getByRole('combobox', { name: 'Look-for point' }).inputValue()).toBe('How groups test a guess');
    await phone.getByRole('button', { name: 'Add to the debrief' }).click();
    await phone.getByText('How groups test a guess (1)').waitFor();
    await facilitator.getByText('How groups test a guess (1)').waitFor();

    // Critical friends (none spoke here), then the revisions: proposed, agreed, and the cycle moves to Revise.
    await facilitator.getByRole('button', { name: 'Move on to “Critical friends”' }).click();
    await facilitator.getByText('Now: Critical friends').waitFor();
    await facilitator.getByRole('button', { name: 'Move on to “Agreed revisions”' }).click();
    await facilitator.getByText('Now: Agreed revisions').waitFor();
    const revised = 'Launch in five minutes, then hand out the boxes.';
    await facilitator.getByLabel('The revised text').fill(revised);
    await facilitator.getByRole('button', { name: 'Propose the revision' }).click();
    await facilitator.getByRole('button', { name: 'Agree' }).click();
    await facilitator.getByText('Agreed', { exact: true }).waitFor();
    await facilitator.getByRole('button', { name: 'Advance to Revise' }).click();
    const suggestions = facilitator.getByRole('region', { name: 'Suggestions from the debrief' });
    await suggestions.getByText(revised).waitFor();
    await suggestions.getByRole('button', { name: 'Accept the agreed revisions into the plan' }).click();
    await facilitator.getByRole('status').getByText('Version 2 saved. Version 1 stays as it was.').waitFor();

    // The plan shows version 2 beside version 1, with the revision in it (without reloading the page).
    await facilitator.getByRole('tab', { name: 'Plan' }).click();
    const versions = facilitator.getByRole('region', { name: 'Plan versions' });
    await versions.getByText('Version 1', { exact: true }).waitFor();
    await versions.getByText('Version 2', { exact: true }).waitFor();
    const read = versions.getByRole('button', { name: 'Read version 2' });
    expect((await read.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await read.click();
    await versions.getByText(revised).waitFor();

    await Promise.all([teacherSession.close(), phoneSession.close(), facilitatorSession.close()]);
  }, 120_000);
});
