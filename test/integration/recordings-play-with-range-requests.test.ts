/**
 * A recording plays the way a <video> element asks for it: HTTP range requests (206 with
 * Content-Range, 416 for a range past the end, HEAD for the size), shown inline, never cached, and
 * each viewing is audited once (not once per range). Where the server has ffmpeg, a low-bandwidth
 * rendition (about 240p, under 200 kbit/s) plays at ?rendition=low.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { MediaAsset } from '../../server/src/media/media-asset.entity.js';
import { RenditionsService } from '../../server/src/media/renditions.service.js';
import { eventually } from '../support/eventually.js';
import { cycleInTeach } from '../support/debrief-api.js';
import { startServer, type TestServer } from '../support/harness.js';
import { getMedia, hasFfmpeg, makeClip, mediaIdOf, RECORDINGS, tempDataDir, tusUpload } from '../support/media.js';

describe('recordings play with range requests', () => {
  let server: TestServer;
  let dataDir: string;
  let clip: Buffer;
  let id: string;
  let token: string;
  let colleagueToken: string;
  let lessonId: string;
  let colleagueId: string;
  let teacherName: string;

  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startServer({ DATA_DIR: dataDir });
    // A real lesson study in Teach: its teaching teacher uploads, an observer from the other school watches.
    const cycle = await cycleInTeach(server);
    colleagueId = cycle.observer.person.user.id;
    token = cycle.teacher.token;
    teacherName = cycle.teacher.person.user.displayName;
    colleagueToken = cycle.observer.token;
    lessonId = cycle.id;
    clip = makeClip(6, 500);
    const r = await tusUpload(clip, {
      endpoint: `${server.url}/api/uploads`,
      token,
      ownerId: lessonId,
      filename: 'Locked box, period 3.webm',
    });
    expect(r.error).toBeNull();
    id = mediaIdOf(r.url!);
  });
  afterAll(async () => {
    await server.app.get(RenditionsService, { strict: false }).settled();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers ranges with 206 and the exact bytes', async () => {
    const first = await getMedia(server.url, id, { token: colleagueToken, range: 'bytes=0-99' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${clip.length}`);
    expect(first.headers.get('content-length')).toBe('100');
    expect(first.headers.get('accept-ranges')).toBe('bytes');
    expect(first.headers.get('content-type')).toBe('video/webm');
    expect(first.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('Locked box, period 3.webm')}`,
    );
    expect(first.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await first.arrayBuffer()).equals(clip.subarray(0, 100))).toBe(true);

    const middle = await getMedia(server.url, id, { token: colleagueToken, range: 'bytes=1000-' });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 1000-${clip.length - 1}/${clip.length}`);
    expect(Buffer.from(await middle.arrayBuffer()).equals(clip.subarray(1000))).toBe(true);

    const suffix = await getMedia(server.url, id, { token: colleagueToken, range: 'bytes=-50' });
    expect(suffix.status).toBe(206);
    expect(Buffer.from(await suffix.arrayBuffer()).equals(clip.subarray(clip.length - 50))).toBe(true);
  });

  it('answers the whole file without a range, the size to HEAD, and 416 past the end', async () => {
    const whole = await getMedia(server.url, id, { token: colleagueToken });
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer()).equals(clip)).toBe(true);

    const head = await getMedia(server.url, id, { token: colleagueToken, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(clip.length));
    expect(head.headers.get('accept-ranges')).toBe('bytes');
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    const past = await getMedia(server.url, id, { token: colleagueToken, range: `bytes=${clip.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${clip.length}`);

    // A malformed range is ignored: the whole file.
    const malformed = await getMedia(server.url, id, { token: colleagueToken, range: 'bytes=abc' });
    expect(malformed.status).toBe(200);
    expect(Number(malformed.headers.get('content-length'))).toBe(clip.length);
    await malformed.arrayBuffer();
  });

  it('audits one viewing per person, not one per range request', async () => {
    const views = await server.db
      .getRepository(AuditEvent)
      .findBy({ action: 'media.view', targetId: id, actorId: colleagueId });
    expect(views).toHaveLength(1);
    expect(views[0]!.data).toMatchObject({ ownerKind: 'LESSON_STUDY', ownerId: lessonId, rendition: 'original' });
    // The uploader's own first viewing is a viewing too.
    await (await getMedia(server.url, id, { token, range: 'bytes=0-10' })).arrayBuffer();
    expect(await server.db.getRepository(AuditEvent).countBy({ action: 'media.view', targetId: id })).toBe(2);
    expect(await server.db.getRepository(AuditEvent).countBy({ action: 'media.upload', targetId: id })).toBe(1);
  });

  it('lists the recording for the people taking part', async () => {
    const r = await server.gql<{ recordings: Record<string, unknown>[] }>(
      RECORDINGS,
      { k: 'LESSON_STUDY', o: lessonId },
      { token: colleagueToken },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordings).toEqual([
      expect.objectContaining({
        id,
        filename: 'Locked box, period 3.webm',
        sizeBytes: clip.length,
        status: 'READY',
        uploadedByName: teacherName,
        mine: false,
        deletesAt: null,
      }),
    ]);
  });

  it('plays a low-bandwidth rendition under 200 kbit/s where ffmpeg is installed, else the original', async () => {
    if (!hasFfmpeg()) {
      await server.app.get(RenditionsService, { strict: false }).settled();
      const row = await server.db.getRepository(MediaAsset).findOneByOrFail({ id });
      expect(row.hasLowRendition).toBe(false);
      const original = await getMedia(server.url, id, { token: colleagueToken, query: '?rendition=low' });
      expect(original.headers.get('content-type')).toBe('video/webm');
      expect(Buffer.from(await original.arrayBuffer()).equals(clip)).toBe(true);
      return;
    }
    const row = await eventually(
      () => server.db.getRepository(MediaAsset).findOneByOrFail({ id }),
      (a) => a.renditionAttemptedAt !== null,
      'the low rendition',
      60_000,
    );
    expect(row.hasLowRendition).toBe(true);
    expect(row.durationSeconds).toBeCloseTo(6, 0);
    const low = await getMedia(server.url, id, { token: colleagueToken, query: '?rendition=low' });
    expect(low.status).toBe(200);
    expect(low.headers.get('content-type')).toBe('video/mp4');
    const bytes = Buffer.from(await low.arrayBuffer());
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    const kbps = (bytes.length * 8) / 1000 / row.durationSeconds!;
    expect(kbps).toBeLessThan(200);
    const ranged = await getMedia(server.url, id, {
      token: colleagueToken,
      query: '?rendition=low',
      range: 'bytes=10-19',
    });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(bytes.subarray(10, 20))).toBe(true);
    const listed = await server.gql<{ recordings: { hasLowRendition: boolean; durationSeconds: number }[] }>(
      RECORDINGS,
      { k: 'LESSON_STUDY', o: lessonId },
      { token: colleagueToken },
    );
    expect(listed.data!.recordings[0]).toMatchObject({ hasLowRendition: true });
    expect(listed.data!.recordings[0]!.durationSeconds).toBeCloseTo(6, 0);
  });
});
