/**
 * A page for the browser tests of recorded lessons, without the app: the uploader's own modules
 * (client/src/lib/media/process-video.ts, resumable-upload.ts, interrupted-uploads.ts) bundled as they
 * are with rolldown and exposed as `window.media` on `/`, RecordingUploader (or, with `?player`,
 * RecordingPlayer) in React and Mantine on `/ui`, a bare tus server (@tus/server, file store, as the
 * app uses) on `/api/uploads`, `/api/media/clip` answering ranges as the app does, and the benchmark's
 * link shaper in front (1 Mbit/s up, 40 ms round trip).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import { REPO_ROOT } from '../../server/src/config/config.js';
import { startLinkShaper, type LinkShaper } from '../bench/link-shaper.js';

const MEDIA = path.join(REPO_ROOT, 'client', 'src', 'lib', 'media');

/** What the page exposes as `window.media` (the modules' own exports, bundled). */
export interface MediaHarness {
  processVideo(
    file: File,
    name: string,
    options: { resize: { width: number; height: number } | null; clip: { start: number; end: number } | null },
  ): Promise<File>;
  interruptedUploads(target: { ownerKind: string; ownerId: string }, storage: Storage | null): { filename: string }[];
  browserStorage(): Storage | null;
}

export interface MediaPage {
  /** The tus server's file store: each upload's bytes (named by its id) and its `.json` metadata. */
  store: string;
  /** The page's server without the shaper (code, clips and the player's requests). */
  direct: string;
  /** The shaper in front of the server: the page's origin, so uploads go through it. */
  shaper: LinkShaper;
  /** The 4 s 1280×720 clip with sound, also served as `/hd.mp4`. */
  hdClip: string;
  /** What the player asked for: query and Range header of each request to `/api/media/clip`. */
  mediaRequests: { search: string; range: string | undefined }[];
  close(): Promise<void>;
}

/** Bundles the page, makes the clip, and starts the server and its shaper; `upload` is served as `/upload.bin`. */
export async function startMediaPage(upload: Buffer): Promise<MediaPage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-media-client-'));
  const store = path.join(dir, 'store');
  const hdClip = path.join(dir, 'www', 'hd.mp4');
  const mediaRequests: MediaPage['mediaRequests'] = [];
  let server: http.Server | undefined;
  let shaper: LinkShaper | undefined;
  const close = async () => {
    await shaper?.close();
    if (server) {
      server.closeAllConnections();
      const s = server;
      await new Promise((resolve) => s.close(resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    fs.mkdirSync(store);
    bundle(dir);
    makeHdClip(hdClip);
    fs.writeFileSync(path.join(dir, 'www', 'upload.bin'), upload);
    let direct = '';
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
      if (url.pathname === '/api/media/clip') {
        mediaRequests.push({ search: url.search, range: req.headers.range });
        return void serveRange(req, res, hdClip);
      }
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
    const s = server;
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    direct = `http://127.0.0.1:${port}`;
    // 1 Mbit/s up: the upload takes about 10 s, long enough to reload in the middle of it.
    shaper = await startLinkShaper({ target: port, kbps: 1000, rttMs: 40 });
    return { store, direct, shaper, hdClip, mediaRequests, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** `media.js` (the uploader's modules) and `ui.js` (the uploader and the player) into `dir`/www. */
function bundle(dir: string): void {
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
}

/** A 4 s 1280×720 H.264 clip with sound (ffmpeg is a documented test dependency, installed in CI). */
function makeHdClip(file: string): void {
  execFileSync('ffmpeg', [
    '-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=1280x720:rate=25:duration=4',
    '-f', 'lavfi', '-i', 'sine=frequency=440:duration=4',
    '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-movflags', '+faststart', file,
  ]); // prettier-ignore
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mp4': 'video/mp4', '.html': 'text/html' };

/** `/api/media/:id` as the app answers it: 206 with the asked range (one range), else 200. */
function serveRange(req: http.IncomingMessage, res: http.ServerResponse, file: string): void {
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
