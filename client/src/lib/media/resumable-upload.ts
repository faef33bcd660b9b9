/**
 * One resumable upload to `/api/uploads` (the tus protocol, with tus-js-client, loaded on first use so
 * no page pays for it until someone uploads).
 *
 * Resuming: tus-js-client keeps each upload's address in localStorage under a fingerprint of the file
 * (below). After a dropped connection it retries on its own (RETRY_DELAYS); after a reload or a crash
 * the person picks the same file again, `findPreviousUploads` finds its address, and the upload asks
 * the server where it stopped and sends only the rest.
 */
import type { DetailedError, Upload } from 'tus-js-client';
import type { ObservationOwnerKind } from '@switchback/shared';
import { isRetryable } from './upload-errors';

export const UPLOAD_ENDPOINT = '/api/uploads';
/** Waits between retries of a dropped request: quick at first, then every 30 s for about ten minutes. */
export const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000, ...Array<number>(20).fill(30_000)];
/**
 * One PATCH request carries at most this much: under the shipped nginx's 2 MB body limit, and about
 * 20 s of sending at 400 kbit/s, so a proxy that buffers requests loses little when a link drops.
 */
export const CHUNK_BYTES = 1024 * 1024;

export interface UploadTarget {
  ownerKind: ObservationOwnerKind;
  ownerId: string;
}

export interface UploadCallbacks {
  /** `sent` counts from the start of the file, including what was already there on a resume. */
  onProgress(sent: number, total: number): void;
  /** The server said where a previous upload of this file stopped. */
  onResumedAt?(offset: number): void;
  onSuccess(mediaId: string): void;
  onError(failure: { status: number; body: string }): void;
}

export interface UploadHandle {
  pause(): Promise<void>;
  resume(): void;
  /** Stops and asks the server to throw away what it has (and forgets the stored address). */
  cancel(): Promise<void>;
}

/** A small sample of the file's bytes: enough to tell a re-encoded file from the one stored before. */
async function sampleDigest(file: Blob): Promise<string> {
  const edge = 256 * 1024;
  const parts = [file.slice(0, edge), file.slice(Math.max(edge, file.size - edge))];
  const bytes = await new Blob(parts).arrayBuffer();
  if (!globalThis.crypto?.subtle) return String(bytes.byteLength);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The fingerprint under which an upload's address is stored: the owner (the same file for two cycles
 * is two uploads), the file's name, size and date, and a digest of its first and last 256 KB — a
 * shrunk or trimmed file made again after a reload resumes only if it came out byte-for-byte the same.
 */
export async function uploadFingerprint(file: File, target: UploadTarget): Promise<string> {
  const digest = await sampleDigest(file);
  return ['switchback', target.ownerKind, target.ownerId, file.name, file.size, file.lastModified, digest].join(':');
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

/** The file's type, or one from its extension when the device gave none (some phones' .mov files). */
export function videoType(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return TYPES_BY_EXTENSION[ext] ?? 'application/octet-stream';
}

function failureOf(error: Error | DetailedError): { status: number; body: string } {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  return response ? { status: response.getStatus(), body: response.getBody() ?? '' } : { status: 0, body: '' };
}

/** Starts (or resumes) the upload of `file`; the media id is the last segment of the upload's address. */
export async function startUpload(file: File, target: UploadTarget, callbacks: UploadCallbacks): Promise<UploadHandle> {
  const tus = await import('tus-js-client');
  const fingerprint = await uploadFingerprint(file, target);
  const upload: Upload = new tus.Upload(file, {
    endpoint: UPLOAD_ENDPOINT,
    chunkSize: CHUNK_BYTES,
    retryDelays: RETRY_DELAYS,
    fingerprint: () => Promise.resolve(fingerprint),
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    metadata: {
      filename: file.name,
      filetype: videoType(file),
      ownerKind: target.ownerKind,
      ownerId: target.ownerId,
      consent: 'yes',
    },
    onShouldRetry: (error) => isRetryable(failureOf(error).status),
    onProgress: (sent, total) => callbacks.onProgress(sent, total),
    onSuccess: () => {
      const id = (upload.url ?? '').split('/').filter(Boolean).pop() ?? '';
      callbacks.onSuccess(decodeURIComponent(id));
    },
    onError: (error) => callbacks.onError(failureOf(error)),
    // A HEAD request is how a resumed upload asks the server where it stopped.
    onAfterResponse: (req, res) => {
      const offset = Number(res.getHeader('Upload-Offset'));
      if (req.getMethod() === 'HEAD' && Number.isFinite(offset)) callbacks.onResumedAt?.(offset);
    },
  });
  const previous = (await upload.findPreviousUploads()).sort((a, b) => b.creationTime.localeCompare(a.creationTime));
  if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
  upload.start();
  return {
    pause: () => upload.abort(false),
    resume: () => upload.start(),
    cancel: async () => {
      await upload.abort(true).catch(() => undefined);
    },
  };
}
