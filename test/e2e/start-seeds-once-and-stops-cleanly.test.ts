import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../server/src/database/embedded-postgres.js';
import { REPO_ROOT } from '../../server/src/config/config.js';

const MAIN = path.join(REPO_ROOT, 'server/dist/main.js');

/** The Node flags `npm start` gives the server (root package.json), so this test runs it the same way. */
function startFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const match = /\bnode((?: --[\w=-]+)*) server\/dist\/main\.js/.exec(pkg.scripts.start);
  if (!match) throw new Error(`npm start does not run server/dist/main.js: ${pkg.scripts.start}`);
  return match[1].split(' ').filter(Boolean);
}

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
  readyMs: number;
}

/** Runs the built server as `npm start` does and resolves when it prints that it is ready. */
async function start(dataDir: string): Promise<Started> {
  const port = await freePort();
  const began = Date.now();
  // As `npm start` runs it: no NODE_ENV (jest sets "test"), so the server's own default applies.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;
  const child = spawn(process.execPath, [...startFlags(), MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`not ready within 60 s:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('Switchback is ready at')) {
        clearTimeout(deadline);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      reject(new Error(`exited with ${code} before ready:\n${out}`));
    });
  });
  return { child, output: () => out, url: `http://127.0.0.1:${port}`, readyMs: Date.now() - began };
}

async function stop(s: Started): Promise<number | null> {
  s.child.removeAllListeners('exit');
  const exited = new Promise<number | null>((resolve) => s.child.on('exit', (code) => resolve(code)));
  s.child.kill('SIGINT');
  return exited;
}

async function signInAs(url: string, login: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(input: { login: "${login}@demo.switchback.local", password: "switchback" }) { token } }`,
    }),
  });
  const body = (await res.json()) as { data: { signIn: { token: string } } };
  return body.data.signIn.token;
}

const signInCoordinator = (url: string) => signInAs(url, 'coordinator');

/**
 * The demo lesson study's clip was put into the recordings storage (DATA_DIR/media, no ffmpeg
 * needed) and plays with range requests for an observer of the cycle; a teacher outside it gets 404.
 */
async function expectTheDemoClipPlays(url: string, dataDir: string): Promise<void> {
  const stored = fs.readdirSync(path.join(dataDir, 'media')).filter((f) => /^[0-9a-f-]{36}$/.test(f));
  expect(stored).toHaveLength(1);
  const shipped = fs.readFileSync(path.join(REPO_ROOT, 'server/assets/demo/locked-box-clip.webm'));
  const play = (token: string) =>
    fetch(`${url}/api/media/${stored[0]}`, { headers: { authorization: `Bearer ${token}`, range: 'bytes=0-99' } });
  const observer = await play(await signInAs(url, 'sam.peters'));
  expect(observer.status).toBe(206);
  expect(observer.headers.get('content-range')).toBe(`bytes 0-99/${shipped.length}`);
  expect(Buffer.from(await observer.arrayBuffer()).equals(shipped.subarray(0, 100))).toBe(true);
  expect((await play(await signInAs(url, 'ruth.okada'))).status).toBe(404);
}

async function schoolCount(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ network(slug: "nw-rural-demo") { name schools { id } } }' }),
  });
  const body = (await res.json()) as { data: { network: { schools: unknown[] } } };
  return body.data.network.schools.length;
}

/** Development tools are off: no schema introspection, no GraphiQL page. */
async function expectProductionMode(url: string): Promise<void> {
  const introspection = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
  });
  const body = (await introspection.json()) as { data?: unknown; errors?: { message: string }[] };
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
  expect((await page.text()).toLowerCase()).not.toContain('graphiql');
}

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-start-'));
  fs.chmodSync(dataDir, 0o755);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('seeds-the-demo-network-once-serves-everything-on-one-port-in-production-mode-and-stops-postgres-on-ctrl-c', async () => {
    const first = await start(dataDir);
    try {
      expect(first.output()).toContain('demo network created');
      expect(first.output()).toContain('coordinator@demo.switchback.local');
      const health = await fetch(`${first.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
      const page = await fetch(`${first.url}/sign-in`);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<div id="root">');
      expect(await schoolCount(first.url, await signInCoordinator(first.url))).toBeGreaterThanOrEqual(6);
      await expectProductionMode(first.url);
      await expectTheDemoClipPlays(first.url, dataDir);
    } finally {
      expect(await stop(first)).toBe(0);
    }
    // PostgreSQL stopped with the server: its lock file is gone.
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await start(dataDir);
    try {
      expect(second.output()).not.toContain('demo network created');
      expect(await schoolCount(second.url, await signInCoordinator(second.url))).toBe(6);
    } finally {
      expect(await stop(second)).toBe(0);
    }
    console.log(`npm start ready: first ${first.readyMs} ms (fresh database), second ${second.readyMs} ms`);
  }, 180_000);
});
