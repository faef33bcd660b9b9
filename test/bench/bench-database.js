/**
 * A database for one benchmark run: a fresh database on DATABASE_URL's server, or on an embedded
 * PostgreSQL in a temporary folder when DATABASE_URL is unset. `drop()` removes the database, stops
 * the embedded server and deletes the folder. `pgDir` is the embedded server's data folder (null
 * with DATABASE_URL), for benches that watch its processes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, withDatabase } from '../../server/dist/database/database-url.js';
import { startEmbeddedPostgres } from '../../server/dist/database/embedded-postgres.js';

export async function benchDatabase(name) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `switchback-bench-${name}-`));
  fs.chmodSync(tmp, 0o755);
  let embedded = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(path.join(tmp, 'pg'));
    serverUrl = embedded.serverUrl;
  }
  const dbName = `switchback_bench_${name.replace(/\W/g, '_')}_${process.pid}`;
  const dbUrl = withDatabase(serverUrl, dbName);
  await ensureDatabase(dbUrl);
  return {
    dbUrl,
    pgDir: embedded ? path.join(tmp, 'pg') : null,
    async drop() {
      const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
      await embedded?.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
