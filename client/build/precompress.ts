import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Build-time precompression: writes `file.br` (Brotli, quality 11) and `file.gz` (gzip -9) next to every
 * text file of the client build, so the server sends compressed bytes without compressing on each
 * request (see docs/deployment.md). The server picks the variant from the request's Accept-Encoding.
 *
 * A small plugin of our own rather than vite-plugin-compression2: that one compresses inside the
 * generateBundle hook of Vite's manifest plugin, so the service worker (emitted later, in a `post`
 * generateBundle) would stay uncompressed and the `.br`/`.gz` files would join the bundle the worker
 * lists for its cache. This one runs on the written files, after everything is emitted.
 */

/** Text formats worth compressing; images other than SVG, fonts and archives are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;
/** Below this, the saved bytes do not pay for a second request header's worth of work. */
export const MIN_BYTES = 1024;
/** Never compressed, because never served: Vite's build manifest (read by scripts/check-budget.mjs). */
const PRIVATE_DIRS = new Set(['.vite']);

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export interface Precompressed {
  /** Path relative to the directory that was compressed, with `/` separators. */
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export function gzipBytes(data: Buffer): Promise<Buffer> {
  return gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION });
}

export function brotliBytes(data: Buffer): Promise<Buffer> {
  return brotli(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/**
 * Writes `.br` and `.gz` beside one file when it is a text file of at least MIN_BYTES; a variant that
 * would not be smaller is not written. Resolves to the sizes, or null for a file that was skipped.
 */
export async function precompressFile(file: string, root = path.dirname(file)): Promise<Precompressed | null> {
  if (!COMPRESSIBLE.test(file)) return null;
  const data = await fs.readFile(file);
  if (data.length < MIN_BYTES) return null;
  const [gz, br] = await Promise.all([gzipBytes(data), brotliBytes(data)]);
  if (gz.length < data.length) await fs.writeFile(`${file}.gz`, gz);
  if (br.length < data.length) await fs.writeFile(`${file}.br`, br);
  return {
    file: path.relative(root, file).split(path.sep).join('/'),
    raw: data.length,
    gzip: gz.length,
    brotli: br.length,
  };
}

/** Every file under `dir` (not the private ones), precompressed; resolves to what was written. */
export async function precompressDir(dir: string): Promise<Precompressed[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !PRIVATE_DIRS.has(path.relative(dir, f).split(path.sep)[0]));
  const done: Precompressed[] = [];
  // A few at a time: Brotli at quality 11 is CPU-heavy and the libuv pool has four threads.
  for (let i = 0; i < files.length; i += 4) {
    const batch = await Promise.all(files.slice(i, i + 4).map((f) => precompressFile(f, dir)));
    for (const r of batch) if (r) done.push(r);
  }
  return done;
}

/** The Vite plugin: precompresses the output directory once every file (sw.js included) is written. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'switchback-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const started = Date.now();
        const done = await precompressDir(outDir);
        const sum = (k: 'raw' | 'gzip' | 'brotli') => done.reduce((n, r) => n + r[k], 0);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        this.info(
          `precompressed ${done.length} files in ${Date.now() - started} ms: ` +
            `${kb(sum('raw'))} → ${kb(sum('gzip'))} gzip, ${kb(sum('brotli'))} brotli`,
        );
      },
    },
  };
}
