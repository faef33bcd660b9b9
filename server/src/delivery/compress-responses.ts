import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/** Responses smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Compresses dynamic answers worth it (GraphQL and REST JSON, CSV, .ics, Markdown) with the `compression`
 * middleware: Brotli (quality 4) or gzip, as the request allows, from 1 KB. It leaves alone what is
 * compressed already: the client's files (precompressed, they carry Content-Encoding), zip and Word
 * downloads and images (types `compressible` does not list). socket.io never reaches Express (its
 * engine answers /socket.io/ first, and compresses long-polling itself); the path check keeps it so.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: COMPRESS_THRESHOLD_BYTES,
    filter: (req: Request, res: Response) => !req.path.startsWith('/socket.io') && compression.filter(req, res),
  });
}
