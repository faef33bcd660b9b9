/**
 * Shrinking to about 480p and cutting clips, on the device, with mediabunny (WebCodecs: the browser's
 * own hardware encoders, no WebAssembly ffmpeg to download). Loaded on first use.
 */
import type { ClipRange } from './clips';
import { SHRINK_AUDIO_BITRATE, SHRINK_VIDEO_BITRATE } from './shrink';

export interface ProcessOptions {
  /** Target size, or null to keep the frames as they are (a clip is then copied without re-encoding when it can be). */
  resize: { width: number; height: number } | null;
  /** The part to keep, or null for all of it. */
  clip: ClipRange | null;
  onProgress?(share: number): void;
  signal?: AbortSignal;
}

/** Whether this browser can shrink video on the device at all (WebCodecs). */
export function canProcessVideo(): boolean {
  return typeof globalThis.VideoEncoder === 'function' && typeof globalThis.VideoDecoder === 'function';
}

export class VideoProcessingError extends Error {}

/** `lesson.mov` → `lesson (480p, clip 2).mp4`. */
export function processedName(name: string, resized: boolean, clipNumber: number | null): string {
  const base = name.replace(/\.[^.]+$/, '') || 'recording';
  const parts = [resized ? '480p' : null, clipNumber !== null ? `clip ${clipNumber}` : null].filter(Boolean);
  return `${base}${parts.length ? ` (${parts.join(', ')})` : ''}.mp4`;
}

/** A new MP4 file from `file`: resized and/or cut to one clip. Keeps the original's date, for resuming. */
export async function processVideo(file: File, name: string, options: ProcessOptions): Promise<File> {
  const mb = await import('mediabunny');
  const input = new mb.Input({ source: new mb.BlobSource(file), formats: mb.ALL_FORMATS });
  const target = new mb.BufferTarget();
  const output = new mb.Output({ format: new mb.Mp4OutputFormat({ fastStart: 'in-memory' }), target });
  const conversion = await mb.Conversion.init({
    input,
    output,
    showWarnings: false,
    video: options.resize
      ? { ...options.resize, fit: 'contain', bitrate: SHRINK_VIDEO_BITRATE, keyFrameInterval: 2 }
      : undefined,
    audio: options.resize ? { bitrate: SHRINK_AUDIO_BITRATE } : undefined,
    trim: options.clip ? { start: options.clip.start, end: options.clip.end } : undefined,
  });
  if (!conversion.isValid)
    throw new VideoProcessingError(
      'This browser cannot re-encode this video. Upload it as it is, or try Chrome or Edge on a computer.',
    );
  if (options.onProgress) conversion.onProgress = (share) => options.onProgress?.(share);
  const onAbort = () => void conversion.cancel();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await conversion.execute();
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (!target.buffer) throw new VideoProcessingError('The video could not be prepared. Upload it as it is.');
  return new File([target.buffer], name, { type: 'video/mp4', lastModified: file.lastModified });
}
