import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { startFauxqs, type FauxqsServer } from 'fauxqs';

export interface TestS3 {
  /** The S3 endpoint to give MEDIA_S3_ENDPOINT (path style). */
  endpoint: string;
  bucket: string;
  /** The keys in the bucket. */
  keys(): Promise<string[]>;
  stop(): Promise<void>;
}

interface Part {
  PartNumber: number;
  ETag: string;
  Size: number;
}

/**
 * A real S3-compatible server in this process on port 0: fauxqs (an in-memory S3/SQS/SNS emulator
 * for Node, maintained, AWS-strict by default) behind a thin front that adds the one action tus's S3
 * store needs and fauxqs lacks, ListParts (answered from the UploadPart calls it passed on). Any
 * credentials are accepted.
 */
export async function startTestS3(bucket = 'recordings'): Promise<TestS3> {
  const fauxqs: FauxqsServer = await startFauxqs({ port: 0, logger: false });
  fauxqs.createBucket(bucket);
  const target = new URL(fauxqs.address);
  const uploads = new Map<string, Part[]>();

  const front = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3.local');
    const uploadId = url.searchParams.get('uploadId');
    const partNumber = url.searchParams.get('partNumber');
    if (req.method === 'GET' && uploadId && !partNumber) {
      const parts = uploads.get(uploadId);
      if (!parts) {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>',
        );
        return;
      }
      const key = decodeURIComponent(url.pathname.split('/').slice(2).join('/'));
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
          `<Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId><IsTruncated>false</IsTruncated>` +
          [...parts]
            .sort((a, b) => a.PartNumber - b.PartNumber)
            .map(
              (p) =>
                `<Part><PartNumber>${p.PartNumber}</PartNumber><ETag>${p.ETag}</ETag><Size>${p.Size}</Size>` +
                `<LastModified>${new Date().toISOString()}</LastModified></Part>`,
            )
            .join('') +
          `</ListPartsResult>`,
      );
      return;
    }
    const size = Number(req.headers['x-amz-decoded-content-length'] ?? req.headers['content-length'] ?? 0);
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const ok = (answer.statusCode ?? 500) < 300;
        if (ok && uploadId && req.method === 'POST' && !url.searchParams.has('uploads')) uploads.delete(uploadId);
        if (ok && uploadId && req.method === 'DELETE') uploads.delete(uploadId);
        if (ok && uploadId && partNumber && req.method === 'PUT') {
          const parts = (uploads.get(uploadId) ?? []).filter((p) => p.PartNumber !== Number(partNumber));
          uploads.set(uploadId, [
            ...parts,
            { PartNumber: Number(partNumber), ETag: String(answer.headers.etag), Size: size },
          ]);
        }
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        // A new multipart upload: remember its id once fauxqs has named it.
        if (ok && req.method === 'POST' && url.searchParams.has('uploads')) {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            const id = /<UploadId>([^<]+)<\/UploadId>/.exec(body)?.[1];
            if (id) uploads.set(id, []);
            res.end(body);
          });
          return;
        }
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  const client = new S3Client({
    endpoint: fauxqs.address,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return {
    endpoint,
    bucket,
    async keys() {
      const list = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (list.Contents ?? []).map((o) => o.Key!).sort();
    },
    async stop() {
      client.destroy();
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await fauxqs.stop();
    },
  };
}
