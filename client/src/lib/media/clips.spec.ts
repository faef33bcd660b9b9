import { describe, expect, it } from '@jest/globals';
import { clipsDuration, formatClock, hasClipProblems, parseClock, validateClips } from './clips';

describe('clip times', () => {
  it('reads minutes:seconds, plain seconds and hours', () => {
    expect(parseClock('4:30')).toBe(270);
    expect(parseClock(' 65 ')).toBe(65);
    expect(parseClock('1:02:03')).toBe(3723);
    expect(parseClock('1:75')).toBeNull();
    expect(parseClock('four')).toBeNull();
    expect(parseClock('')).toBeNull();
    expect(formatClock(270)).toBe('4:30');
    expect(formatClock(3723)).toBe('1:02:03');
  });
});

describe('validateClips', () => {
  it('accepts clips inside the recording that do not overlap, in any order', () => {
    const clips = [
      { start: 600, end: 900 },
      { start: 60, end: 300 },
    ];
    const problems = validateClips(clips, 2700);
    expect(hasClipProblems(problems)).toBe(false);
    expect(clipsDuration(clips)).toBe(540);
  });

  it('refuses a clip that ends before it starts, is too short, or lies outside the recording', () => {
    const problems = validateClips(
      [
        { start: 300, end: 200 },
        { start: 10, end: 10.5 },
        { start: 3000, end: 3100 },
        { start: 2600, end: 2800 },
        { start: Number.NaN, end: 5 },
      ],
      2700,
    );
    expect(problems.clips).toEqual({
      0: 'The clip must end after it starts.',
      1: 'The clip must last at least a second.',
      2: 'The recording is only 45:00 long.',
      3: 'The clip ends after the recording does (45:00).',
      4: 'Give the start and end as minutes:seconds, e.g. 4:30.',
    });
  });

  it('names the clip an overlapping one runs into', () => {
    const problems = validateClips(
      [
        { start: 100, end: 200 },
        { start: 150, end: 250 },
      ],
      600,
    );
    expect(problems.clips).toEqual({ 1: 'This clip overlaps clip 1 (1:40–3:20).' });
  });

  it('needs at least one clip and at most ten', () => {
    expect(validateClips([], 60).list).toBe('Add at least one clip, or upload the whole recording.');
    const many = Array.from({ length: 11 }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }));
    expect(validateClips(many, 600).list).toBe('At most 10 clips at a time.');
  });
});
