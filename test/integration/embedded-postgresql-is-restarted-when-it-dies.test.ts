import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * `npm start` without DATABASE_URL runs an embedded PostgreSQL. When that process dies (a crash, an
 * OOM kill), the server starts it again and keeps serving: /healthz says so meanwhile.
 */
describe('the embedded PostgreSQL is supervised', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-supervised-'));
  fs.chmodSync(dataDir, 0o755);
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess('', {
      env: { DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: '0' },
      deadlineMs: 90_000,
    });
  }, 120_000);

  afterAll(async () => {
    // SIGTERM: the server stops its PostgreSQL too.
    await server?.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  function postmasterPid(): number {
    return Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  async function health(): Promise<{ status: number; body: { status: string; database: string } }> {
    const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) });
    return { status: res.status, body: (await res.json()) as { status: string; database: string } };
  }

  async function until(predicate: () => Promise<boolean>, what: string, deadlineMs = 30_000): Promise<void> {
    const end = Date.now() + deadlineMs;
    while (!(await predicate())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${server.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const signIn = () =>
    server.gql<{ signIn: unknown }>('mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
      input: { login: 'nobody@example.org', password: 'not the password' },
    });

  it('restarts-postgresql-killed-with-sigkill-and-serves-again', async () => {
    expect((await health()).body).toEqual({ status: 'ok', database: 'ok' });
    const first = postmasterPid();
    process.kill(first, 'SIGKILL');
    await until(async () => (await health()).status === 503, '/healthz to report the outage', 10_000);
    await until(async () => (await health()).status === 200, 'PostgreSQL to be running again');
    expect(postmasterPid()).not.toBe(first);
    expect(server.output()).toMatch(/The embedded PostgreSQL stopped \(SIGKILL\): starting it again/);
    expect(server.output()).toMatch(/The embedded PostgreSQL is running again/);
    // The API works again: a wrong password is an answer about the password, not an outage.
    await until(async () => {
      const res = await signIn();
      return res.errors?.[0]?.extensions?.code !== 'UNAVAILABLE';
    }, 'the API to answer');
    const res = await signIn();
    expect(['UNAUTHENTICATED', 'BAD_USER_INPUT']).toContain(res.errors?.[0]?.extensions?.code);
    expect(server.child.exitCode).toBeNull();

    // A clean stop still stops the restarted PostgreSQL with the server (its lock file goes).
    await server.kill('SIGTERM');
    expect(server.child.exitCode).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 90_000);
});
