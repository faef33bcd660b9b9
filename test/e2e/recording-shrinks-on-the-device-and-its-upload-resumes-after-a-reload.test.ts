/**
 * The browser half of recorded lessons, in Debian's Chromium, without the pages that will use it: the
 * uploader's own modules (client/src/lib/media/process-video.ts, resumable-upload.ts,
 * interrupted-uploads.ts) bundled as they are, on a page served beside the same tus server the app
 * uses (@tus/server, file store) behind the benchmark's link shaper.
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
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { REPO_ROOT } from '../../server/src/config/config.js';
import { startLinkShaper, type LinkShaper } from '../bench/link-shaper.js';
import { launchBrowser } from '../support/browser.js';
import { eventually } from '../support/eventually.js';

const MEDIA = path.join(REPO_ROOT, 'client', 'src', 'lib', 'media');
const UPLOAD_BYTES = 1_200_000;

let dir: string;
let store: string;
let direct = '';
let browser: Browser;
let server: http.Server;
let shaper: LinkShaper;

/** What the page exposes as `window.media` (the modules' own exports, bundled). */
interface MediaHarness {
  processVideo(
    file: File,
    name: string,
    options: { resize: { width: number; height: number } | null; clip: { start: number; end: number } | null },
  ): Promise<File>;
  interruptedUploads(target: { ownerKind: string; ownerId: string }, storage: Storage | null): { filename: string }[];
  browserStorage(): Storage | null;
}
const source = crypto.randomBytes(UPLOAD_BYTES);

/** A 4 s 1280×720 H.264 clip with sound (ffmpeg is a documented test dependency, installed in CI). */
function makeHdClip(file: string): void {
  execFileSync('ffmpeg', [
    '-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=1280x720:rate=25:duration=4',
    '-f', 'lavfi', '-i', 'sine=frequency=440:duration=4',
    '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-movflags', '+faststart', file,
  ]); // prettier-ignore
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mp4': 'video/mp4', '.html': 'text/html' };

/** What the player asked for: path, query and Range header of each request. */
const mediaRequests: { search: string; range: string | undefined }[] = [];

/** `/api/media/:id` as the app answers it: 206 with the asked range (one range), else 200. */
function serveRange(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
  mediaRequests.push({ search: url.search, range: req.headers.range });
  const file = path.join(dir, 'www', 'hd.mp4');
  const size = fs.statSync(file).size;
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (!m) {
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': size, 'accept-ranges': 'bytes' });
    return void fs.createReadStream(file).pipe(res);
  }
  const start = m[1] ? Number(m[1]) : size - Number(m[2]);
  const end = m[1] && m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  res.writeHead(206, {
    'content-type': 'video/mp4',
    'content-length': end - start + 1,
    'content-range': `bytes ${start}-${end}/${size}`,
    'accept-ranges': 'bytes',
  });
  fs.createReadStream(file, { start, end }).pipe(res);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-media-client-'));
  store = path.join(dir, 'store');
  fs.mkdirSync(store);
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(
    entry,
    [
      `export { processVideo } from ${JSON.stringify(path.join(MEDIA, 'process-video.ts'))};`,
      `export { startUpload } from ${JSON.stringify(path.join(MEDIA, 'resumable-upload.ts'))};`,
      `export { interruptedUploads, browserStorage } from ${JSON.stringify(path.join(MEDIA, 'interrupted-uploads.ts'))};`,
    ].join('\n'),
  );
  // The uploader itself, in a page of its own (React and Mantine from the repo, without the app).
  const ui = path.join(dir, 'ui.ts');
  const from = (m: string) => JSON.stringify(fileURLToPath(import.meta.resolve(m)));
  fs.writeFileSync(
    ui,
    [
      `import { createElement } from ${from('react')};`,
      `import { createRoot } from ${from('react-dom/client')};`,
      `import { MantineProvider } from ${from('@mantine/core')};`,
      `import { RecordingUploader } from ${JSON.stringify(path.join(MEDIA, 'RecordingUploader.tsx'))};`,
      `import { RecordingPlayer } from ${JSON.stringify(path.join(MEDIA, 'RecordingPlayer.tsx'))};`,
      `window.uploaded = [];`,
      `const uploader = { ownerKind: 'LESSON_STUDY', ownerId: 'cycle-ui', onUploaded: (id) => window.uploaded.push(id) };`,
      `const player = { mediaId: 'clip', hasLowRendition: true, ref: (h) => (window.player = h) };`,
      `const page = location.search === '?player' ? createElement(RecordingPlayer, player) : createElement(RecordingUploader, uploader);`,
      `createRoot(document.getElementById('root')).render(createElement(MantineProvider, null, page));`,
    ].join('\n'),
  );
  // Bundled in a child process: rolldown's native bindings refuse values made inside jest's VM.
  const script = path.join(dir, 'build.mjs');
  fs.writeFileSync(
    script,
    `import { build } from ${JSON.stringify(import.meta.resolve('rolldown'))};
await build({ input: { media: ${JSON.stringify(entry)}, ui: ${JSON.stringify(ui)} }, transform: { jsx: 'react-jsx', define: { 'process.env.NODE_ENV': '"production"' } }, output: { dir: ${JSON.stringify(path.join(dir, 'www'))}, format: 'esm', entryFileNames: '[name].js' }, logLevel: 'silent' });`,
  );
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
  makeHdClip(path.join(dir, 'www', 'hd.mp4'));
  fs.writeFileSync(path.join(dir, 'www', 'upload.bin'), source);
  const tus = new Server({ path: '/api/uploads', datastore: new FileStore({ directory: store }) });
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/uploads')) return void tus.handle(req, res);
    if (url.pathname === '/') {
      // Only the uploads go through the shaper (the page's origin); the code and the files to upload
      // come straight from the server, so the link's quirks cannot fail a test about uploading.
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(
        `<!doctype html><title>media</title><script type="module">window.assets = '${direct}';` +
          `import('${direct}/media.js').then((m) => { window.media = m; document.title = 'ready'; });</script>`,
      );
    }
    if (url.pathname === '/api/media/clip') return void serveRange(req, res, url);
    if (url.pathname === '/ui') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(
        `<!doctype html><title>uploader</title><div id="root"></div><script type="module" src="${direct}/ui.js"></script>`,
      );
    }
    const file = path.join(dir, 'www', path.basename(url.pathname));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    fs.createReadStream(file).pipe(res);
  });
  // Idle connections stay open for the whole file: a server closing one just as the browser reuses it
  // (which the shaper's delay makes likely) fails that request.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  direct = `http://127.0.0.1:${port}`;
  // 1 Mbit/s up: the upload takes about 10 s, long enough to reload in the middle of it.
  shaper = await startLinkShaper({ target: port, kbps: 1000, rttMs: 40 });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await shaper?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
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
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles(path.join(dir, 'www', 'hd.mp4'));
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
    mediaRequests.length = 0;

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
    expect(mediaRequests).toContainEqual({ search: '', range: expect.stringMatching(/^bytes=/) });
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
    expect(mediaRequests.some((r) => r.search === '?rendition=low')).toBe(true);
    await page.close();
  }, 60_000);
});
