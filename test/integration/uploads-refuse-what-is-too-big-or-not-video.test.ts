/**
 * Uploads that cannot be accepted are refused before a byte is stored, with a sentence a teacher
 * can act on in the response body (tus clients show it): too big for MEDIA_MAX_BYTES (413), not a
 * video (415), the class's recording consent not confirmed (403), a lesson the person may not
 * upload to (404, exactly as for a lesson that does not exist), and nobody signed in (401).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { MediaAsset } from '../../server/src/media/media-asset.entity.js';
import { cycleInTeach } from '../support/debrief-api.js';
import { startServer, type TestServer } from '../support/harness.js';
import { tempDataDir, tusUpload } from '../support/media.js';

const LIMIT = 100_000;

describe('uploads refuse what is too big or not a video', () => {
  let server: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startServer({ MEDIA_MAX_BYTES: String(LIMIT), DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A real lesson study in Teach: its teaching teacher may upload, its observer (other school) only watch. */
  async function lesson() {
    const cycle = await cycleInTeach(server);
    return { lessonId: cycle.id, token: cycle.teacher.token, colleagueToken: cycle.observer.token };
  }

  const refusal = async (r: Awaited<ReturnType<typeof tusUpload>>) => ({
    status: r.error?.originalResponse?.getStatus(),
    body: r.error?.originalResponse?.getBody() ?? '',
  });

  it('refuses a video over the limit with 413 and says what the limit is', async () => {
    const { lessonId, token } = await lesson();
    const r = await tusUpload(Buffer.alloc(LIMIT + 1, 1), {
      endpoint: `${server.url}/api/uploads`,
      token,
      ownerId: lessonId,
    });
    expect(r.url).toBeNull();
    const { status, body } = await refusal(r);
    expect(status).toBe(413);
    expect(body).toContain('at most');
    expect(body).toContain('trim');
    expect(body).not.toMatch(/Error|at .*\.js/);
  });

  it('refuses a file that is not a video with 415', async () => {
    const { lessonId, token } = await lesson();
    for (const filetype of ['application/pdf', 'image/png', 'text/html', '']) {
      const r = await tusUpload(Buffer.from('%PDF-1.4 not a video'), {
        endpoint: `${server.url}/api/uploads`,
        token,
        ownerId: lessonId,
        filetype,
        filename: 'plan.pdf',
      });
      const { status, body } = await refusal(r);
      expect(status).toBe(415);
      expect(body).toContain('MP4, WebM or QuickTime');
    }
  });

  it('refuses an upload whose recording consent is not confirmed with 403', async () => {
    const { lessonId, token } = await lesson();
    for (const consent of ['no', '']) {
      const r = await tusUpload(Buffer.alloc(1000, 1), {
        endpoint: `${server.url}/api/uploads`,
        token,
        ownerId: lessonId,
        consent,
      });
      const { status, body } = await refusal(r);
      expect(status).toBe(403);
      expect(body).toContain('recording consent');
    }
  });

  it('answers 404 alike for an unknown lesson and one the person may only watch', async () => {
    const { lessonId, colleagueToken, token } = await lesson();
    const viewerOnly = await refusal(
      await tusUpload(Buffer.alloc(1000, 1), {
        endpoint: `${server.url}/api/uploads`,
        token: colleagueToken,
        ownerId: lessonId,
      }),
    );
    const unknown = await refusal(
      await tusUpload(Buffer.alloc(1000, 1), { endpoint: `${server.url}/api/uploads`, token, ownerId: randomUUID() }),
    );
    const badKind = await refusal(
      await tusUpload(Buffer.alloc(1000, 1), {
        endpoint: `${server.url}/api/uploads`,
        token,
        ownerId: lessonId,
        ownerKind: 'UNIT',
      }),
    );
    expect(viewerOnly.status).toBe(404);
    expect(unknown).toEqual(viewerOnly);
    expect(badKind).toEqual(viewerOnly);
    // A too-big upload to a lesson one may not upload to still says only "not found".
    const bigElsewhere = await refusal(
      await tusUpload(Buffer.alloc(LIMIT + 1, 1), {
        endpoint: `${server.url}/api/uploads`,
        token,
        ownerId: randomUUID(),
      }),
    );
    expect(bigElsewhere).toEqual(viewerOnly);
  });

  it('refuses anyone signed out with 401, and stores nothing for any refusal', async () => {
    const { lessonId } = await lesson();
    const r = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '1000' },
    });
    expect(r.status).toBe(401);
    expect(await server.db.getRepository(MediaAsset).countBy({ ownerId: lessonId })).toBe(0);
    expect(fs.readdirSync(`${dataDir}/media`)).toEqual([]);
  });

  it('accepts a small video within the limit', async () => {
    const { lessonId, token } = await lesson();
    const r = await tusUpload(Buffer.alloc(5000, 7), {
      endpoint: `${server.url}/api/uploads`,
      token,
      ownerId: lessonId,
      filetype: 'video/mp4',
      filename: 'lesson.mp4',
    });
    expect(r.error).toBeNull();
    const row = await server.db.getRepository(MediaAsset).findOneByOrFail({ ownerId: lessonId });
    expect(row).toMatchObject({ status: 'READY', mimeType: 'video/mp4', filename: 'lesson.mp4', sizeBytes: 5000 });
    expect(row.consentConfirmedAt).toBeInstanceOf(Date);
  });
});
