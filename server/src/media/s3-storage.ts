import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { S3Store } from '@tus/s3-store';
import type { DataStore } from '@tus/server';
import type { MediaConfig } from '../config/config.js';
import { lowRenditionKey, type MediaStorage } from './media-storage.js';

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
