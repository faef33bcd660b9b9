import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { precompressDir } from '../../client/build/precompress.js';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { createClass, createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';

/**
 * The server sends the client's files precompressed (Brotli, else gzip, else as they are), with the
 * caching that lets a returning browser skip them: hashed built files forever, the page and the service
 * worker checked on every visit. A small build of our own, precompressed by the build's own function;
 * the server is the real one. Node's http (not fetch, which would decode) shows the bytes as sent.
 */

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decode(a: Answer): Buffer {
  const encoding = a.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(a.body);
  if (encoding === 'gzip') return zlib.gunzipSync(a.body);
  return a.body;
}

const BR = { 'accept-encoding': 'gzip, deflate, br' };
const GZIP = { 'accept-encoding': 'gzip' };
const NONE = {};
const ASSET = 'assets/app-Dx4k9Q2a.js';

describe('client files are compressed and cached right', () => {
  let dist: string;
  let server: TestServer;
  const original: Record<string, Buffer> = {};

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-dist-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      fs.writeFileSync(path.join(dist, file), text);
      original[file] = Buffer.from(text);
    };
    const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
    write(
      'index.html',
      `<!doctype html><html lang="en"><head><title>Switchback</title>` +
        `<script type="module" src="/${ASSET}"></script>\n` +
        lines(30, (i) => `<link rel="modulepreload" crossorigin href="/assets/chunk${i}-Ab12Cd34.js">`) +
        `</head><body><div id="root"></div></body></html>`,
    );
    write(
      'sign-in.html',
      original['index.html']
        .toString()
        .replace(
          '<div id="root"></div>',
          `<div id="root"><form method="post" action="/api/sign-in"><input type="hidden" name="next" ` +
            `value="__SIGN_IN_NEXT__"><!--sign-in-error--><input name="login"></form></div>`,
        ),
    );
    write(
      ASSET,
      lines(400, (i) => `export const value${i} = { id: ${i}, label: 'item number ${i}' };`),
    );
    write(
      'sw.js',
      lines(60, (i) => `self.addEventListener('message', () => console.log('worker line ${i}'));`),
    );
    write(
      'favicon.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
    );
    write('.vite/chunk-graph.json', JSON.stringify({ chunks: { [ASSET]: { isEntry: true } } }));
    const written = await precompressDir(dist);
    expect(written.map((w) => w.file).sort()).toEqual([
      'assets/app-Dx4k9Q2a.js',
      'index.html',
      'sign-in.html',
      'sw.js',
    ]);
    server = await startServer({}, { clientDist: dist });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends a hashed built file as Brotli, gzip or itself, each decoding to the file, cached for a year', async () => {
    for (const [accept, encoding] of [
      [BR, 'br'],
      [GZIP, 'gzip'],
      [NONE, undefined],
    ] as const) {
      const a = await get(`${server.url}/${ASSET}`, accept);
      expect(a.status).toBe(200);
      expect(a.headers['content-encoding']).toBe(encoding);
      expect(a.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/i);
      expect(a.headers.vary).toMatch(/Accept-Encoding/i);
      expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // A real HTTP date, not in the future.
      expect(Date.parse(a.headers['last-modified']!)).toBeLessThanOrEqual(Date.now());
      expect(decode(a).equals(original[ASSET])).toBe(true);
      if (encoding) expect(a.body.length).toBeLessThan(original[ASSET].length / 3);
    }
  });

  it('answers a revalidation with 304, and each encoding has its own ETag', async () => {
    const br = await get(`${server.url}/${ASSET}`, BR);
    const gz = await get(`${server.url}/${ASSET}`, GZIP);
    expect(br.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(gz.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(br.headers.etag).not.toBe(gz.headers.etag);
    const again = await get(`${server.url}/${ASSET}`, { ...BR, 'if-none-match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const page = await get(`${server.url}/index.html`, BR);
    const pageAgain = await get(`${server.url}/index.html`, { ...BR, 'if-none-match': page.headers.etag! });
    expect(pageAgain.status).toBe(304);
  });

  it('sends the page, a client route and the service worker compressed and revalidated on every visit', async () => {
    for (const [url, file] of [
      ['/index.html', 'index.html'],
      ['/n/x/library', 'index.html'],
      ['/sw.js', 'sw.js'],
    ]) {
      for (const [accept, encoding] of [
        [BR, 'br'],
        [GZIP, 'gzip'],
        [NONE, undefined],
      ] as const) {
        const a = await get(server.url + url, accept);
        expect({ url, status: a.status, encoding: a.headers['content-encoding'] }).toEqual({
          url,
          status: 200,
          encoding,
        });
        expect(a.headers['cache-control']).toBe('no-cache');
        expect(a.headers.vary).toMatch(/Accept-Encoding/i);
        expect(a.headers.etag).toMatch(/^(W\/)?"[^"]+"$/);
        expect(decode(a).equals(original[file])).toBe(true);
      }
    }
    const page = await get(`${server.url}/n/x/library`, BR);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });

  it('fills in the sign-in page per request, compressed and revalidated, and sends a newcomer at / there', async () => {
    const root = await get(`${server.url}/`, BR);
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/sign-in');
    for (const [accept, encoding] of [
      [BR, 'br'],
      [GZIP, 'gzip'],
      [NONE, undefined],
    ] as const) {
      const a = await get(`${server.url}/sign-in?next=%2Fn%2Fx%2Flibrary`, accept);
      expect(a.status).toBe(200);
      expect(a.headers['content-encoding']).toBe(encoding);
      expect(a.headers['content-type']).toMatch(/^text\/html/);
      expect(a.headers['cache-control']).toBe('no-cache');
      expect(a.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decode(a).toString()).toContain('name="next" value="/n/x/library"');
    }
  });

  it('sends small files as they are, for an hour, and never the build notes or a page for a missing chunk', async () => {
    const icon = await get(`${server.url}/favicon.svg`, BR);
    expect(icon.status).toBe(200);
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    expect(icon.body.equals(original['favicon.svg'])).toBe(true);
    for (const url of ['/.vite/chunk-graph.json', '/assets/missing-Ab12Cd34.js']) {
      const a = await get(server.url + url, BR);
      expect({ url, status: a.status }).toEqual({ url, status: 404 });
      expect(a.body.toString()).not.toContain('chunks');
      expect(a.body.toString()).not.toContain('<div id="root">');
    }
  });

  it('leaves school-account sign-in, the LMS routes and the key set to the server, never the app page', async () => {
    for (const url of ['/auth/oidc/google/start', '/auth/oidc/google/callback?state=x&code=y', '/lti/login']) {
      const a = await get(server.url + url, BR);
      expect({ url, page: decode(a).toString().includes('<div id="root">') }).toEqual({ url, page: false });
    }
    // Google is not configured on this server: the start sends the person back to sign-in, saying so.
    const start = await get(`${server.url}/auth/oidc/google/start`, BR);
    expect([start.status, start.headers.location]).toEqual([303, '/sign-in?oidc=not-configured']);
    const keys = await get(`${server.url}/.well-known/jwks.json`, BR);
    expect(JSON.parse(decode(keys).toString())).toMatchObject({ keys: [expect.objectContaining({ kty: 'RSA' })] });
  });

  it('compresses a large GraphQL answer, and leaves a small one as it is', async () => {
    const post = (query: string, accept: Record<string, string>) =>
      get(
        `${server.url}/graphql`,
        { 'content-type': 'application/json', ...accept },
        'POST',
        JSON.stringify({ query }),
      );
    const large = '{ __schema { types { name kind fields { name } } } }';
    const gz = await post(large, GZIP);
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
    const json = JSON.parse(decode(gz).toString()) as { data: { __schema: { types: unknown[] } } };
    expect(json.data.__schema.types.length).toBeGreaterThan(50);
    expect(gz.body.length).toBeLessThan(decode(gz).length / 3);
    const br = await post(large, BR);
    expect(br.headers['content-encoding']).toBe('br');
    expect(decode(br).toString()).toBe(decode(gz).toString());
    const plain = await post(large, NONE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(decode(gz).toString());
    const small = await post('{ __typename }', BR);
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('compresses a CSV export, and never compresses a zip download again', async () => {
    const net = await createNetwork(server.db);
    const coordinator = await createPerson(server.db, net, 'COORDINATOR');
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const student = await createPerson(server.db, net, 'STUDENT');
    await createClass(server.db, net, teacher, [student]);
    await server.db.getRepository(AuditEvent).save(
      Array.from({ length: 40 }, (_, i) => ({
        networkId: net.network.id,
        actorId: coordinator.user.id,
        action: 'member.role',
        targetType: 'membership',
        targetId: teacher.membership.id,
        data: { from: 'TEACHER', to: 'ADMINISTRATOR', note: `change ${i}` },
      })),
    );
    const auth = { authorization: `Bearer ${await signIn(server, coordinator.login)}`, 'x-forwarded-for': server.ip };
    const csv = await get(`${server.url}/api/networks/${net.network.id}/audit.csv`, { ...auth, ...BR });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-encoding']).toBe('br');
    expect(
      decode(csv)
        .toString()
        .split('\n')
        .filter((l) => l.includes('member.role')),
    ).toHaveLength(40);
    const zip = await get(`${server.url}/api/networks/${net.network.id}/students/${student.user.id}/export.zip`, {
      ...auth,
      ...BR,
    });
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toMatch(/^application\/zip/);
    expect(zip.headers['content-encoding']).toBeUndefined();
    expect(zip.body.subarray(0, 2).toString()).toBe('PK');
  });
});
