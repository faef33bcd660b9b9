import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { every, runExclusive } from '../common/exclusive-job.js';
import { MediaAsset } from './media-asset.entity.js';
import { lowRenditionKey, MEDIA_STORAGE, type MediaStorage } from './media-storage.js';

const run = promisify(execFile);

/**
 * ffmpeg's arguments for the low-bandwidth rendition: 240 lines high, H.264 at about 150 kbit/s
 * and mono AAC at 32 kbit/s (under 200 kbit/s together, so it plays on a 400 kbit/s link with room
 * to spare), `faststart` so playback starts before the whole file has arrived.
 */
export const LOW_RENDITION_ARGS = [
  '-vf',
  'scale=-2:240',
  '-c:v',
  'libx264',
  '-preset',
  'veryfast',
  '-b:v',
  '150k',
  '-maxrate',
  '160k',
  '-bufsize',
  '320k',
  '-c:a',
  'aac',
  '-b:a',
  '32k',
  '-ac',
  '1',
  '-movflags',
  '+faststart',
];

/**
 * Low-bandwidth renditions, where the server has `ffmpeg` (optional: detected once; without it
 * recordings play as uploaded). One process at a time transcodes (an exclusive job), one recording
 * after the other; each is tried once (`renditionAttemptedAt`). A finished upload starts it; a
 * ten-minute timer picks up what a stopped process left.
 */
@Injectable()
export class RenditionsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Renditions');
  private ffmpeg: Promise<boolean> | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private again = false;
  private busy = false;
  private closed = false;
  private stop = () => {};

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  /** Whether `ffmpeg` is on PATH (asked once). */
  hasFfmpeg(): Promise<boolean> {
    this.ffmpeg ??= run('ffmpeg', ['-version']).then(
      () => true,
      () => false,
    );
    return this.ffmpeg;
  }

  /** Starts (or queues one more pass of) the renditions of finished recordings, in the background. */
  kick(): void {
    if (this.closed) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    this.running = this.pass()
      .catch((e: Error) => this.logger.warn(`Low renditions: ${e.message}`))
      .finally(() => {
        this.busy = false;
        if (this.again && !this.closed) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when the renditions under way are done (tests; shutdown). */
  settled(): Promise<unknown> {
    return this.running;
  }

  /** Every ten minutes, renditions a process missed (it stopped half way, or another held the lock). */
  onModuleInit(): void {
    this.stop = every(10 * 60 * 1000, this.logger, () => {
      this.kick();
      return Promise.resolve();
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stop();
    this.closed = true;
    await this.running;
  }

  /** Makes renditions one at a time, each in its own locked transaction; retries soon when another process holds the lock. */
  private async pass(): Promise<void> {
    if (!(await this.hasFfmpeg())) return;
    while (!this.closed) {
      const did = await runExclusive(this.db, 'mediaRenditions', (m) => this.one(m));
      if (did === false) return;
      if (did === null) {
        setTimeout(() => this.kick(), 2000).unref();
        return;
      }
    }
  }

  /** The rendition of the oldest finished recording without one; false when there is none. */
  private async one(m: EntityManager): Promise<boolean> {
    const next = await m.findOne(MediaAsset, {
      where: { status: 'READY', renditionAttemptedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    if (!next) return false;
    const made = await this.transcode(next).catch((e: Error) => {
      this.logger.warn(`No low rendition for recording ${next.id}: ${e.message.split('\n')[0]}`);
      return {};
    });
    const kept = await m.update(
      MediaAsset,
      { id: next.id, status: 'READY' },
      { ...made, renditionAttemptedAt: new Date() },
    );
    // Deleted while it was being transcoded: its rendition goes too.
    if (!kept.affected) await this.storage.deleteAll(next.id);
    return true;
  }

  private async transcode(asset: MediaAsset): Promise<Partial<MediaAsset>> {
    const input = await this.storage.localCopy(asset.storageKey);
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'switchback-rendition-'));
    const out = path.join(dir, 'low.mp4');
    try {
      const { stderr } = await run(
        'ffmpeg',
        ['-hide_banner', '-nostdin', '-y', '-i', input.file, ...LOW_RENDITION_ARGS, out],
        {
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      await this.storage.put(lowRenditionKey(asset.id), out, 'video/mp4');
      return { hasLowRendition: true, durationSeconds: durationOf(stderr) };
    } finally {
      await input.release();
      await fsp.rm(dir, { recursive: true, force: true });
    }
  }
}

/** The input's length from ffmpeg's report (`Duration: 00:01:02.50`), or null. */
export function durationOf(report: string): number | null {
  const m = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(report);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}
