/**
 * Migration tooling without ts-node: runs from the compiled server.
 *   node server/dist/database/migration-cli.js generate <Name>   writes src/database/migrations/<ts>-<Name>.ts
 *   node server/dist/database/migration-cli.js check             exits 1 when entities and migrations differ
 * Uses DATABASE_URL's server when set (in a throw-away database), otherwise a throw-away embedded PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../config/config.js';
import { dataSourceOptions } from './data-source-options.js';
import { ensureDatabase, withDatabase } from './database-url.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import pg from 'pg';

async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  let embedded: EmbeddedDatabase | undefined;
  let tmp: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-migrations-'));
    fs.chmodSync(tmp, 0o755);
    embedded = await startEmbeddedPostgres(path.join(tmp, 'pg'));
    serverUrl = embedded.serverUrl;
  }
  const url = withDatabase(serverUrl, `switchback_migrations_${process.pid}`);
  await ensureDatabase(url);
  try {
    return await fn(url);
  } finally {
    const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "switchback_migrations_${process.pid}"`);
    await admin.end();
    await embedded?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function pendingSql(url: string) {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'all' });
    return await ds.driver.createSchemaBuilder().log();
  } finally {
    await ds.destroy();
  }
}

const q = (sql: string) => '`' + sql.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

async function generate(name: string) {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('Name the migration in PascalCase, e.g. AddGroups');
  const sql = await withScratchDatabase(pendingSql);
  if (sql.upQueries.length === 0) {
    console.log('No changes: entities and migrations already match.');
    return;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((x) => `    await queryRunner.query(${q(x.query)});`)
    .join('\n');
  const dir = path.join(REPO_ROOT, 'server/src/database/migrations');
  const file = `${stamp}-${name}`;
  fs.writeFileSync(
    path.join(dir, `${file}.ts`),
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  const indexFile = path.join(dir, 'index.ts');
  const index = fs.readFileSync(indexFile, 'utf8');
  const withImport = `import { ${className} } from './${file}.js';\n` + index;
  const updated = withImport.replace(/= \[([^\]]*)\];/, (_, list: string) => {
    const items = list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return `= [${[...items, className].join(', ')}];`;
  });
  fs.writeFileSync(indexFile, updated);
  console.log(`Wrote server/src/database/migrations/${file}.ts (${sql.upQueries.length} statements).`);
}

async function check() {
  const sql = await withScratchDatabase(pendingSql);
  if (sql.upQueries.length > 0) {
    console.error('Migration drift: the entities need statements no migration has:');
    for (const x of sql.upQueries) console.error(`  ${x.query}`);
    console.error('Run `npm run migration:generate -- <Name>` and commit the result.');
    process.exit(1);
  }
  console.log('Migrations match the entities (a newly generated migration would be empty).');
}

const [cmd, arg] = process.argv.slice(2);
try {
  if (cmd === 'generate') await generate(arg ?? '');
  else if (cmd === 'check') await check();
  else throw new Error('Usage: migration-cli generate <Name> | check');
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
