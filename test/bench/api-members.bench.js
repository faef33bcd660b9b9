/**
 * Benchmark: the coordinator's People page (`members`, 20 per page, with search) through the whole
 * stack (HTTP + Nest + Apollo + TypeORM), side by side with its peer, the same SQL sent straight
 * through `pg` — the floor the stack can approach. Same PostgreSQL, same concurrency, same duration.
 *   npm run bench            (builds server first; uses an embedded PostgreSQL unless DATABASE_URL)
 * Env: BENCH_SECONDS (default 5), BENCH_CONCURRENCY (default 16), BENCH_MEMBERS (default 2000).
 */
import os from 'node:os';
import pg from 'pg';
import { Algorithm, hash } from '@node-rs/argon2';
import { createApp } from '../../server/dist/app.factory.js';
import { loadConfig } from '../../server/dist/config/config.js';
import { migrateAndSeed } from '../../server/dist/database/prepare.js';
import { benchDatabase } from './bench-database.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 2000);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(name, once) {
  const latencies = [];
  const until = Date.now() + SECONDS * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const t = performance.now();
        try {
          await once();
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    perSecond: Math.round(latencies.length / SECONDS),
    p50: percentile(latencies, 50).toFixed(2),
    p95: percentile(latencies, 95).toFixed(2),
    p99: percentile(latencies, 99).toFixed(2),
    errors,
  };
}

async function seed(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const passwordHash = await hash('bench password', { algorithm: Algorithm.Argon2id });
  const {
    rows: [net],
  } = await client.query(
    `INSERT INTO network (slug, name) VALUES ('bench-' || floor(random()*1e9)::text, 'Bench network') RETURNING id`,
  );
  const { rows: schools } = await client.query(
    `INSERT INTO school (network_id, name, state, locality, time_zone)
     SELECT $1, 'School ' || g, 'AK', 'Town', 'America/Anchorage' FROM generate_series(1, 30) g RETURNING id`,
    [net.id],
  );
  await client.query(
    `WITH u AS (
       INSERT INTO "user" (email, display_name, password_hash)
       SELECT 'bench' || g || '-' || $2 || '@example.org', 'Teacher ' || md5(g::text), $3 FROM generate_series(1, $4) g
       RETURNING id)
     INSERT INTO membership (user_id, network_id, school_id, role, subjects)
     SELECT u.id, $1, ($5::uuid[])[1 + (row_number() OVER () % 30)::int], 'TEACHER', ARRAY['Mathematics'] FROM u`,
    [net.id, net.id.slice(0, 8), passwordHash, MEMBERS, schools.map((s) => s.id)],
  );
  const {
    rows: [coord],
  } = await client.query(
    `INSERT INTO "user" (email, display_name, password_hash) VALUES ($1, 'Bench Coordinator', $2) RETURNING id`,
    [`coord-${net.id.slice(0, 8)}@example.org`, passwordHash],
  );
  await client.query(`INSERT INTO membership (user_id, network_id, role) VALUES ($1, $2, 'COORDINATOR')`, [
    coord.id,
    net.id,
  ]);
  await client.end();
  return { networkId: net.id, coordinatorEmail: `coord-${net.id.slice(0, 8)}@example.org` };
}

const database = await benchDatabase('members');
const { dbUrl } = database;
let app;
try {
  await migrateAndSeed(dbUrl, false);
  const { networkId, coordinatorEmail } = await seed(dbUrl);
  const config = {
    ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'error', SIGN_IN_IP_LIMIT: '100000' }),
    clientDist: '/none',
  };
  app = await createApp(config, dbUrl);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const signIn = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }',
      variables: { i: { login: coordinatorEmail, password: 'bench password' } },
    }),
  }).then((r) => r.json());
  const token = signIn.data.signIn.token;
  const query = `query($n: ID!, $s: String) { members(networkId: $n, search: $s, first: 20) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id role subjects user { displayName email } school { name } } } }`;
  const body = JSON.stringify({ query, variables: { n: networkId, s: 'a' } });
  const viaApi = () =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    })
      .then((r) => r.json())
      .then((j) => {
        if (j.errors) throw new Error(j.errors[0].message);
      });
  const pool = new pg.Pool({ connectionString: dbUrl, max: 10 });
  const viaSql = async () => {
    const where = `m.network_id = $1 AND m.status = 'ACTIVE' AND m.role <> 'STUDENT' AND (u.display_name ILIKE $2 OR u.email ILIKE $2)`;
    await pool.query(`SELECT count(*) FROM membership m JOIN "user" u ON u.id = m.user_id WHERE ${where}`, [
      networkId,
      '%a%',
    ]);
    await pool.query(
      `SELECT m.*, u.*, s.* FROM membership m JOIN "user" u ON u.id = m.user_id LEFT JOIN school s ON s.id = m.school_id
        WHERE ${where} ORDER BY lower(u.display_name), m.id LIMIT 21`,
      [networkId, '%a%'],
    );
  };
  await run('warm-up', viaApi);
  const results = [await run('members via GraphQL API', viaApi), await run('peer: same SQL via pg', viaSql)];
  await pool.end();
  console.log(
    `\nmembers page (20 of ${MEMBERS}, search), ${CONCURRENCY} concurrent clients, ${SECONDS} s each, ${os.cpus().length} cores`,
  );
  console.table(results);
} catch (err) {
  console.error('Benchmark failed:', err);
  process.exitCode = 1;
} finally {
  await app?.close();
  await database.drop();
}
