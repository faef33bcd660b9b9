import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { FileStore } from '@tus/file-store';
import { S3Store } from '@tus/s3-store';
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

/** Recordings in an S3-compatible bucket (tus's S3 store: `<id>`, `<id>.info`, `<id>.part`). */
export class S3Storage implements MediaStorage {
  readonly kind = 's3';
  readonly datastore: DataStore;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(
    s3: NonNullable<MediaConfig['s3']>,
    private readonly tmpDir: string,
  ) {
    const config: S3ClientConfig = {
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: s3.forcePathStyle,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    };
    this.bucket = s3.bucket;
    this.client = new S3Client(config);
    // 5 MB parts: S3's smallest; a dropped upload resumes from the last whole part stored.
    this.datastore = new S3Store({ partSize: 5 * 1024 * 1024, s3ClientConfig: { ...config, bucket: s3.bucket } });
  }

  async size(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? null;
    } catch {
      return null;
    }
  }

  async read(key: string, start: number, end: number): Promise<Readable> {
    const got = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=${start}-${end}` }),
    );
    return got.Body as Readable;
  }

  async put(key: string, file: string, contentType: string): Promise<void> {
    const { size } = await fsp.stat(file);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: fs.createReadStream(file),
        ContentLength: size,
        ContentType: contentType,
      }),
    );
  }

  async localCopy(key: string): Promise<{ file: string; release(): Promise<void> }> {
    await fsp.mkdir(this.tmpDir, { recursive: true });
    const file = path.join(this.tmpDir, `${key}.${process.pid}.tmp`);
    const size = (await this.size(key)) ?? 0;
    const body = await this.read(key, 0, Math.max(0, size - 1));
    await fsp.writeFile(file, body);
    return { file, release: () => fsp.rm(file, { force: true }) };
  }

  async deleteAll(id: string): Promise<void> {
    const keys = [id, `${id}.info`, `${id}.part`, lowRenditionKey(id)];
    await this.client.send(
      new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
    );
  }
}

/** The storage the configuration asks for: S3 when MEDIA_S3_* are set, else DATA_DIR/media. */
export function createMediaStorage(config: MediaConfig, dataDir: string): MediaStorage {
  return config.s3
    ? new S3Storage(config.s3, path.join(dataDir, 'media-tmp'))
    : new DiskStorage(path.join(dataDir, 'media'));
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');
