import { describe, expect, it } from '@jest/globals';
import { durationOf, LOW_RENDITION_ARGS } from './renditions.service.js';

describe('low renditions', () => {
  it("reads the input's length from ffmpeg's report", () => {
    expect(durationOf('Input #0, matroska,webm\n  Duration: 00:01:02.50, start: 0.000000, bitrate: 615 kb/s')).toBe(
      62.5,
    );
    expect(durationOf('  Duration: 01:00:00.00, start')).toBe(3600);
    expect(durationOf('  Duration: N/A, start: 0.000000')).toBeNull();
  });

  it('aims under 200 kbit/s at 240 lines (video 150k + audio 32k, capped at 160k)', () => {
    const arg = (flag: string) => LOW_RENDITION_ARGS[LOW_RENDITION_ARGS.indexOf(flag) + 1];
    expect(arg('-vf')).toBe('scale=-2:240');
    expect(parseInt(arg('-maxrate')!, 10) + parseInt(arg('-b:a')!, 10)).toBeLessThan(200);
  });
});
