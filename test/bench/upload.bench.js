/**
 * `npm run bench:upload`: uploading a recording over a rural link, and resuming it after the link drops.
 *
 * Puts the first-visit benchmark's link shaper (link-shaper.js) in front of a small server that has
 * the same tus server and file store the app uses (@tus/server, @tus/file-store) and, beside it, a
 * plain endpoint that stores one POST body. Uploads the same incompressible bytes (like video) with
 * tus-js-client configured as the browser's uploader is (client/src/lib/media/resumable-upload.ts:
 * 8 MB chunks, retry delays), and compares, on fresh links of the same rate:
 *   1. a plain single POST of the bytes (the peer: the least an upload can cost);
 *   2. the tus upload, uncut;
 *   3. the tus upload cut once half way (every connection dropped; bytes queued or in flight lost),
 *      resuming by itself (HEAD for the offset, then PATCH the rest).
 * Each stored file is checked byte for byte against the source. Prints a table; writes JSON to
 * test/bench/results/upload-<time>.json.
 *
 * Env: BENCH_LINKS (default "400:400": kbps:rtt pairs, comma-separated), BENCH_UPLOAD_BYTES (default
 * 1500000).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import * as tus from 'tus-js-client';
import { startLinkShaper } from './link-shaper.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LINKS = (process.env.BENCH_LINKS ?? '400:400').split(',').map((pair) => {
  const [kbps, rttMs] = pair.split(':').map(Number);
  return { kbps, rttMs };
});
const SIZE = Number(process.env.BENCH_UPLOAD_BYTES ?? 1_500_000);
/** As the browser's uploader (client/src/lib/media/resumable-upload.ts). */
const CHUNK_BYTES = 1024 * 1024; // as the app (client/src/lib/media/resumable-upload.ts)
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000];
const RUN_CAP_MS = 600_000;

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

/** The tus server at /files/ and a plain POST at /plain, storing into `dir`. */
async function startUploadServer(dir) {
  const tusServer = new Server({ path: '/files', datastore: new FileStore({ directory: dir }) });
  const server = http.createServer((req, res) => {
    if (req.url.startsWith('/files')) return void tusServer.handle(req, res);
    if (req.method === 'POST' && req.url === '/plain') {
      const file = path.join(dir, `plain-${crypto.randomUUID()}`);
      const out = fs.createWriteStream(file);
      req.pipe(out);
      out.on('finish', () => {
        res.writeHead(201, { 'content-type': 'text/plain' });
        res.end(file);
      });
      req.on('error', () => out.destroy());
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)), tusServer };
}

async function withDeadline(promise, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish in ${RUN_CAP_MS / 1000} s`)), RUN_CAP_MS);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** 1. One POST with the whole body; done when the server answers. Returns the stored file's path. */
function plainPost(shaper, data) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${shaper.url}/plain`,
      { method: 'POST', headers: { 'content-type': 'video/mp4', 'content-length': data.length }, agent: false },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => (res.statusCode === 201 ? resolve(body) : reject(new Error(`POST: ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** 2./3. A tus upload; `cutAt` (bytes the server has received) drops the link once, there. */
function tusUpload(shaper, data, dir, cutAt) {
  return new Promise((resolve, reject) => {
    const info = { resumedAt: null, retries: 0 };
    let cut = null;
    const upload = new tus.Upload(data, {
      endpoint: `${shaper.url}/files/`,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      metadata: { filename: 'bench.mp4', filetype: 'video/mp4' },
      onShouldRetry: () => {
        info.retries += 1;
        return true;
      },
      onAfterResponse: (req, res) => {
        if (req.getMethod() === 'HEAD') info.resumedAt = Number(res.getHeader('Upload-Offset'));
      },
      onSuccess: () => {
        clearInterval(cut);
        const id = upload.url.split('/').pop();
        resolve({ ...info, file: path.join(dir, id) });
      },
      onError: (e) => {
        clearInterval(cut);
        reject(e);
      },
    });
    if (cutAt !== null) {
      // A bench may poll: it watches the link, it does not wait for a result.
      const start = shaper.mark();
      cut = setInterval(() => {
        if (shaper.since(start).up >= cutAt) {
          clearInterval(cut);
          shaper.dropConnections();
        }
      }, 10);
    }
    upload.start();
  });
}

async function measure(link, name, data, dir, run) {
  const app = await startUploadServer(dir);
  const shaper = await startLinkShaper({ target: app.port, ...link });
  const mark = shaper.mark();
  const t0 = performance.now();
  try {
    const result = await withDeadline(run(shaper), name);
    const seconds = (performance.now() - t0) / 1000;
    const stored = fs.readFileSync(typeof result === 'string' ? result : result.file);
    if (sha256(stored) !== sha256(data)) throw new Error(`${name}: the stored file differs from the source`);
    const bytes = shaper.since(mark);
    return {
      run: name,
      seconds,
      kbpsAchieved: (data.length * 8) / 1000 / seconds,
      linkKbps: link.kbps,
      // Bytes the link carried up, including those lost on the wire when it dropped.
      upBytes: bytes.up + shaper.counters.lostUp - mark.lostUp,
      lostUpBytes: shaper.counters.lostUp - mark.lostUp,
      downBytes: bytes.down,
      connections: shaper.counters.connections - mark.connections,
      resumedAt: result.resumedAt ?? null,
      retries: result.retries ?? 0,
      sameBytes: true,
    };
  } finally {
    await shaper.close();
    await app.close();
  }
}

const pad = (s, n) => String(s).padStart(n);
function printTable(link, rows) {
  console.log(`\nUpload of ${(SIZE / 1e6).toFixed(2)} MB at ${link.kbps} kbps each way, ${link.rttMs} ms round trip`);
  console.log(
    `${'run'.padEnd(26)}${pad('seconds', 9)}${pad('kbps', 8)}${pad('of link', 9)}${pad('up bytes', 11)}${pad('overhead B', 12)}${pad('overhead s', 12)}`,
  );
  for (const r of rows)
    console.log(
      `${r.run.padEnd(26)}${pad(r.seconds.toFixed(1), 9)}${pad(r.kbpsAchieved.toFixed(0), 8)}${pad(`${((r.kbpsAchieved / r.linkKbps) * 100).toFixed(0)}%`, 9)}${pad(r.upBytes, 11)}${pad(r.overheadBytes ?? '', 12)}${pad(r.overheadSeconds?.toFixed(1) ?? '', 12)}`,
    );
}

async function main() {
  const data = crypto.randomBytes(SIZE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-upload-bench-'));
  const results = [];
  try {
    for (const link of LINKS) {
      const plain = await measure(link, 'plain POST (peer)', data, dir, (s) => plainPost(s, data));
      const whole = await measure(link, 'tus, uncut', data, dir, (s) => tusUpload(s, data, dir, null));
      const cut = await measure(link, 'tus, cut half way + resume', data, dir, (s) =>
        tusUpload(s, data, dir, Math.floor(SIZE / 2)),
      );
      whole.overheadBytes = whole.upBytes - plain.upBytes;
      whole.overheadSeconds = whole.seconds - plain.seconds;
      // The resume's cost: against the same upload uncut.
      cut.overheadBytes = cut.upBytes - whole.upBytes;
      cut.overheadSeconds = cut.seconds - whole.seconds;
      const rows = [plain, whole, cut];
      printTable(link, rows);
      console.log(
        `  (tus overhead is against the plain POST; the cut run's is against tus uncut. The cut came after ` +
          `${Math.floor(SIZE / 2)} bytes had reached the server; it resumed from ${cut.resumedAt} after ${cut.retries} retry; ${cut.lostUpBytes} bytes were on the wire and lost.)`,
      );
      results.push({ link, bytes: SIZE, rows });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const out = path.join(HERE, 'results', `upload-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
  console.log(`\nWrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
