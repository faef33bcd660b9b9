/**
 * `npm run bench:collab`: live editing, ours (`node server/dist/main.js`, socket.io `/collab`, every
 * update committed to PostgreSQL before its acknowledgement) side by side with a peer, a stock
 * @hocuspocus/server 4 storing into the same PostgreSQL through @hocuspocus/extension-database
 * (default 2 s debounce, at most 10 s). Both run as child processes; one load generator drives both.
 *
 *  - W1 one class: one unit, 30 editors, each typing one character 5 times a second.
 *  - W2 busy network: 100 units × 6 editors, same rate.
 *  - Durability: right after W1 (every edit delivered, at most 1 s after the last keystroke) each
 *    server gets SIGKILL and is restarted; a fresh client then counts the edits that are missing.
 *
 * Each workload: connect every editor, 3 s of warm-up typing (not measured), then the measured run.
 * The machine is shared: before each workload the benchmark waits (up to BENCH_QUIET_WAIT s) for other
 * processes to calm down, and reports how much CPU they used during the run ("others CPU %").
 *
 * Env: BENCH_SECONDS (30), BENCH_RATE (5 per second), BENCH_W1_EDITORS (30), BENCH_W2_UNITS (100),
 * BENCH_W2_EDITORS (6), BENCH_WARMUP (3 s), BENCH_WORKERS (load generator threads, 1),
 * BENCH_ONLY (ours | peer), BENCH_WORKLOADS (W1,W2), BENCH_MAX_OTHERS (30 % of a core),
 * BENCH_QUIET_WAIT (180 s), BENCH_PROFILE=1 (--cpu-prof for our server into test/bench/results/profiles;
 * written when it stops, so with W1 it covers the restarted process: the durability check and W2),
 * DATABASE_URL (else an embedded PostgreSQL in a temporary folder). Results: test/bench/results/.
 */
import { Algorithm, hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';
import { REPO_ROOT } from '../../server/dist/config/config.js';
import { migrateAndSeed } from '../../server/dist/database/prepare.js';
import { benchDatabase } from './bench-database.js';
import { writeLines } from './bench-lines.js';
import { benchLines } from './collab-lines.js';
import { startLoad } from './collab-load.js';
import {
  countMissingEdits,
  postgresPids,
  postmasterPid,
  SERVER_NODE_ARGS,
  startChild,
  waitForQuiet,
  watch,
} from './collab-metrics.js';
import { transports } from './collab-transports.js';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const SECONDS = env('BENCH_SECONDS', 30);
const RATE = env('BENCH_RATE', 5);
const W1_EDITORS = env('BENCH_W1_EDITORS', 30);
const W2_UNITS = env('BENCH_W2_UNITS', 100);
const W2_EDITORS = env('BENCH_W2_EDITORS', 6);
const WORKERS = env('BENCH_WORKERS', 1);
const WARMUP = env('BENCH_WARMUP', 3);
const MAX_OTHERS = env('BENCH_MAX_OTHERS', 30);
const QUIET_WAIT = env('BENCH_QUIET_WAIT', 180);
const SYSTEMS = process.env.BENCH_ONLY ? [process.env.BENCH_ONLY] : ['ours', 'peer'];
const WORKLOADS = (process.env.BENCH_WORKLOADS ?? 'W1,W2').split(',');
const PASSWORD = 'bench password';
const TARGETS = { w1p50: 2, w1p99: 10, w2p99: 50 };

/** One network, 6 × W2_UNITS teachers; W1's group holds the first W1_EDITORS, each W2 group 6 others. */
async function seed(db) {
  const people = Math.max(W1_EDITORS, W2_UNITS * W2_EDITORS);
  const passwordHash = await hash(PASSWORD, { algorithm: Algorithm.Argon2id });
  const {
    rows: [net],
  } = await db.query(`INSERT INTO network (slug, name) VALUES ('bench-collab', 'Bench network') RETURNING id`);
  await db.query(
    `INSERT INTO school (network_id, name, state, locality, time_zone)
     SELECT $1, 'School ' || g, 'AK', 'Town', 'America/Anchorage' FROM generate_series(1, 30) g`,
    [net.id],
  );
  await db.query(
    `INSERT INTO "user" (email, display_name, password_hash)
     SELECT 'editor' || g || '@bench.org', 'Editor ' || g, $1 FROM generate_series(1, $2) g`,
    [passwordHash, people],
  );
  const { rows: users } = await db.query(
    `INSERT INTO membership (user_id, network_id, school_id, role, subjects, grade_levels)
     SELECT u.id, $1, (SELECT id FROM school WHERE network_id = $1 ORDER BY name OFFSET u.n % 30 LIMIT 1),
            'TEACHER', ARRAY['Science'], ARRAY['9','10']
       FROM (SELECT id, substring(email from 7 for position('@' in email) - 7)::int AS n FROM "user"
              WHERE email LIKE 'editor%@bench.org') u
     RETURNING user_id`,
    [net.id],
  );
  const { rows: ordered } = await db.query(
    `SELECT id, email FROM "user" WHERE id = ANY($1::uuid[])
      ORDER BY substring(email from 7 for position('@' in email) - 7)::int`,
    [users.map((u) => u.user_id)],
  );
  const group = async (name, members) => {
    const {
      rows: [g],
    } = await db.query(
      `INSERT INTO "group" (network_id, name, focus, subject, description, prime_focus, access)
       VALUES ($1, $2, 'SUBJECT', 'Science', 'A bench group', 'CURRICULUM', 'OPEN') RETURNING id`,
      [net.id, name],
    );
    await db.query(
      `INSERT INTO group_member (group_id, network_id, user_id, role, status)
       SELECT $1, $2, u, 'MEMBER', 'ACTIVE' FROM unnest($3::uuid[]) u`,
      [g.id, net.id, members.map((m) => m.id)],
    );
    return { id: g.id, members };
  };
  const w1 = await group('W1 class', ordered.slice(0, W1_EDITORS));
  const w2 = [];
  for (let k = 0; k < W2_UNITS; k++) {
    w2.push(await group(`W2 group ${k + 1}`, ordered.slice(k * W2_EDITORS, (k + 1) * W2_EDITORS)));
  }
  return { w1, w2, people: ordered };
}

async function gql(url, query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${body.errors[0].message}`);
  return body.data;
}

/** Signs every editor in through the API (four at a time) and creates each group's unit. */
async function prepareUnits(url, data) {
  const tokens = new Map();
  let cursor = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (cursor < data.people.length) {
        const person = data.people[cursor++];
        const r = await gql(url, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
          i: { login: person.email, password: PASSWORD },
        });
        tokens.set(person.id, r.signIn.token);
      }
    }),
  );
  const createUnit = async (group, title) => {
    const r = await gql(
      url,
      'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id documentId } }',
      { i: { groupId: group.id, title, subject: 'Science', gradeBand: '9-12' } },
      tokens.get(group.members[0].id),
    );
    return { documentId: r.createUnit.documentId, tokens: group.members.map((m) => tokens.get(m.id)) };
  };
  const w1 = [await createUnit(data.w1, 'Ecosystems (W1)')];
  const w2 = [];
  for (const [k, g] of data.w2.entries()) w2.push(await createUnit(g, `Unit ${k + 1} (W2)`));
  return { W1: w1, W2: w2 };
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;

/** Every edit the load generator made that a fresh client of the restarted server does not see. */
async function countMissing(system, url, docs, edits) {
  const missing = { sent: 0, acked: 0, sentTotal: 0, ackedTotal: 0 };
  for (const d of docs) {
    const doc = new Y.Doc();
    const link = await transports[system]({ url, token: d.tokens[0], documentId: d.documentId, doc });
    const sv = Y.decodeStateVector(Y.encodeStateVector(doc));
    link.close();
    countMissingEdits(
      missing,
      sv,
      edits.filter((x) => x.documentId === d.documentId),
    );
    doc.destroy();
  }
  return missing;
}

const round = (x, digits = 1) => (x === null || Number.isNaN(x) ? null : Number(x.toFixed(digits)));

function summarize(system, workload, docs, load, result, usage, child) {
  const l = result.latencies;
  const editors = docs.reduce((s, d) => s + d.tokens.length, 0);
  const people = new Set(docs.flatMap((d) => d.tokens)).size;
  return {
    system,
    workload,
    documents: docs.length,
    editors,
    people,
    'edits sent': result.sent,
    acked: system === 'ours' ? result.acked : null,
    deliveries: l.length,
    'deliveries/s': Math.round(l.length / SECONDS),
    'p50 ms': round(percentile(l, 0.5), 2),
    'p99 ms': round(percentile(l, 0.99), 2),
    'max ms': round(l[l.length - 1], 1),
    'ack p50 ms': system === 'ours' ? round(percentile(result.ackLatencies, 0.5), 2) : null,
    'ack p99 ms': system === 'ours' ? round(percentile(result.ackLatencies, 0.99), 2) : null,
    undelivered: result.undelivered,
    'refused/errors': result.refused + result.errors,
    'server CPU %': round(usage.serverCpuPct),
    'postgres CPU %': round(usage.postgresCpuPct),
    'server RSS MB': round(usage.peakRssMb),
    'server RSS when started MB': round(child.readyRssMb),
    'server CPU µs/delivery': round((usage.serverCpuMs * 1000) / Math.max(1, l.length), 0),
    'others CPU %': round(usage.othersCpuPct),
    'load gen CPU %': round(usage.benchCpuPct),
    'load gen loop p99 ms': round(Math.max(...result.generator.map((g) => g.loopDelayP99Ms)), 2),
    'connect s': round(load.connectMs / 1000),
    firstError: result.firstError,
    timeline: result.timeline,
  };
}

const database = await benchDatabase('collab');
const { dbUrl } = database;
const pgPid = database.pgDir ? postmasterPid(database.pgDir) : null;
const running = new Map();
const profileDir = path.join(REPO_ROOT, 'test/bench/results/profiles');

/** Every server process started, for their warnings at the end. */
const started = [];
const start = {
  ours: () =>
    track(
      'ours',
      startChild(
        path.join(REPO_ROOT, 'server/dist/main.js'),
        {
          DATABASE_URL: dbUrl,
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          SEED_DEMO: '0',
          HOST: '127.0.0.1',
          SIGN_IN_IP_LIMIT: '100000',
        },
        'is ready at',
        [...SERVER_NODE_ARGS, ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
      ),
    ),
  peer: () =>
    track(
      'peer',
      startChild(path.join(REPO_ROOT, 'test/bench/peer-hocuspocus.js'), { DATABASE_URL: dbUrl }, 'peer ready'),
    ),
};
async function track(system, starting) {
  const child = await starting;
  started.push({ system, child });
  return child;
}
const urlOf = (system, child) => `${system === 'ours' ? 'http' : 'ws'}://127.0.0.1:${child.port}`;

const rows = [];
const durability = [];
try {
  await migrateAndSeed(dbUrl, false);
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const data = await seed(db);
  await db.end();
  for (const system of SYSTEMS) running.set(system, await start[system]());
  let docs;
  if (running.has('ours')) {
    const t0 = Date.now();
    docs = await prepareUnits(urlOf('ours', running.get('ours')), data);
    console.log(`Signed in ${data.people.length} teachers and created ${1 + W2_UNITS} units in ${Date.now() - t0} ms`);
  } else {
    // The peer alone needs no sign-in: documents are names.
    const unit = (editors) => ({
      documentId: randomUUID(),
      tokens: Array.from({ length: editors }, (_, i) => `e${i}`),
    });
    docs = { W1: [unit(W1_EDITORS)], W2: Array.from({ length: W2_UNITS }, () => unit(W2_EDITORS)) };
  }

  for (const workload of WORKLOADS) {
    for (const system of SYSTEMS) {
      const child = running.get(system);
      const load = await startLoad({
        transport: system,
        url: urlOf(system, child),
        docs: docs[workload],
        rate: RATE,
        workers: WORKERS,
      });
      const before = await waitForQuiet(MAX_OTHERS, QUIET_WAIT * 1000, [
        ...[...running.values()].map((c) => c.pid),
        ...postgresPids(pgPid),
      ]);
      if (before >= MAX_OTHERS)
        console.log(`(the machine stayed busy: other processes used ${Math.round(before)} % of a core)`);
      // Warm-up typing (not measured) so both servers' code is compiled before the measured run.
      if (WARMUP > 0) await load.type(WARMUP);
      const watcher = watch(child.pid, pgPid);
      const result = await load.type(SECONDS);
      const usage = watcher.end();
      if (workload === 'W1') await child.kill('SIGKILL');
      await load.close();
      const row = summarize(system, workload, docs[workload], load, result, usage, child);
      rows.push(row);
      console.log(
        `${system} ${workload}: p50 ${row['p50 ms']} ms, p99 ${row['p99 ms']} ms, ${row.deliveries} deliveries`,
      );
      if (workload !== 'W1') continue;
      const restarted = await start[system]();
      running.set(system, restarted);
      const missing = await countMissing(system, urlOf(system, restarted), docs.W1, result.edits);
      durability.push({
        system,
        'edits sent': missing.sentTotal,
        acknowledged: system === 'ours' ? missing.ackedTotal : 'no ack',
        'sent, missing after restart': missing.sent,
        'acknowledged, missing after restart': system === 'ours' ? missing.acked : 'n/a',
      });
    }
  }

  const cpu = os.cpus();
  console.log(
    `\nLive editing, ${SECONDS} s per workload, ${RATE} keystrokes/s per editor (after ${WARMUP} s of warm-up typing), ${WORKERS} load generator thread(s), ` +
      `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}. Latency: keystroke → integrated at each other editor.`,
  );
  // One column per system and workload, one line per measure.
  const measures = Object.keys(rows[0] ?? {}).filter(
    (k) => !['system', 'workload', 'firstError', 'timeline'].includes(k),
  );
  console.table(
    Object.fromEntries(
      measures.map((m) => [m, Object.fromEntries(rows.map((r) => [`${r.system} ${r.workload}`, r[m] ?? '—']))]),
    ),
  );
  for (const r of rows) if (r.firstError) console.log(`${r.system} ${r.workload}: first error: ${r.firstError}`);
  for (const { system, child } of started) {
    const warnings = child
      .output()
      .split('\n')
      .filter((line) => /\b(WARN|ERROR)\b|Error:/.test(line));
    if (warnings.length)
      console.log(`${system} server (pid ${child.pid}) logged:\n  ${warnings.slice(0, 8).join('\n  ')}`);
  }
  console.log('Durability: SIGKILL right after W1 (all edits delivered), restart, fresh client:');
  console.table(durability);

  const find = (system, workload) => rows.find((r) => r.system === system && r.workload === workload);
  const checks = [];
  const check = (what, value, ok) =>
    checks.push({ target: what, value, met: value === null ? 'n/a' : ok ? 'yes' : 'NO' });
  const o1 = find('ours', 'W1');
  const o2 = find('ours', 'W2');
  if (o1) check(`W1 p50 ≤ ${TARGETS.w1p50} ms`, o1['p50 ms'], o1['p50 ms'] <= TARGETS.w1p50);
  if (o1) check(`W1 p99 ≤ ${TARGETS.w1p99} ms`, o1['p99 ms'], o1['p99 ms'] <= TARGETS.w1p99);
  if (o2) check(`W2 p99 ≤ ${TARGETS.w2p99} ms`, o2['p99 ms'], o2['p99 ms'] <= TARGETS.w2p99);
  for (const w of WORKLOADS) {
    const [o, p] = [find('ours', w), find('peer', w)];
    if (o && p) check(`${w} p99 ours ≤ peer (${p['p99 ms']} ms)`, o['p99 ms'], o['p99 ms'] <= p['p99 ms']);
  }
  const d = durability.find((x) => x.system === 'ours');
  if (d)
    check(
      'acknowledged edits lost = 0',
      d['acknowledged, missing after restart'],
      d['acknowledged, missing after restart'] === 0,
    );
  console.table(checks);
  console.log(
    `Lines written to ${path.relative(process.cwd(), writeLines('collab', benchLines({ find, durability, workloads: WORKLOADS, targets: TARGETS })))}`,
  );

  const outDir = path.join(REPO_ROOT, 'test/bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `collab-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cores: cpu.length, model: cpu[0]?.model, node: process.version, loadavg: os.loadavg() },
        settings: {
          seconds: SECONDS,
          rate: RATE,
          w1Editors: W1_EDITORS,
          w2Units: W2_UNITS,
          w2Editors: W2_EDITORS,
          workers: WORKERS,
        },
        rows,
        durability,
        targets: checks,
      },
      null,
      2,
    ),
  );
  console.log(`Results written to ${path.relative(process.cwd(), out)}`);
} catch (err) {
  console.error('Benchmark failed:', err);
  for (const [system, child] of running) console.error(`--- ${system} output (tail)\n${child.output().slice(-3000)}`);
  process.exitCode = 1;
} finally {
  for (const child of running.values()) await child.kill('SIGTERM');
  await database.drop();
}
