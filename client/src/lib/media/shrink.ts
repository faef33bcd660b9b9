/**
 * Whether and how to shrink a recording on the device before it is uploaded: to about 480p (the
 * shorter side 480 px), keeping the aspect ratio, at a bitrate that reads well for a classroom
 * (people, a board at a distance) and costs a 400 kbps uplink about a third of what a phone records.
 */

/** The shorter side of the shrunk video, in pixels. */
export const SHRINK_TARGET_SHORT_SIDE = 480;
/** Video and audio bitrates of the shrunk file, in bits per second. */
export const SHRINK_VIDEO_BITRATE = 800_000;
export const SHRINK_AUDIO_BITRATE = 64_000;
/** Container overhead on top of the streams (MP4 boxes, timestamps). */
const CONTAINER_OVERHEAD = 1.02;
/** Not worth the wait when shrinking saves less than this share of the file. */
export const MIN_SAVING_SHARE = 0.15;

export interface VideoFacts {
  width: number;
  height: number;
  durationSeconds: number;
  sizeBytes: number;
}

export type ShrinkPlan =
  | { shrink: true; width: number; height: number; estimatedBytes: number; estimatedSavingBytes: number }
  | { shrink: false; reason: string; estimatedBytes: number };

/** An even number (video encoders want even dimensions), at least 2. */
function even(n: number): number {
  return Math.max(2, Math.round(n / 2) * 2);
}

/** Target dimensions: the shorter side becomes 480 (never enlarged), the other keeps the ratio. */
export function targetDimensions(width: number, height: number): { width: number; height: number } {
  const short = Math.min(width, height);
  if (short <= SHRINK_TARGET_SHORT_SIDE) return { width, height };
  const scale = SHRINK_TARGET_SHORT_SIDE / short;
  return width <= height
    ? { width: SHRINK_TARGET_SHORT_SIDE, height: even(height * scale) }
    : { width: even(width * scale), height: SHRINK_TARGET_SHORT_SIDE };
}

/** The size of `seconds` of shrunk video, in bytes. */
export function estimateShrunkBytes(seconds: number): number {
  return Math.round(((SHRINK_VIDEO_BITRATE + SHRINK_AUDIO_BITRATE) / 8) * seconds * CONTAINER_OVERHEAD);
}

/**
 * The plan for one file (or one clip of it: pass the clip's seconds and its share of the bytes).
 * Skips when the video is already 480p or smaller, or when shrinking would not save enough.
 */
export function planShrink(facts: VideoFacts): ShrinkPlan {
  const { width, height, durationSeconds, sizeBytes } = facts;
  if (!(width > 0 && height > 0 && durationSeconds > 0))
    return { shrink: false, reason: 'We could not read the size of this video.', estimatedBytes: sizeBytes };
  if (Math.min(width, height) <= SHRINK_TARGET_SHORT_SIDE)
    return { shrink: false, reason: 'This video is already 480p or smaller.', estimatedBytes: sizeBytes };
  const estimatedBytes = estimateShrunkBytes(durationSeconds);
  if (estimatedBytes > sizeBytes * (1 - MIN_SAVING_SHARE))
    return {
      shrink: false,
      reason: 'This video is already compact: shrinking it would save little.',
      estimatedBytes: sizeBytes,
    };
  return {
    shrink: true,
    ...targetDimensions(width, height),
    estimatedBytes,
    estimatedSavingBytes: sizeBytes - estimatedBytes,
  };
}
