/**
 * A rural uplink drops part way through a recording's upload (the test's proxy cuts the TCP
 * connection): the tus upload keeps what arrived, resumes from there with only the rest of the
 * bytes, and the stored recording is byte for byte the original.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MediaAsset } from '../../server/src/media/media-asset.entity.js';
import { startCuttingProxy, type CuttingProxy } from '../support/cutting-proxy.js';
import { eventually } from '../support/eventually.js';
import { cycleInTeach } from '../support/debrief-api.js';
import { startServer, type TestServer } from '../support/harness.js';
import { makeClip, mediaIdOf, tusUpload } from '../support/media.js';

describe('a dropped upload resumes with the same bytes', () => {
  let server: TestServer;
  let proxy: CuttingProxy;
  beforeAll(async () => {
    server = await startServer();
    proxy = await startCuttingProxy(server.url);
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });

  it('keeps the bytes sent before the cut and sends only the rest', async () => {
    // A real lesson study in Teach: its teaching teacher uploads.
    const cycle = await cycleInTeach(server);
    const { token } = cycle.teacher;
    const lessonId = cycle.id;
    const clip = makeClip(8, 600);
    expect(clip.length).toBeGreaterThan(50_000);

    // The link goes down after about half of the video has gone out.
    proxy.cutAfter(Math.floor(clip.length / 2));
    const first = await tusUpload(clip, { endpoint: `${proxy.url}/api/uploads`, token, ownerId: lessonId });
    expect(proxy.cut()).toBe(true);
    expect(first.error).not.toBeNull();
    expect(first.url).toMatch(/\/api\/uploads\/[0-9a-f-]{36}$/);
    const id = mediaIdOf(first.url!);
    const uploadUrl = `${server.url}/api/uploads/${id}`;

    // The server kept what arrived before the cut.
    const offset = await eventually(
      async () => {
        const res = await fetch(uploadUrl, {
          method: 'HEAD',
          headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' },
        });
        return Number(res.headers.get('upload-offset') ?? -1);
      },
      (o) => o > 0,
      'the offset after the cut',
    );
    expect(offset).toBeLessThan(clip.length);
    const row = await server.db.getRepository(MediaAsset).findOneByOrFail({ id });
    expect(row.status).toBe('UPLOADING');

    // Resuming sends only the rest (plus a few requests' headers).
    const before = proxy.sent();
    const second = await tusUpload(clip, {
      endpoint: `${proxy.url}/api/uploads`,
      uploadUrl: `${proxy.url}/api/uploads/${id}`,
      token,
      ownerId: lessonId,
    });
    expect(second.error).toBeNull();
    const resent = proxy.sent() - before;
    expect(resent).toBeGreaterThanOrEqual(clip.length - offset);
    expect(resent).toBeLessThan(clip.length - offset + 4096);

    // Stored byte for byte, and READY to play.
    const played = await fetch(`${server.url}/api/media/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(played.status).toBe(200);
    const got = Buffer.from(await played.arrayBuffer());
    expect(got.equals(clip)).toBe(true);
    const done = await server.db.getRepository(MediaAsset).findOneByOrFail({ id });
    expect(done).toMatchObject({ status: 'READY', sizeBytes: clip.length, uploadedById: cycle.teacher.person.user.id });
  });
});
