/**
 * `npm run bench:api`: four pages under load (autocannon), each as the browser asks for it (the
 * client's own query documents, in order), on a large network (30 schools, 600 adults, 40 groups,
 * 20,000 posts, units with content, an exchange of 200 essays and 600 reviews), side by side with a
 * peer: the same data from hand-written SQL behind plain node:http (peer-pages.js) — the floor for
 * this machine. Lines: test/bench/results/lines-api.json.
 * Env: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default "10"), BENCH_ONLY (a page key:
 * group, home, unit, results), BENCH_NO_PEER=1, BENCH_KEEP=1 (keep the servers up, print their URLs).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Algorithm, hash } from '@node-rs/argon2';
import { REPO_ROOT } from '../../server/dist/config/config.js';
import { migrateAndSeed } from '../../server/dist/database/prepare.js';
import { freePort } from '../../server/dist/database/embedded-postgres.js';
import { benchDatabase } from './bench-database.js';
import { seed } from './api-pages-seed.js';
import { clientQueries, pages } from './api-pages-queries.js';
import { writeLines } from './bench-lines.js';
import { SERVER_NODE_ARGS } from './collab-metrics.js';

/** Starts a node script in its own process and resolves with its URL once it prints `readyText`. */
async function child(script, env, readyText) {
  const port = await freePort();
  const args = script.endsWith('main.js')
    ? [...SERVER_NODE_ARGS, ...(process.env.API_NODE_ARGS ? process.env.API_NODE_ARGS.split(' ') : [])]
    : [];
  const proc = spawn(process.execPath, [...args, script], {
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
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10').split(',').map(Number);
const GOAL = { ratio: 0.6, p95: 50 };

/** One autocannon run; each connection sends the page's requests in turn. */
function load(url, requests, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: SECONDS, requests }, (err, r) => {
      if (err) return reject(err);
      resolve({
        'req/s': Math.round(r.requests.average),
        'p50 ms': r.latency.p50,
        'p95 ms': r.latency.p97_5 !== undefined ? r.latency.p97_5 : r.latency.p95,
        'p99 ms': r.latency.p99,
        errors: r.errors + r.non2xx,
      });
    });
  });
}

const show = (r) => `${r['req/s']} req/s, p95 ${r['p95 ms']} ms`;

const database = await benchDatabase('api');
const { dbUrl } = database;
let api;
let peer;
const pool = new pg.Pool({ connectionString: dbUrl, max: 10 });
pool.on('error', () => {}); // connections ended by DROP DATABASE at the end
try {
  // The demo network too: its unit's document and its rubric are copied into the bench network.
  await migrateAndSeed(dbUrl, true);
  const client = await pool.connect();
  const started = Date.now();
  let data;
  try {
    data = await seed(client, await hash('bench password', { algorithm: Algorithm.Argon2id }));
  } finally {
    client.release();
  }
  await pool.query('ANALYZE');
  console.log(
    `Seeded 30 schools, 600 adults, 40 groups, ${data.posts} posts, units, an exchange in ${Date.now() - started} ms`,
  );

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
  const all = pages(data).filter((p) => !process.env.BENCH_ONLY || p.key === process.env.BENCH_ONLY);
  const documents = clientQueries(all.flatMap((p) => p.queries.map(([name]) => name)));
  const gql = (name, variables) => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ operationName: name, query: documents[name], variables }),
  });
  peer = process.env.BENCH_NO_PEER
    ? null
    : await child(
        path.join(REPO_ROOT, 'test/bench/peer-pages.js'),
        {
          DATABASE_URL: dbUrl,
          USER_ID: data.userId,
          NETWORK_ID: data.networkId,
          GROUP_ID: data.groupId,
          UNIT_ID: data.unitId,
          EXCHANGE_ID: data.exchangeId,
        },
        'peer ready',
      );
  // Every query answers without errors, with data, before anything is measured.
  for (const p of all) {
    for (const [name, variables] of p.queries) {
      const r = gql(name, variables);
      const json = await fetch(`${base}/graphql`, r).then((res) => res.json());
      if (json.errors || !json.data) throw new Error(`${name}: ${JSON.stringify(json.errors ?? json)}`);
      if (peer) {
        const res = await fetch(`${peer.url}/${name}`);
        if (!res.ok) throw new Error(`peer ${name}: ${res.status} ${await res.text()}`);
      }
    }
  }
  if (process.env.BENCH_KEEP) {
    console.log(JSON.stringify({ api: base, peer: peer?.url, dbUrl, headers, data }));
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }

  const rows = [];
  const lines = [];
  for (const c of CONNECTIONS) {
    for (const p of all) {
      const ours = await load(
        base,
        p.queries.map(([name, variables]) => gql(name, variables)),
        c,
      );
      rows.push({ name: `${p.line} (GraphQL)`, connections: c, ...ours });
      const theirs = peer
        ? await load(
            peer.url,
            p.queries.map(([name]) => ({ method: 'GET', path: `/${name}` })),
            c,
          )
        : null;
      if (theirs) rows.push({ name: `peer: ${p.line} (SQL + node:http)`, connections: c, ...theirs });
      const ratio = theirs ? Math.round((ours['req/s'] / theirs['req/s']) * 100) / 100 : null;
      lines.push({
        line: `${p.line}, ${c} connections`,
        ours: show(ours),
        peer: theirs ? show(theirs) : null,
        ratio,
        goal: `≥ ${GOAL.ratio}× peer, p95 ≤ ${GOAL.p95} ms`,
        met: ratio === null ? null : ratio >= GOAL.ratio && ours['p95 ms'] <= GOAL.p95 && ours.errors === 0,
        data: { queries: p.queries.map(([name]) => name), seconds: SECONDS, ours, peer: theirs },
      });
    }
  }
  console.log(
    `\n${SECONDS} s per run, ${os.cpus().length} cores, Node ${process.version} (p95 column is autocannon's p97.5;` +
      ' a request is one query of the page)',
  );
  console.table(rows);
  console.log(`Lines written to ${writeLines('api', lines)}`);
} catch (err) {
  console.error('Benchmark failed:', err);
  process.exitCode = 1;
} finally {
  await peer?.stop();
  await api?.stop();
  await pool.end();
  await database.drop();
}
