/**
 * With MEDIA_S3_* set, recordings live in an S3-compatible bucket (a real S3 server in this process,
 * test/support/s3-server.ts): a tus upload sent in two pieces is stored there, plays with range
 * requests, gets its low rendition beside it where ffmpeg is installed, and deleting it removes
 * every object of it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { MediaAsset } from '../../server/src/media/media-asset.entity.js';
import { eventually } from '../support/eventually.js';
import { cycleInTeach } from '../support/debrief-api.js';
import { startServer, type TestServer } from '../support/harness.js';
import {
  DELETE_RECORDING,
  FIXTURE_CLIP,
  getMedia,
  hasFfmpeg,
  mediaIdOf,
  tempDataDir,
  tusUpload,
} from '../support/media.js';
import { startTestS3, type TestS3 } from '../support/s3-server.js';

describe('recordings in S3: upload, play and delete', () => {
  let s3: TestS3;
  let server: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    s3 = await startTestS3();
    dataDir = tempDataDir();
    server = await startServer({
      DATA_DIR: dataDir,
      MEDIA_S3_ENDPOINT: s3.endpoint,
      MEDIA_S3_BUCKET: s3.bucket,
      MEDIA_S3_ACCESS_KEY_ID: 'test',
      MEDIA_S3_SECRET_ACCESS_KEY: 'test',
    });
  });
  afterAll(async () => {
    await server.close();
    await s3.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores the upload in the bucket, plays ranges from it and deletes every object', async () => {
    // A real lesson study in Teach: its teaching teacher uploads.
    const cycle = await cycleInTeach(server);
    const { token } = cycle.teacher;
    const lessonId = cycle.id;
    const clip = fs.readFileSync(FIXTURE_CLIP);

    const r = await tusUpload(clip, {
      endpoint: `${server.url}/api/uploads`,
      token,
      ownerId: lessonId,
      chunkSize: Math.ceil(clip.length / 2),
    });
    expect(r.error).toBeNull();
    const id = mediaIdOf(r.url!);
    expect(await s3.keys()).toEqual(expect.arrayContaining([id, `${id}.info`]));
    // Nothing on disk: the bucket has it all.
    expect(fs.existsSync(`${dataDir}/media/${id}`)).toBe(false);

    const ranged = await getMedia(server.url, id, { token, range: 'bytes=100-1099' });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 100-1099/${clip.length}`);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(clip.subarray(100, 1100))).toBe(true);
    const whole = await getMedia(server.url, id, { token });
    expect(Buffer.from(await whole.arrayBuffer()).equals(clip)).toBe(true);

    const row = await eventually(
      () => server.db.getRepository(MediaAsset).findOneByOrFail({ id }),
      (a) => !hasFfmpeg() || a.renditionAttemptedAt !== null,
      'the low rendition',
      60_000,
    );
    expect(row.hasLowRendition).toBe(hasFfmpeg());
    if (hasFfmpeg()) {
      expect(await s3.keys()).toContain(`${id}.low.mp4`);
      const low = await getMedia(server.url, id, { token, query: '?rendition=low', range: 'bytes=4-7' });
      expect(low.status).toBe(206);
      expect(Buffer.from(await low.arrayBuffer()).toString('latin1')).toBe('ftyp');
    }

    const deleted = await server.gql(DELETE_RECORDING, { id }, { token });
    expect(deleted.data).toEqual({ deleteRecording: true });
    expect((await s3.keys()).filter((k) => k.startsWith(id))).toEqual([]);
    expect((await getMedia(server.url, id, { token })).status).toBe(404);
  });
});
