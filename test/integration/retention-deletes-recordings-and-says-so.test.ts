/**
 * Retention: a lesson study's recordings are deleted MEDIA_RETENTION_DAYS after it closes (files,
 * rendition and tus's bookkeeping), with a `media.delete` audit event that says it was retention;
 * MEDIA_RETENTION_WARNING_DAYS before, its participants are notified once and the warning audited.
 * Open lessons keep theirs. The job runs one process at a time; the test calls it directly.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { MediaAsset } from '../../server/src/media/media-asset.entity.js';
import { RenditionsService } from '../../server/src/media/renditions.service.js';
import { RetentionService } from '../../server/src/media/retention.service.js';
import { Notification } from '../../server/src/notifications/notification.entity.js';
import { ADVANCE_CYCLE, cycleInTeach, SHARE } from '../support/debrief-api.js';
import { startServer, type TestServer } from '../support/harness.js';
import { getMedia, mediaIdOf, RECORDINGS, tempDataDir, tusUpload } from '../support/media.js';

const DAY = 24 * 60 * 60 * 1000;

describe('retention deletes recordings and says so', () => {
  let server: TestServer;
  let dataDir: string;
  const clip = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'classroom-clip.webm'));

  beforeAll(async () => {
    dataDir = tempDataDir();
    server = await startServer({ DATA_DIR: dataDir, MEDIA_RETENTION_DAYS: '30', MEDIA_RETENTION_WARNING_DAYS: '7' });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('warns once, then deletes the files and audits why, and keeps open lessons', async () => {
    // Two real lesson studies in Teach; the teaching teacher of each uploads a recording.
    const cycle = await cycleInTeach(server);
    const { net } = cycle;
    const other = await cycleInTeach(server, { net });
    const closed = cycle.id;
    const open = other.id;
    const participants = [cycle.facilitator, cycle.teacher, cycle.observer, cycle.friend].map((t) => t.person.user.id);
    const upload = async (ownerId: string, token: string) => {
      const r = await tusUpload(clip, { endpoint: `${server.url}/api/uploads`, token, ownerId });
      expect(r.error).toBeNull();
      return mediaIdOf(r.url!);
    };
    const { token } = cycle.teacher;
    const id = await upload(closed, token);
    const kept = await upload(open, other.teacher.token);
    await server.app.get(RenditionsService, { strict: false }).settled();
    // The facilitator closes the first cycle by sharing it; its closing moment is then set to a fixed date.
    for (const to of ['DEBRIEF', 'REVISE', 'SHARE']) {
      const moved = await server.gql(ADVANCE_CYCLE, { id: closed, to }, { token: cycle.facilitator.token });
      expect(moved.errors).toBeUndefined();
    }
    const shared = await server.gql(
      SHARE,
      { input: { lessonStudyId: closed, reflection: 'What we learned.' } },
      { token: cycle.facilitator.token },
    );
    expect(shared.errors).toBeUndefined();
    const closedAt = new Date('2027-01-10T12:00:00Z');
    await server.db.query(`UPDATE lesson_study SET closed_at = $2 WHERE id = $1 AND phase = 'CLOSED'`, [
      closed,
      closedAt,
    ]);
    const retention = server.app.get(RetentionService, { strict: false });
    const media = path.join(dataDir, 'media');

    const listed = await server.gql<{ recordings: { deletesAt: string }[] }>(
      RECORDINGS,
      { k: 'LESSON_STUDY', o: closed },
      { token },
    );
    expect(listed.data!.recordings[0]!.deletesAt).toBe(new Date(closedAt.getTime() + 30 * DAY).toISOString());

    // Before the warning window: nothing.
    expect(await retention.runRetention(new Date(closedAt.getTime() + 22 * DAY))).toEqual({ warned: 0, deleted: 0 });

    // In the window: one warning to each participant, audited; the next run does not repeat it.
    expect(await retention.runRetention(new Date(closedAt.getTime() + 24 * DAY))).toEqual({ warned: 1, deleted: 0 });
    expect(await retention.runRetention(new Date(closedAt.getTime() + 25 * DAY))).toEqual({ warned: 0, deleted: 0 });
    const notes = await server.db
      .getRepository(Notification)
      .findBy({ kind: 'RECORDING_RETENTION', networkId: net.network.id });
    expect(notes.map((n) => n.userId).sort()).toEqual(participants.sort());
    expect(notes[0]!.text).toContain('will be deleted on 2027-02-09');
    const warning = await server.db
      .getRepository(AuditEvent)
      .findBy({ action: 'media.retention_warning', targetId: id });
    expect(warning).toHaveLength(1);
    expect(warning[0]!.data).toMatchObject({ notified: 4, deletesAt: '2027-02-09T12:00:00.000Z' });
    expect(fs.existsSync(path.join(media, id))).toBe(true);

    // Due: the files go, the row says DELETED, the audit log says it was retention.
    const filesBefore = fs.readdirSync(media).filter((f) => f.startsWith(id));
    expect(filesBefore.length).toBeGreaterThanOrEqual(2);
    expect(await retention.runRetention(new Date(closedAt.getTime() + 30 * DAY))).toEqual({ warned: 0, deleted: 1 });
    expect(fs.readdirSync(media).filter((f) => f.startsWith(id))).toEqual([]);
    const row = await server.db.getRepository(MediaAsset).findOneByOrFail({ id });
    expect(row.status).toBe('DELETED');
    expect(row.deletedAt).toBeInstanceOf(Date);
    const deletion = await server.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'media.delete', targetId: id });
    expect(deletion.actorId).toBeNull();
    expect(deletion.data).toMatchObject({ reason: 'retention: 30 days after the lesson study closed' });
    expect((await getMedia(server.url, id, { token })).status).toBe(404);

    // The open lesson's recording is untouched, even years later.
    expect(await retention.runRetention(new Date(closedAt.getTime() + 3000 * DAY))).toEqual({ warned: 0, deleted: 0 });
    expect(fs.existsSync(path.join(media, kept))).toBe(true);
    expect((await server.db.getRepository(MediaAsset).findOneByOrFail({ id: kept })).status).toBe('READY');
  });
});
