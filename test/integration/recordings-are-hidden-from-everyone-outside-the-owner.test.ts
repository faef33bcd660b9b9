/**
 * Classroom video shows minors: only the people a lesson study (or mentoring pair) names may learn
 * that a recording exists. In a real lesson study in Teach, a member of the cycle's group who takes
 * no part in it, the network's coordinator, a student, another network's coordinator and anyone
 * signed out get exactly what an unknown id gets, on the raw media URL, on tus's HEAD and
 * PATCH of someone's upload, and on the recordings query; deleting is the uploader's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MediaAsset } from '../../server/src/media/media-asset.entity.js';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { cycleInTeach } from '../support/debrief-api.js';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';
import { DELETE_RECORDING, getMedia, mediaIdOf, RECORDINGS, tempDataDir, tusUpload } from '../support/media.js';

describe('recordings are hidden from everyone outside the owner', () => {
  let server: TestServer;
  let dataDir: string;
  const clip = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'classroom-clip.webm'));
  let lessonId: string;
  let id: string;
  let unfinishedUrl: string;
  const tokens: Record<'teacher' | 'observer' | 'outsider' | 'student' | 'otherCoordinator' | 'coordinator', string> =
    {} as never;

  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startServer({ DATA_DIR: dataDir });
    // A real lesson study in Teach: its teaching teacher uploads, its observer (other school) watches;
    // the "outsider" is a member of the cycle's group who takes no part in it.
    const cycle = await cycleInTeach(server);
    const { net } = cycle;
    const other = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const student = await createPerson(server.db, net, 'STUDENT');
    const otherCoordinator = await createPerson(server.db, other, 'COORDINATOR');
    for (const [k, p] of Object.entries({ student, otherCoordinator, coordinator }))
      tokens[k as keyof typeof tokens] = await signIn(server, p.login);
    tokens.teacher = cycle.teacher.token;
    tokens.observer = cycle.observer.token;
    tokens.outsider = cycle.bystander.token;
    lessonId = cycle.id;
    const done = await tusUpload(clip, {
      endpoint: `${server.url}/api/uploads`,
      token: tokens.teacher,
      ownerId: lessonId,
    });
    expect(done.error).toBeNull();
    id = mediaIdOf(done.url!);
    // An upload left half way: created with its length, never sent.
    const created = await fetch(`${server.url}/api/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.teacher}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(clip.length),
        'upload-metadata': [
          ['filename', 'half.webm'],
          ['filetype', 'video/webm'],
          ['ownerKind', 'LESSON_STUDY'],
          ['ownerId', lessonId],
          ['consent', 'yes'],
        ]
          .map(([k, v]) => `${k} ${Buffer.from(v!).toString('base64')}`)
          .join(','),
      },
    });
    expect(created.status).toBe(201);
    unfinishedUrl = new URL(created.headers.get('location')!, server.url).href;
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const answer = async (r: Response) => ({ status: r.status, body: await r.text() });
  const outsiders = ['outsider', 'student', 'otherCoordinator', 'coordinator'] as const;

  it('plays for the people taking part only', async () => {
    for (const who of ['teacher', 'observer'] as const) {
      const r = await getMedia(server.url, id, { token: tokens[who], range: 'bytes=0-9' });
      expect(r.status).toBe(206);
      await r.arrayBuffer();
    }
    const unknown = await answer(await getMedia(server.url, randomUUID(), { token: tokens.observer }));
    expect(unknown.status).toBe(404);
    for (const who of outsiders) {
      expect(await answer(await getMedia(server.url, id, { token: tokens[who] }))).toEqual(unknown);
      expect(await answer(await getMedia(server.url, id, { token: tokens[who], method: 'HEAD' }))).toEqual({
        status: 404,
        body: '',
      });
    }
    expect(await answer(await getMedia(server.url, 'not-an-id', { token: tokens.observer }))).toEqual(unknown);
    // Signed out: "please sign in", the same for a real recording and an unknown id.
    const signedOut = await answer(await getMedia(server.url, id, { token: null }));
    expect(signedOut.status).toBe(401);
    expect(await answer(await getMedia(server.url, randomUUID(), { token: null }))).toEqual(signedOut);
    // Nobody outside watched it.
    const viewers = await server.db.getRepository(AuditEvent).findBy({ action: 'media.view', targetId: id });
    expect(viewers).toHaveLength(2);
  });

  it('lets nobody but the uploader resume (HEAD, PATCH) or download through tus an upload', async () => {
    const head = (token: string | null, url = unfinishedUrl) =>
      fetch(url, {
        method: 'HEAD',
        headers: { 'tus-resumable': '1.0.0', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
    const patch = (token: string | null, url = unfinishedUrl) =>
      fetch(url, {
        method: 'PATCH',
        headers: {
          'tus-resumable': '1.0.0',
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: clip.subarray(0, 100),
      });
    const mine = await head(tokens.teacher);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('upload-offset')).toBe('0');
    const unknownUrl = `${server.url}/api/uploads/${randomUUID()}`;
    const unknownPatch = await answer(await patch(tokens.teacher, unknownUrl));
    expect(unknownPatch.status).toBe(404);
    for (const who of ['observer', ...outsiders] as const) {
      expect((await head(tokens[who])).status).toBe(404);
      expect(await answer(await patch(tokens[who]))).toEqual(unknownPatch);
    }
    expect((await head(null)).status).toBe(401);
    expect((await patch(null)).status).toBe(401);
    // Nothing arrived from anyone else.
    expect((await head(tokens.teacher)).headers.get('upload-offset')).toBe('0');
    // tus's own download (GET) and termination (DELETE) are not offered, not even to the uploader.
    for (const method of ['GET', 'DELETE']) {
      const r = await fetch(`${server.url}/api/uploads/${id}`, {
        method,
        headers: { authorization: `Bearer ${tokens.teacher}`, 'tus-resumable': '1.0.0' },
      });
      expect(r.status).toBe(404);
    }
  });

  it('hides the recordings list and refuses deletion to all but the uploader', async () => {
    const list = (who: keyof typeof tokens, ownerId = lessonId) =>
      server.gql<{ recordings: { id: string; status: string }[] }>(
        RECORDINGS,
        { k: 'LESSON_STUDY', o: ownerId },
        { token: tokens[who] },
      );
    const seen = await list('observer');
    expect(seen.data!.recordings.map((r) => r.id)).toEqual([id]);
    // The teacher also sees their own unfinished upload.
    expect((await list('teacher')).data!.recordings.map((r) => r.status)).toEqual(['READY', 'UPLOADING']);
    const unknown = await list('observer', randomUUID());
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    for (const who of outsiders) {
      const r = await list(who);
      expect(errorCode(r)).toBe('NOT_FOUND');
      expect(r.errors![0]!.message).toBe(unknown.errors![0]!.message);
      expect(errorCode(await server.gql(DELETE_RECORDING, { id }, { token: tokens[who] }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await server.gql(RECORDINGS, { k: 'LESSON_STUDY', o: lessonId }))).toBe('UNAUTHENTICATED');
    const byObserver = await server.gql(DELETE_RECORDING, { id }, { token: tokens.observer });
    expect(errorCode(byObserver)).toBe('FORBIDDEN');
    expect(byObserver.errors![0]!.message).toBe('Only the person who uploaded this recording can delete it.');

    const deleted = await server.gql<{ deleteRecording: boolean }>(DELETE_RECORDING, { id }, { token: tokens.teacher });
    expect(deleted.data).toEqual({ deleteRecording: true });
    expect(fs.existsSync(path.join(dataDir, 'media', id))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'media', `${id}.json`))).toBe(false);
    expect((await getMedia(server.url, id, { token: tokens.teacher })).status).toBe(404);
    expect(await server.db.getRepository(MediaAsset).findOneByOrFail({ id })).toMatchObject({ status: 'DELETED' });
    const audit = await server.db.getRepository(AuditEvent).findOneByOrFail({ action: 'media.delete', targetId: id });
    expect(audit.data).toMatchObject({ reason: 'deleted by a participant' });
    expect(errorCode(await server.gql(DELETE_RECORDING, { id }, { token: tokens.teacher }))).toBe('NOT_FOUND');
  });
});
