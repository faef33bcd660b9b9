import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { DataStore } from '@tus/server';
import type { MediaConfig } from '../config/config.js';

/** Where a recording's bytes live. tus writes the originals (`datastore`); the rest reads, adds, deletes. */
export interface MediaStorage {
  readonly kind: 'disk' | 's3';
  /** The tus datastore that receives uploads (keys are the upload ids). */
  readonly datastore: DataStore;
  /** The object's size in bytes, or null when it is not there. */
  size(key: string): Promise<number | null>;
  /** The bytes `start`..`end` (inclusive) of an object. */
  read(key: string, start: number, end: number): Promise<Readable>;
  /** Stores a local file as `key` (a rendition). */
  put(key: string, file: string, contentType: string): Promise<void>;
  /** A local file with the object's bytes (for ffmpeg) and how to let it go. */
  localCopy(key: string): Promise<{ file: string; release(): Promise<void> }>;
  /** Deletes a recording's every object: the original, tus's bookkeeping and its renditions. */
  deleteAll(id: string): Promise<void>;
}

/** The key of a recording's low-bandwidth rendition. */
export const lowRenditionKey = (id: string) => `${id}.low.mp4`;

/** Recordings as files under DATA_DIR/media (tus's file store: `<id>` and `<id>.json`). */
export class DiskStorage implements MediaStorage {
  readonly kind = 'disk';
  readonly datastore: DataStore;

  constructor(private readonly directory: string) {
    fs.mkdirSync(directory, { recursive: true });
    this.datastore = new FileStore({ directory });
  }

  private file(key: string): string {
    if (!/^[0-9a-f-]{36}(\.low\.mp4)?$/.test(key)) throw new Error(`Not a media key: ${key}`);
    return path.join(this.directory, key);
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await fsp.stat(this.file(key))).size;
    } catch {
      return null;
    }
  }

  read(key: string, start: number, end: number): Promise<Readable> {
    return Promise.resolve(fs.createReadStream(this.file(key), { start, end }));
  }

  async put(key: string, file: string): Promise<void> {
    await fsp.copyFile(file, this.file(key));
  }

  localCopy(key: string): Promise<{ file: string; release(): Promise<void> }> {
    return Promise.resolve({ file: this.file(key), release: () => Promise.resolve() });
  }

  async deleteAll(id: string): Promise<void> {
    const base = this.file(id);
    for (const f of [base, `${base}.json`, this.file(lowRenditionKey(id))]) await fsp.rm(f, { force: true });
  }
}

/**
 * The storage the configuration asks for: S3 when MEDIA_S3_* are set, else DATA_DIR/media. The S3
 * client (a large module tree) is loaded only by a server that stores in S3.
 */
export async function createMediaStorage(config: MediaConfig, dataDir: string): Promise<MediaStorage> {
  if (!config.s3) return new DiskStorage(path.join(dataDir, 'media'));
  const { S3Storage } = await import('./s3-storage.js');
  return new S3Storage(config.s3, path.join(dataDir, 'media-tmp'));
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');
