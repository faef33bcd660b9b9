import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tus from 'tus-js-client';
import { REPO_ROOT } from '../../server/src/config/config.js';

/** The committed 4 s 320x180 VP8 clip (test/fixtures/classroom-clip.webm). */
export const FIXTURE_CLIP = path.join(REPO_ROOT, 'test', 'fixtures', 'classroom-clip.webm');

export function hasFfmpeg(): boolean {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A classroom-like test clip: generated with ffmpeg (`seconds` of a test pattern and a tone, WebM
 * at about `kbps`) when the machine has it, else the committed fixture.
 */
export function makeClip(seconds = 4, kbps = 400): Buffer {
  if (!hasFfmpeg()) return fs.readFileSync(FIXTURE_CLIP);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-clip-'));
  const file = path.join(dir, 'clip.webm');
  try {
    execFileSync(
      'ffmpeg',
      [
        '-v',
        'error',
        '-f',
        'lavfi',
        '-i',
        `testsrc=size=320x180:rate=15:duration=${seconds}`,
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=440:duration=${seconds}`,
        '-c:v',
        'libvpx',
        '-b:v',
        `${kbps}k`,
        '-deadline',
        'realtime',
        '-c:a',
        'libopus',
        '-b:a',
        '24k',
        '-shortest',
        '-y',
        file,
      ],
      { stdio: 'ignore' },
    );
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface UploadOptions {
  endpoint: string;
  token: string;
  ownerId: string;
  ownerKind?: string;
  filename?: string;
  filetype?: string;
  consent?: string;
  /** Resume this upload instead of creating one. */
  uploadUrl?: string;
  chunkSize?: number;
}

export interface UploadResult {
  url: string | null;
  error: (Error & { originalResponse?: tus.HttpResponse | null }) | null;
}

/** Uploads with tus-js-client (the browser's client too), without retries: resolves on success or on the first error. */
export function tusUpload(file: Buffer, o: UploadOptions): Promise<UploadResult> {
  return new Promise((resolve) => {
    const upload: tus.Upload = new tus.Upload(file, {
      endpoint: o.endpoint,
      uploadUrl: o.uploadUrl,
      headers: { authorization: `Bearer ${o.token}` },
      metadata: {
        filename: o.filename ?? 'lesson.webm',
        filetype: o.filetype ?? 'video/webm',
        ownerKind: o.ownerKind ?? 'LESSON_STUDY',
        ownerId: o.ownerId,
        consent: o.consent ?? 'yes',
      },
      chunkSize: o.chunkSize ?? Infinity,
      retryDelays: null,
      storeFingerprintForResuming: false,
      onSuccess: () => resolve({ url: upload.url, error: null }),
      onError: (error) => resolve({ url: upload.url, error: error as UploadResult['error'] }),
    });
    upload.start();
  });
}

/** The media id of an upload URL (`…/api/uploads/<id>`). */
export const mediaIdOf = (url: string) => url.split('/').pop()!;

export const RECORDINGS = `query($k: ObservationOwnerKind!, $o: ID!) {
  recordings(ownerKind: $k, ownerId: $o) {
    id filename sizeBytes status hasLowRendition durationSeconds uploadedByName mine deletesAt
  }
}`;
export const DELETE_RECORDING = `mutation($id: ID!) { deleteRecording(id: $id) }`;

/** A fresh folder for a test server's DATA_DIR (recordings land in its media/). */
export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-media-test-'));
}

/** GET (or HEAD) of a recording with a bearer token (none: signed out). */
export function getMedia(
  base: string,
  id: string,
  opts: { token?: string | null; range?: string; method?: 'GET' | 'HEAD'; query?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.range) headers.range = opts.range;
  return fetch(`${base}/api/media/${id}${opts.query ?? ''}`, { method: opts.method ?? 'GET', headers });
}
