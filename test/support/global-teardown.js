import fs from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const state = globalThis.__SWITCHBACK_TEST__;
  if (!state) return;
  if (state.pgServer) {
    await state.pgServer.stop();
    fs.rmSync(state.dir, { recursive: true, force: true });
    return;
  }
  const u = new URL(state.serverUrl);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.name}" WITH (FORCE)`);
  await admin.end();
}
