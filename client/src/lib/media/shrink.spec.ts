import { describe, expect, it } from '@jest/globals';
import { estimateShrunkBytes, planShrink, targetDimensions } from './shrink';

describe('targetDimensions', () => {
  it('brings the shorter side to 480 and keeps the aspect ratio, landscape or portrait', () => {
    expect(targetDimensions(1920, 1080)).toEqual({ width: 854, height: 480 });
    expect(targetDimensions(1080, 1920)).toEqual({ width: 480, height: 854 });
    expect(targetDimensions(1440, 1080)).toEqual({ width: 640, height: 480 });
    expect(targetDimensions(3840, 2160)).toEqual({ width: 854, height: 480 });
  });

  it('never enlarges a small video', () => {
    expect(targetDimensions(640, 360)).toEqual({ width: 640, height: 360 });
  });
});

describe('planShrink', () => {
  it('shrinks a 1080p phone recording and estimates what it saves', () => {
    // 45 minutes at a phone's ~16 Mbps: about 5.4 GB.
    const plan = planShrink({ width: 1920, height: 1080, durationSeconds: 2700, sizeBytes: 5_400_000_000 });
    expect(plan).toEqual({
      shrink: true,
      width: 854,
      height: 480,
      estimatedBytes: estimateShrunkBytes(2700),
      estimatedSavingBytes: 5_400_000_000 - estimateShrunkBytes(2700),
    });
    // 864 kbps for 45 minutes, with container overhead: about 297 MB.
    expect(estimateShrunkBytes(2700)).toBe(297_432_000);
  });

  it('skips a video already at 480p or smaller', () => {
    const plan = planShrink({ width: 854, height: 480, durationSeconds: 60, sizeBytes: 20_000_000 });
    expect(plan).toEqual({
      shrink: false,
      reason: 'This video is already 480p or smaller.',
      estimatedBytes: 20_000_000,
    });
  });

  it('skips a large-frame video that is already compact (shrinking would save little)', () => {
    const plan = planShrink({ width: 1280, height: 720, durationSeconds: 100, sizeBytes: 11_000_000 });
    expect(plan.shrink).toBe(false);
    expect(plan).toMatchObject({ reason: 'This video is already compact: shrinking it would save little.' });
  });

  it('says so when the video size could not be read', () => {
    expect(planShrink({ width: 0, height: 0, durationSeconds: 0, sizeBytes: 5 })).toMatchObject({ shrink: false });
  });
});
