import { describe, expect, it } from '@jest/globals';
import { interruptedUploads } from './interrupted-uploads';

function storage(entries: Record<string, string>) {
  const keys = Object.keys(entries);
  return { length: keys.length, key: (i: number) => keys[i] ?? null, getItem: (k: string) => entries[k] ?? null };
}

describe('interruptedUploads', () => {
  const target = { ownerKind: 'LESSON_STUDY' as const, ownerId: 'cycle-1' };
  const entry = (filename: string, creationTime: string) =>
    JSON.stringify({ size: 1_500_000, metadata: { filename }, creationTime, uploadUrl: '/api/uploads/x' });

  it("finds this owner's unfinished uploads, newest first, and no one else's", () => {
    const found = interruptedUploads(
      target,
      storage({
        'tus::switchback:LESSON_STUDY:cycle-1:a.mp4:1500000:1:ab::1': entry('a.mp4', '2026-12-01T10:00:00Z'),
        'tus::switchback:LESSON_STUDY:cycle-1:b.mp4:1500000:1:cd::2': entry('b.mp4', '2026-12-02T10:00:00Z'),
        'tus::switchback:LESSON_STUDY:cycle-10:c.mp4:1:1:ef::3': entry('c.mp4', '2026-12-03T10:00:00Z'),
        'tus::switchback:MENTORSHIP:cycle-1:d.mp4:1:1:ef::4': entry('d.mp4', '2026-12-03T10:00:00Z'),
        'other-key': 'x',
      }),
    );
    expect(found.map((f) => f.filename)).toEqual(['b.mp4', 'a.mp4']);
    expect(found[0].size).toBe(1_500_000);
  });

  it('skips entries it cannot read, and works without storage', () => {
    expect(interruptedUploads(target, storage({ 'tus::switchback:LESSON_STUDY:cycle-1:x::1': '{oops' }))).toEqual([]);
    expect(interruptedUploads(target, null)).toEqual([]);
  });
});
