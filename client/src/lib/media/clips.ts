/** Trimming a recording to the clips that matter: the ranges a teacher marks, checked before any work. */

export interface ClipRange {
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
}

/** Clips shorter than this are almost certainly a slip of the hand. */
export const MIN_CLIP_SECONDS = 1;
export const MAX_CLIPS = 10;

/** One message per clip that is wrong (index → message), plus one for the whole list. */
export interface ClipProblems {
  clips: Record<number, string>;
  list: string | null;
}

/** "1:05", "1:02:03" (for labels and messages). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "1:05" or "65" or "1:02:03" → seconds; null when it is not a time. */
export function parseClock(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(t)) return null;
  const parts = t.split(':').map(Number);
  if (parts.slice(1).some((p) => p >= 60)) return null;
  return parts.reduce((total, p) => total * 60 + p, 0);
}

/**
 * Checks clip ranges against the recording's length: each starts before it ends, lasts at least
 * MIN_CLIP_SECONDS, lies within the recording, and clips do not overlap (in any order).
 */
export function validateClips(clips: readonly ClipRange[], durationSeconds: number): ClipProblems {
  const problems: ClipProblems = { clips: {}, list: null };
  if (clips.length === 0) problems.list = 'Add at least one clip, or upload the whole recording.';
  if (clips.length > MAX_CLIPS) problems.list = `At most ${MAX_CLIPS} clips at a time.`;
  clips.forEach((clip, i) => {
    if (!Number.isFinite(clip.start) || !Number.isFinite(clip.end) || clip.start < 0)
      problems.clips[i] = 'Give the start and end as minutes:seconds, e.g. 4:30.';
    else if (clip.end <= clip.start) problems.clips[i] = 'The clip must end after it starts.';
    else if (clip.end - clip.start < MIN_CLIP_SECONDS) problems.clips[i] = 'The clip must last at least a second.';
    else if (clip.start >= durationSeconds)
      problems.clips[i] = `The recording is only ${formatClock(durationSeconds)} long.`;
    else if (clip.end > durationSeconds + 0.5)
      problems.clips[i] = `The clip ends after the recording does (${formatClock(durationSeconds)}).`;
  });
  const order = clips.map((clip, i) => ({ ...clip, i })).sort((a, b) => a.start - b.start);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const cur = order[k];
    if (problems.clips[cur.i] || problems.clips[prev.i]) continue;
    if (cur.start < prev.end)
      problems.clips[cur.i] =
        `This clip overlaps clip ${prev.i + 1} (${formatClock(prev.start)}–${formatClock(prev.end)}).`;
  }
  return problems;
}

export function hasClipProblems(problems: ClipProblems): boolean {
  return problems.list !== null || Object.keys(problems.clips).length > 0;
}

/** Seconds kept by the clips (for "keeps 3 minutes of 45"). */
export function clipsDuration(clips: readonly ClipRange[]): number {
  return clips.reduce((total, c) => total + Math.max(0, c.end - c.start), 0);
}
