/**
 * The browser half of recorded lessons, in Debian's Chromium, without the pages that will use it: the
 * uploader's own modules bundled as they are, on a page served beside the same tus server the app
 * uses, behind the benchmark's link shaper (test/support/media-page.ts).
 *   - mediabunny shrinks a 1280×720 clip to 854×480 and cuts 1–3 s of it, with WebCodecs;
 *   - an upload cut off by a reload is found again after it ("pick the same file"), resumes from the
 *     server's offset (not from zero) and the server ends up with exactly the same bytes.
 *   - RecordingUploader itself (React and Mantine, no app): Upload is refused until consent is ticked,
 *     a clip that ends before it starts is refused, then a 1–3 s clip is cut, sent with progress, and
 *     stored 2 s long.
 *   - RecordingPlayer: range requests, no download or picture-in-picture, no context menu, `seekTo` and
 *     `currentTime` through its handle, and the Low bandwidth switch (by keyboard) keeps the place.
 * The app's own /api/uploads (auth, owners, refusals) is tested in test/integration/media-*.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { LinkShaper } from '../bench/link-shaper.js';
import { launchBrowser } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { startMediaPage, type MediaHarness, type MediaPage } from '../support/media-page.js';

const UPLOAD_BYTES = 1_200_000;
const source = crypto.randomBytes(UPLOAD_BYTES);

let media: MediaPage;
/** The tus server's file store, the server without the shaper, and the shaper (the pages' origin). */
let store: string;
let direct: string;
let shaper: LinkShaper;
let browser: Browser;

beforeAll(async () => {
  media = await startMediaPage(source);
  ({ store, direct, shaper } = media);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await media?.close();
});

async function openHarness(page: Page): Promise<void> {
  await page.goto(`${shaper.url}/`);
  await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 15_000 });
}

describe('recordings in the browser', () => {
  it('shrinks a 720p clip to 854×480 on the device and cuts it to the chosen seconds', async () => {
    const page = await browser.newPage();
    await openHarness(page);
    const result = await page.evaluate(async () => {
      const { processVideo } = (window as unknown as { media: MediaHarness }).media;
      const blob = await (await fetch(`${(window as unknown as { assets: string }).assets}/hd.mp4`)).blob();
      const file = new File([blob], 'lesson.mp4', { type: 'video/mp4', lastModified: 1 });
      const out = await processVideo(file, 'lesson (480p, clip 1).mp4', {
        resize: { width: 854, height: 480 },
        clip: { start: 1, end: 3 },
      });
      const video = document.createElement('video');
      video.src = URL.createObjectURL(out);
      await new Promise((resolve, reject) => ((video.onloadedmetadata = resolve), (video.onerror = reject)));
      return {
        name: out.name,
        type: out.type,
        width: video.videoWidth,
        height: video.videoHeight,
        duration: video.duration,
        lastModified: out.lastModified,
      };
    });
    expect(result).toMatchObject({
      name: 'lesson (480p, clip 1).mp4',
      type: 'video/mp4',
      width: 854,
      height: 480,
      lastModified: 1,
    });
    expect(result.duration).toBeGreaterThan(1.5);
    expect(result.duration).toBeLessThan(2.6);
    await page.close();
  }, 90_000);

  it('an upload cut off by a reload is offered again and resumes from where it stopped, with the same bytes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openHarness(page);
    const start = `
      (async () => {
        const blob = await (await fetch(window.assets + '/upload.bin')).blob();
        const file = new File([blob], 'lesson.mp4', { type: 'video/mp4', lastModified: 1700000000000 });
        window.progress = { resumedAt: null, sent: 0, mediaId: null, error: null };
        await window.media.startUpload(file, { ownerKind: 'LESSON_STUDY', ownerId: 'cycle-1' }, {
          onProgress: (sent) => (window.progress.sent = sent),
          onResumedAt: (offset) => (window.progress.resumedAt = offset),
          onSuccess: (id) => (window.progress.mediaId = id),
          onError: (f) => (window.progress.error = f),
        });
      })()`;
    await page.evaluate(start);
    const storedBytes = () => {
      const files = fs.readdirSync(store).filter((f) => !f.endsWith('.json'));
      return files.length ? fs.statSync(path.join(store, files[0])).size : 0;
    };
    // Reload once the server holds about a third of the file.
    await eventually(
      () => Promise.resolve(storedBytes()),
      (n) => n >= UPLOAD_BYTES / 3,
      'bytes on the server',
      30_000,
    );
    // Leaving the page aborts the upload. The shaper has already taken every byte from the browser (it
    // models no send buffer): cut what it still holds then, as a closing tab's connection loses its
    // unsent data. Then the page is opened again, as after a reload.
    await page.goto('about:blank');
    shaper.dropConnections();
    await page.goto(`${shaper.url}/`);
    await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 15_000 });
    const atReload = storedBytes();
    expect(atReload).toBeLessThan(UPLOAD_BYTES);

    const offered = await page.evaluate(() => {
      const m = (window as unknown as { media: MediaHarness }).media;
      return m.interruptedUploads({ ownerKind: 'LESSON_STUDY', ownerId: 'cycle-1' }, m.browserStorage());
    });
    expect(offered.map((u) => u.filename)).toEqual(['lesson.mp4']);

    const upBefore = shaper.mark();
    await page.evaluate(start);
    const done = await eventually(
      () =>
        page.evaluate(
          () =>
            (window as unknown as { progress: { mediaId: string | null; resumedAt: number | null; error: unknown } })
              .progress,
        ),
      (p) => p.mediaId !== null || p.error !== null,
      'the resumed upload',
      40_000,
    );
    expect(done.error).toBeNull();
    expect(done.resumedAt).toBeGreaterThan(0);
    // Only the rest went up again (plus request headers), not the whole file.
    expect(shaper.since(upBefore).up).toBeLessThan(UPLOAD_BYTES - (done.resumedAt ?? 0) + 20_000);
    const stored = fs.readFileSync(path.join(store, done.mediaId!));
    expect(crypto.createHash('sha256').update(stored).digest('hex')).toBe(
      crypto.createHash('sha256').update(source).digest('hex'),
    );
    // Finished uploads are forgotten: nothing is offered to resume any more.
    const after = await page.evaluate(() => {
      const m = (window as unknown as { media: MediaHarness }).media;
      return m.interruptedUploads({ ownerKind: 'LESSON_STUDY', ownerId: 'cycle-1' }, m.browserStorage());
    });
    expect(after).toEqual([]);
    await context.close();
  }, 120_000);

  it('a teacher must confirm consent, then cuts a clip and uploads it with the uploader', async () => {
    const page = await browser.newPage();
    await page.goto(`${shaper.url}/ui`);
    await page.getByRole('button', { name: 'Choose a video' }).waitFor({ timeout: 15_000 });
    await expect(page.getByText('pick the same file here to continue').isVisible()).resolves.toBe(true);
    await page.locator('input[type=file]').first().setInputFiles(media.hdClip);
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText('Confirm the recording consent before uploading.').waitFor({ timeout: 5000 });
    expect(fs.readdirSync(store).filter((f) => f.endsWith('.json'))).toHaveLength(1); // only the earlier test's

    await page.getByLabel(/I confirm the class's recording consent/).check();
    await page.getByLabel('Upload only the clips that matter').check();
    await page.getByLabel('Starts at').fill('0:03');
    await page.getByLabel('Ends at').fill('0:02');
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText('The clip must end after it starts.').waitFor({ timeout: 5000 });
    await page.getByLabel('Starts at').fill('0:01');
    await page.getByLabel('Ends at').fill('0:03');
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    // Cutting, then sending: the line under the bar says how much is sent (the page has no CSS here).
    await page
      .locator('[role=progressbar][aria-labelledby=media-upload-label]')
      .waitFor({ state: 'attached', timeout: 15_000 });
    await page.getByText(/ of .* sent/).waitFor({ timeout: 30_000 });
    await page.getByText('The recording is uploaded.').waitFor({ timeout: 60_000 });
    const [id] = await page.evaluate(() => (window as unknown as { uploaded: string[] }).uploaded);
    const seconds = Number(
      execFileSync('ffprobe', [
        '-v',
        'error',
        '-show_entries',
        'format=duration',
        '-of',
        'csv=p=0',
        path.join(store, id),
      ])
        .toString()
        .trim(),
    );
    expect(seconds).toBeGreaterThan(1.5);
    expect(seconds).toBeLessThan(2.6);
    await page.close();
  }, 120_000);

  it('a teacher pauses, resumes and cancels an upload, and the server lets go of it', async () => {
    const page = await browser.newPage();
    await page.goto(`${shaper.url}/ui`);
    const video = { name: 'long lesson.mp4', mimeType: 'video/mp4', buffer: source };
    await page.locator('input[type=file]').first().setInputFiles(video);
    await page.getByLabel(/I confirm the class's recording consent/).check();
    const before = new Set(fs.readdirSync(store));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    // Bytes are flowing (the upload exists on the server and the page knows its address).
    await page.getByText(/ (KB|MB) of .* sent · /).waitFor({ timeout: 15_000 });
    // An aborted request loses what was not yet sent; the shaper (no send buffer) would deliver it, so cut it.
    await page.getByRole('button', { name: 'Pause' }).click();
    shaper.dropConnections();
    await page.getByText(/ of .* sent · paused/).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 15_000 });
    await expect(page.getByText(/ of .* sent · paused/).count()).resolves.toBe(0);
    const created = () => fs.readdirSync(store).filter((f) => !before.has(f) && !f.endsWith('.json'));
    expect(created()).toHaveLength(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    shaper.dropConnections();
    await page.getByRole('button', { name: 'Upload', exact: true }).waitFor({ timeout: 15_000 });
    await eventually(
      () => Promise.resolve(created()),
      (files) => files.length === 0,
      'the cancelled upload on disk',
    );
    expect(await page.evaluate(() => (window as unknown as { uploaded: string[] }).uploaded)).toEqual([]);
    await page.close();
  }, 60_000);

  it('the player streams with ranges (low bandwidth by default on save-data), offers no download, seeks for notes and keeps the place on Low bandwidth', async () => {
    // Chromium estimates the link from what it saw (the shaped uploads above): say what it is instead.
    const connection = (c: object) => Object.defineProperty(navigator, 'connection', { value: c });
    const slow = await browser.newPage();
    await slow.addInitScript(connection, { saveData: true });
    await slow.goto(`${direct}/ui?player`);
    await slow.waitForFunction(() => document.querySelector('video')?.src.endsWith('?rendition=low'));
    expect(await slow.getByRole('switch', { name: 'Low bandwidth' }).isChecked()).toBe(true);
    await slow.close();
    media.mediaRequests.length = 0;

    const page = await browser.newPage();
    await page.addInitScript(connection, { effectiveType: '4g', downlink: 10, saveData: false });
    await page.goto(`${direct}/ui?player`);
    const video = page.locator('video');
    await video.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await video.getAttribute('controlslist')).toContain('nodownload');
    expect(await video.getAttribute('disablepictureinpicture')).not.toBeNull();
    expect(await video.getAttribute('preload')).toBe('metadata');
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, undefined, {
      timeout: 15_000,
    });
    expect(media.mediaRequests).toContainEqual({ search: '', range: expect.stringMatching(/^bytes=/) });
    const prevented = await video.evaluate(
      (v) => !v.dispatchEvent(new MouseEvent('contextmenu', { cancelable: true, bubbles: true })),
    );
    expect(prevented).toBe(true);

    type Player = { seekTo(s: number): void; currentTime(): number };
    await page.evaluate(() => (window as unknown as { player: Player }).player.seekTo(2.5));
    await page.waitForFunction(
      () => Math.abs((window as unknown as { player: Player }).player.currentTime() - 2.5) < 0.1,
    );

    // The switch by keyboard: it plays the low rendition from the same moment.
    const toggle = page.getByRole('switch', { name: 'Low bandwidth' });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('video')?.src.endsWith('/api/media/clip?rendition=low'));
    await page.waitForFunction(
      () => {
        const v = document.querySelector('video');
        return !!v && v.readyState >= 1 && Math.abs(v.currentTime - 2.5) < 0.1;
      },
      undefined,
      { timeout: 15_000 },
    );
    expect(media.mediaRequests.some((r) => r.search === '?rendition=low')).toBe(true);
    await page.close();
  }, 60_000);
});
