/**
 * `npm run bench:api`: the group page and the teacher home under load (autocannon), on a large
 * network (30 schools, 600 adults, 40 groups, 20,000 posts), side by side with a peer: the same
 * group page assembled by hand-written SQL behind plain node:http — the floor for this machine.
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default "1,10,50").
 */
import autocannon from 'autocannon';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Algorithm, hash } from '@node-rs/argon2';
import { REPO_ROOT } from '../../server/dist/config/config.js';
import { migrateAndSeed } from '../../server/dist/database/prepare.js';
import { ensureDatabase, withDatabase } from '../../server/dist/database/database-url.js';
import { freePort, startEmbeddedPostgres } from '../../server/dist/database/embedded-postgres.js';

/** Starts a node script in its own process and resolves with its URL once it prints `readyText`. */
async function child(script, env, readyText) {
  const port = await freePort();
  const proc = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'pipe',
  });
  let out = '';
  await new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      if (out.includes(readyText)) resolve();
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
  });
  proc.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((r) => (proc.on('exit', r), proc.kill('SIGTERM'))),
  };
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
const SUBJECTS = ['Mathematics', 'English Language Arts', 'Science', 'Social Studies', 'Art', 'Music'];

async function seed(client) {
  const hashValue = await hash('bench password', { algorithm: Algorithm.Argon2id });
  const {
    rows: [net],
  } = await client.query(`INSERT INTO network (slug, name) VALUES ('bench-groups', 'Bench network') RETURNING id`);
  await client.query(
    `INSERT INTO school (network_id, name, state, locality, time_zone)
     SELECT $1, 'School ' || g, 'AK', 'Town', 'America/Anchorage' FROM generate_series(1, 30) g`,
    [net.id],
  );
  await client.query(
    `INSERT INTO "user" (email, display_name, password_hash)
     SELECT 'adult' || g || '@bench.org', 'Adult ' || g, $1 FROM generate_series(1, 600) g`,
    [hashValue],
  );
  await client.query(
    `INSERT INTO membership (user_id, network_id, school_id, role, subjects, grade_levels)
     SELECT u.id, $1, s.id, CASE WHEN n % 20 = 0 THEN 'ADMINISTRATOR' ELSE 'TEACHER' END,
            ARRAY[($2::text[])[1 + n % 6]], ARRAY['9','10','11','12']
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM "user" WHERE email LIKE '%@bench.org') u
       JOIN (SELECT id, row_number() OVER (ORDER BY name) AS k FROM school WHERE network_id = $1) s ON s.k = 1 + u.n % 30`,
    [net.id, SUBJECTS],
  );
  await client.query(
    `INSERT INTO "group" (network_id, name, focus, subject, description, prime_focus, access)
     SELECT $1, 'Group ' || g, 'SUBJECT', ($2::text[])[1 + g % 6], 'A bench group', 'CURRICULUM', 'OPEN'
       FROM generate_series(1, 40) g`,
    [net.id, SUBJECTS],
  );
  // 15 members per group, the first a facilitator.
  await client.query(
    `INSERT INTO group_member (group_id, network_id, user_id, role, status)
     SELECT g.id, $1, u.id, CASE WHEN u.n % 15 = 0 THEN 'FACILITATOR' ELSE 'MEMBER' END, 'ACTIVE'
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS k FROM "group" WHERE network_id = $1) g
       JOIN (SELECT m.user_id AS id, row_number() OVER (ORDER BY m.user_id) - 1 AS n FROM membership m WHERE m.network_id = $1) u
         ON u.n / 15 = g.k - 1`,
    [net.id],
  );
  await client.query(
    `INSERT INTO goal (group_id, statement, success_criteria, status, created_by_id)
     SELECT g.id, 'Goal ' || i || ' of ' || g.name, 'Criteria', 'ACTIVE',
            (SELECT user_id FROM group_member WHERE group_id = g.id LIMIT 1)
       FROM "group" g, generate_series(1, 3) i WHERE g.network_id = $1`,
    [net.id],
  );
  // 400 posts per group (16,000) and 100 replies per group (4,000): 20,000 in all.
  await client.query(
    `INSERT INTO post (group_id, author_id, kind, body, goal_id, created_at)
     SELECT g.id, (SELECT user_id FROM group_member gm WHERE gm.group_id = g.id ORDER BY gm.user_id OFFSET i % 15 LIMIT 1),
            (ARRAY['CHECK_IN','QUESTION','RESOURCE','CELEBRATION'])[1 + i % 4], 'Post ' || i || ' with some words in it',
            CASE WHEN i % 4 = 0 THEN (SELECT id FROM goal WHERE group_id = g.id LIMIT 1) END,
            now() - i * interval '10 minutes'
       FROM "group" g, generate_series(1, 400) i WHERE g.network_id = $1`,
    [net.id],
  );
  await client.query(
    `INSERT INTO post (group_id, author_id, kind, body, parent_id, created_at)
     SELECT p.group_id, p.author_id, p.kind, 'A reply', p.id, p.created_at + interval '1 minute'
       FROM (SELECT p.*, row_number() OVER (PARTITION BY p.group_id ORDER BY p.created_at DESC) AS r FROM post p
              JOIN "group" g ON g.id = p.group_id WHERE g.network_id = $1 AND p.parent_id IS NULL) p
      WHERE p.r <= 100`,
    [net.id],
  );
  const {
    rows: [{ n }],
  } = await client.query(
    `SELECT count(*)::int AS n FROM post p JOIN "group" g ON g.id = p.group_id WHERE g.network_id = $1`,
    [net.id],
  );
  const {
    rows: [member],
  } = await client.query(
    `SELECT u.email, gm.group_id FROM group_member gm JOIN "user" u ON u.id = gm.user_id WHERE gm.network_id = $1
      ORDER BY u.email LIMIT 1`,
    [net.id],
  );
  return { networkId: net.id, email: member.email, groupId: member.group_id, posts: n };
}

const GROUP_PAGE = `query($id: ID!) { group(id: $id) { id name description memberCount canReadStream
  viewerMember { role status } pendingRequests { id }
  members { role user { displayName } member { subjects school { name } } }
  goals { id statement status checkIns { id body author { displayName } } }
  posts(first: 20) { totalCount pageInfo { endCursor hasNextPage }
    nodes { id kind body hidden mine createdAt author { displayName } links { url title }
      replies { id body createdAt author { displayName } } } }
  activity(first: 10) { summary createdAt actor { displayName } } } }`;

const TEACHER_HOME = `query($n: ID!) { me { id displayName memberships { role network { name } school { name } } }
  jobAlikes(networkId: $n) { sharedSubjects member { user { displayName } school { name } } }
  suggestedGroups(networkId: $n) { id name memberCount }
  groups(networkId: $n, filter: { mine: true }, first: 10) { nodes { id name memberCount } } }`;

function load(name, url, opts, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: SECONDS, ...opts }, (err, r) => {
      if (err) return reject(err);
      resolve({
        name,
        connections,
        'req/s': Math.round(r.requests.average),
        'p50 ms': r.latency.p50,
        'p95 ms': r.latency.p97_5 !== undefined ? r.latency.p97_5 : r.latency.p95,
        'p99 ms': r.latency.p99,
        errors: r.errors + r.non2xx,
      });
    });
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-bench-'));
fs.chmodSync(tmp, 0o755);
let embedded = null;
let serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  embedded = await startEmbeddedPostgres(path.join(tmp, 'pg'));
  serverUrl = embedded.serverUrl;
}
const dbName = `switchback_bench_${process.pid}`;
const dbUrl = withDatabase(serverUrl, dbName);
await ensureDatabase(dbUrl);
let api;
let peer;
const pool = new pg.Pool({ connectionString: dbUrl, max: 10 });
try {
  await migrateAndSeed(dbUrl, false);
  const client = await pool.connect();
  const started = Date.now();
  const data = await seed(client);
  client.release();
  await pool.query('ANALYZE');
  console.log(`Seeded 30 schools, 600 adults, 40 groups, ${data.posts} posts in ${Date.now() - started} ms`);

  // The API server runs as `npm start` runs it, in its own process (autocannon stays in this one).
  api = await child(
    path.join(REPO_ROOT, 'server/dist/main.js'),
    { DATABASE_URL: dbUrl, NODE_ENV: 'production', LOG_LEVEL: 'error', SEED_DEMO: '0', SIGN_IN_IP_LIMIT: '100000' },
    'is ready at',
  );
  const base = api.url;
  const signIn = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }',
      variables: { i: { login: data.email, password: 'bench password' } },
    }),
  }).then((r) => r.json());
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${signIn.data.signIn.token}` };
  const gqlOpts = (query, variables) => ({ method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  for (const [query, variables] of [
    [GROUP_PAGE, { id: data.groupId }],
    [TEACHER_HOME, { n: data.networkId }],
  ]) {
    const check = await fetch(`${base}/graphql`, gqlOpts(query, variables)).then((r) => r.json());
    if (check.errors) throw new Error(check.errors[0].message);
  }
  peer = await child(
    path.join(REPO_ROOT, 'test/bench/peer-group-page.js'),
    { DATABASE_URL: dbUrl, GROUP_ID: data.groupId },
    'peer ready',
  );
  const peerUrl = `${peer.url}/`;

  const only = process.env.BENCH_ONLY; // e.g. "group" or "home", to profile one query
  const rows = [];
  for (const c of CONNECTIONS) {
    if (!only || only === 'group') {
      rows.push(await load('group page (GraphQL)', `${base}/graphql`, gqlOpts(GROUP_PAGE, { id: data.groupId }), c));
    }
    if (!only) rows.push(await load('peer: group page (SQL + node:http)', peerUrl, {}, c));
    if (!only || only === 'home') {
      rows.push(
        await load('teacher home (GraphQL)', `${base}/graphql`, gqlOpts(TEACHER_HOME, { n: data.networkId }), c),
      );
    }
  }
  console.log(
    `\n${SECONDS} s per run, ${os.cpus().length} cores, Node ${process.version} (p95 column is autocannon's p97.5)`,
  );
  console.table(rows);
  const out = path.join(os.tmpdir(), `switchback-bench-api-${Date.now()}.json`);
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, rows }, null, 2));
  console.log(`Results written to ${out}`);
} catch (err) {
  console.error('Benchmark failed:', err);
  process.exitCode = 1;
} finally {
  await peer?.stop();
  await api?.stop();
  await pool.end();
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  await embedded?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
