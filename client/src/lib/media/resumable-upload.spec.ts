import { describe, expect, it } from '@jest/globals';
import { uploadFingerprint, videoType } from './resumable-upload';

describe('videoType', () => {
  it("keeps the device's type, else takes it from the extension", () => {
    expect(videoType({ name: 'a.webm', type: 'video/mp4' })).toBe('video/mp4');
    expect(videoType({ name: 'Lesson.MOV', type: '' })).toBe('video/quicktime');
    expect(videoType({ name: 'clip.m4v', type: '' })).toBe('video/mp4');
    expect(videoType({ name: 'notes.txt', type: '' })).toBe('application/octet-stream');
  });
});

describe('uploadFingerprint', () => {
  const target = { ownerKind: 'LESSON_STUDY' as const, ownerId: 'cycle-1' };
  const file = (bytes: number[], name = 'lesson.mp4') =>
    new File([new Uint8Array(bytes)], name, { type: 'video/mp4', lastModified: 1_700_000_000_000 });

  it('is the same for the same file picked again, so a reload finds the upload', async () => {
    expect(await uploadFingerprint(file([1, 2, 3]), target)).toBe(await uploadFingerprint(file([1, 2, 3]), target));
  });

  it('differs for another owner and for other bytes of the same name, size and date', async () => {
    const one = await uploadFingerprint(file([1, 2, 3]), target);
    expect(await uploadFingerprint(file([1, 2, 3]), { ...target, ownerId: 'cycle-2' })).not.toBe(one);
    expect(await uploadFingerprint(file([1, 2, 4]), target)).not.toBe(one);
    expect(one.startsWith('switchback:LESSON_STUDY:cycle-1:lesson.mp4:3:1700000000000:')).toBe(true);
  });
});
