import path from 'node:path';
import { DataSource } from 'typeorm';
import { Algorithm, hash } from '@node-rs/argon2';
import type { AppConfig } from '../config/config.js';
import { ConfigError, redact } from '../config/config.js';
import { createMediaStorage, type MediaStorage } from '../media/media-storage.js';
import { Network } from '../networks/network.entity.js';
import { dataSourceOptions } from './data-source-options.js';
import { checkConnection, ensureDatabase, withDatabase } from './database-url.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { DEMO_PASSWORD, seedDemoNetwork } from './seed/demo-network.js';

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
  seeded: boolean;
}

// Serialises migrations and seeding when several server processes start at once.
const MIGRATION_LOCK = 724_193_001;

/**
 * Runs committed migrations and, when asked and the database has no network yet, seeds the demo
 * network (its recorded clip goes into `media`, the server's recordings storage).
 */
export async function migrateAndSeed(url: string, seedDemo: boolean, media?: MediaStorage): Promise<boolean> {
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 1 } });
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await ds.runMigrations({ transaction: 'all' });
      if (!seedDemo || (await ds.getRepository(Network).count()) > 0) return false;
      const passwordHash = await hash(DEMO_PASSWORD, { algorithm: Algorithm.Argon2id });
      await ds.transaction((m) => seedDemoNetwork(m, passwordHash, media));
      return true;
    } finally {
      await ds.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await ds.destroy();
  }
}

/**
 * Gets a database ready: the external one in DATABASE_URL (checked for reachability) or an
 * embedded PostgreSQL with its data under DATA_DIR; then migrations and the demo seed.
 */
export async function prepareDatabase(config: AppConfig, log: (m: string) => void): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url: string;
  if (config.databaseUrl) {
    url = config.databaseUrl;
    try {
      await checkConnection(url);
    } catch (err) {
      throw new ConfigError(`Cannot reach DATABASE_URL ${redact(url)}: ${(err as Error).message}`);
    }
  } else {
    embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), log);
    url = withDatabase(embedded.serverUrl, 'switchback');
    await ensureDatabase(url);
  }
  try {
    const media = config.seedDemo ? await createMediaStorage(config.media, config.dataDir) : undefined;
    const seeded = await migrateAndSeed(url, config.seedDemo, media);
    return { url, embedded, seeded };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
