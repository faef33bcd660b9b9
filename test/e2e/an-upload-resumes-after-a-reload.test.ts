/**
 * A recording's upload survives a reload of the lesson-study page, through the app itself (its
 * uploader, /api/uploads, the file store under DATA_DIR): on a link slowed to about 200 kbit/s up
 * (Chromium's own throttling, over CDP), the teacher reloads half way, the page says an upload did not
 * finish, she picks the same file again and it continues from the server's offset (not from zero),
 * and the server ends up with exactly the file's bytes. (The uploader's modules alone, behind the
 * benchmark's link shaper, are tested in recording-shrinks-on-the-device-and-its-upload-resumes-after-a-reload.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signedInPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { cycleInTeach } from '../support/debrief-api.js';
import { eventually } from '../support/eventually.js';
import type { TestServer } from '../support/harness.js';
import { makeClip, tempDataDir } from '../support/media.js';

const CLIP_NAME = 'locked-box-whole-lesson.webm';

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** Throttles the page's network in Chromium (bytes per second). */
async function throttle(page: Page, upBytesPerSecond: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 80,
    downloadThroughput: 250_000,
    uploadThroughput: upBytesPerSecond,
  });
}

/** Picks the file in the uploader, confirms consent and starts the upload. */
async function upload(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a video' }).click(),
  ]);
  await chooser.setFiles(file);
  await page.getByRole('checkbox', { name: /I confirm the class's recording consent/ }).check();
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
}

describe('an upload in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let dataDir: string;
  let clipPath: string;
  let clip: Buffer;

  beforeAll(async () => {
    dataDir = tempDataDir();
    ({ server, browser } = await startBrowserApp({ DATA_DIR: dataDir }));
    clip = makeClip(8, 600); // about 140 KB (a test pattern compresses well): some 6 s at 200 kbit/s
    clipPath = path.join(dataDir, CLIP_NAME);
    fs.writeFileSync(clipPath, clip);
  });
  afterAll(async () => {
    await stopBrowserApp(server, browser);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** The bytes the server holds of the one upload so far (the file store's data file). */
  const storedBytes = (): number => {
    const dir = path.join(dataDir, 'media');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.includes('.')) : [];
    return files.length ? fs.statSync(path.join(dir, files[0])).size : 0;
  };

  it('resumes after a reload from where it stopped and stores the same bytes', async () => {
    const c = await cycleInTeach(server);
    const url = `${server.url}/n/${c.net.network.slug}/lesson-studies/${c.id}?tab=recordings`;
    const session = await signedInPage(browser, server.url, c.teacher.person.login);
    const page = session.page;
    await page.goto(url);
    await throttle(page, 25_000);
    await page.getByRole('button', { name: 'Upload a recording' }).click();
    await upload(page, clipPath);
    await page.getByText(`Uploading ${CLIP_NAME}`).waitFor();

    // Reload once the server holds about a third of it.
    await eventually(
      () => Promise.resolve(storedBytes()),
      (n) => n >= clip.length / 3,
      'a third of the clip on the server',
      30_000,
    );
    await page.reload();
    const atReload = storedBytes();
    expect(atReload).toBeGreaterThan(0);
    expect(atReload).toBeLessThan(clip.length);
    await page.getByText('Upload not finished: its uploader can pick the same file to continue.').waitFor();

    // The uploader says an upload stopped; the same file picked again continues from the server's offset.
    await page.getByRole('button', { name: 'Upload a recording' }).click();
    await page.getByText(`The upload of “${CLIP_NAME}” stopped before it finished.`).waitFor();
    await upload(page, clipPath);
    const continued = page.getByText(/^Continued from where it stopped: [\d.]+ KB were already uploaded\.$/);
    await continued.waitFor();
    // It says what the server held at the reload (the page's KB are 1000 bytes).
    const kb = Number(/([\d.]+) KB/.exec((await continued.textContent()) ?? '')?.[1]);
    expect(Math.abs(kb * 1000 - atReload)).toBeLessThan(1000);
    await page.getByText('The recording is uploaded.').waitFor({ timeout: 30_000 });

    // The server has exactly the file, and the page plays it.
    const dir = path.join(dataDir, 'media');
    const [id] = fs.readdirSync(dir).filter((f) => !f.includes('.'));
    expect(sha256(fs.readFileSync(path.join(dir, id)))).toBe(sha256(clip));
    await page.getByLabel(`Recording: ${CLIP_NAME}`).waitFor();
    await page.getByText('Upload not finished: its uploader can pick the same file to continue.').waitFor({
      state: 'detached',
    });
    // Finished uploads are forgotten on the device: nothing is offered to resume any more.
    await page.reload();
    await page.getByRole('button', { name: 'Upload a recording' }).click();
    await page.getByRole('button', { name: 'Choose a video' }).waitFor();
    expect(await page.getByText('An upload did not finish').count()).toBe(0);
    await session.close();
  }, 90_000);
});
