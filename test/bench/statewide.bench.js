/**
 * `npm run bench:statewide`: a statewide network on one node (issue 17). An embedded PostgreSQL (or
 * DATABASE_URL's server), migrations, then the statewide seed (statewide-seed.js: 300 schools, 6,000
 * adults, 40,000 students, 600 groups, …), then:
 *  a) allocation of 100,000 essays from 300 schools with the shared package's allocateReviews
 *     (k = 3, cross-school; the synthetic exchange of allocation.bench.js): median of several runs;
 *  b) the network health page as the network's coordinator: the client's own query documents (read
 *     from client/src/features/health/operations.ts and mentoring/operations.ts, sent together as the
 *     page sends them) for "this school year", one page at a time: median and p95;
 *  c) 1,000 concurrent editors over 200 units (5 per unit, each typing BENCH_RATE characters a second)
 *     through TWO server processes sharing rooms with the Redis adapter, behind round-robin-proxy.js
 *     (round robin per connection, so a unit's editors land on both processes and edits cross
 *     between them through Redis). Delivery latency p50/p99 (keystroke → integrated at each other
 *     editor of the unit), then both servers get SIGKILL right after the run, a third one starts, and
 *     a fresh client per unit counts acknowledged edits that are missing (loss). Skipped, saying so,
 *     without REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379).
 * Lines for `npm run bench`: test/bench/results/lines-statewide.json.
 *
 * Env: DATABASE_URL (else an embedded PostgreSQL in a temporary folder), REDIS_URL (part c),
 * BENCH_PARTS (allocation,health,editors), BENCH_ALLOCATION_RUNS (5), BENCH_ESSAYS (100000),
 * BENCH_SCHOOLS (300), BENCH_HEALTH_RUNS (10), BENCH_UNITS (200), BENCH_EDITORS_PER_UNIT (5),
 * BENCH_RATE (1 keystroke/s per editor), BENCH_SECONDS (20), BENCH_WARMUP (3 s of unmeasured typing),
 * BENCH_WORKERS (load generator threads, 2), BENCH_MAX_OTHERS (30 % of a core) and BENCH_QUIET_WAIT (60 s):
 * before each part, wait up to that long for other processes on the (shared) machine to calm down.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import * as Y from 'yjs';
import { allocateReviews } from '../../shared/dist/index.js';
import { hashToken, randomToken } from '../../server/dist/auth/tokens.js';
import { REPO_ROOT } from '../../server/dist/config/config.js';
import { migrateAndSeed } from '../../server/dist/database/prepare.js';
import { benchDatabase } from './bench-database.js';
import { check, exchange } from './allocation-data.js';
import { percentile, writeLines } from './bench-lines.js';
import { startLoad } from './collab-load.js';
import {
  countMissingEdits,
  cpuMs,
  postgresPids,
  postmasterPid,
  SERVER_NODE_ARGS,
  startChild,
  waitForQuiet,
  watch,
} from './collab-metrics.js';
import { transports } from './collab-transports.js';
import { startRoundRobinProxy } from './round-robin-proxy.js';
import { STATEWIDE, STATEWIDE_PASSWORD, seedStatewide } from './statewide-seed.js';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const PARTS = (process.env.BENCH_PARTS ?? 'allocation,health,editors').split(',');
const ALLOCATION_RUNS = env('BENCH_ALLOCATION_RUNS', 5);
const ESSAYS = env('BENCH_ESSAYS', 100_000);
const SCHOOLS = env('BENCH_SCHOOLS', 300);
const HEALTH_RUNS = env('BENCH_HEALTH_RUNS', 10);
const UNITS = env('BENCH_UNITS', 200);
const PER_UNIT = env('BENCH_EDITORS_PER_UNIT', 5);
const RATE = env('BENCH_RATE', 1);
const SECONDS = env('BENCH_SECONDS', 20);
const WARMUP = env('BENCH_WARMUP', 3);
const WORKERS = env('BENCH_WORKERS', 2);
const REDIS_URL = process.env.REDIS_URL;
const MAX_OTHERS = env('BENCH_MAX_OTHERS', 30);
const QUIET_WAIT = env('BENCH_QUIET_WAIT', 60);

/** The machine is shared: waits (up to QUIET_WAIT s) until other processes use < MAX_OTHERS % of a core. */
async function quiet(what, ownPids = []) {
  const busy = await waitForQuiet(MAX_OTHERS, QUIET_WAIT * 1000, [...ownPids, ...postgresPids(pgPid)]);
  if (busy >= MAX_OTHERS)
    console.log(`(${what}: the machine stayed busy, other processes used ${Math.round(busy)} % of a core)`);
  return Math.round(busy);
}
const ms = (x) => `${Math.round(x)} ms`;
const round = (x, digits = 1) => Number(x.toFixed(digits));

/** The named operation of a client file's `graphql(\`…\`)` documents, as the client sends it. */
function clientQuery(file, name) {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'client/src/features', file), 'utf8');
  for (const m of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) if (m[1].includes(`query ${name}(`)) return m[1];
  throw new Error(`no query ${name} in ${file}`);
}

/** "This school year" as the health page's default period asks for it (period.ts: August 1 to today). */
function schoolYear(today = new Date()) {
  const year = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  return { from: new Date(year, 7, 1).toISOString(), to: end.toISOString() };
}

async function gql(url, query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(`${query.trim().slice(0, 40)}…: ${body.errors[0].message}`);
  return body.data;
}

async function benchAllocation() {
  const busy = await quiet('allocation');
  const data = exchange(ESSAYS, SCHOOLS, 20240501);
  const input = { submissions: data.submissions, reviewers: data.reviewers, k: 3, crossSchoolOnly: true };
  allocateReviews({ ...input, seed: 'warm' });
  const times = [];
  const cpu = [];
  let summary;
  for (let i = 0; i < ALLOCATION_RUNS; i++) {
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    const result = allocateReviews({ ...input, seed: `run-${i}` });
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    summary = check(result, 3);
  }
  const median = percentile(times, 50);
  console.log(
    `a) allocation: ${ESSAYS} essays, ${SCHOOLS} schools, ${data.classes} classes, k=3: median ${ms(median)} ` +
      `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}, ${ALLOCATION_RUNS} runs; CPU median ` +
      `${ms(percentile(cpu, 50))}, GC included); ` +
      `cross-school ${summary.crossSchool}/${summary.reviews}, load ${summary.minLoad}–${summary.maxLoad}`,
  );
  return {
    line: `allocation of ${ESSAYS.toLocaleString('en')} essays, ${SCHOOLS} schools (k = 3)`,
    ours: `median ${ms(median)} (CPU ${ms(percentile(cpu, 50))})`,
    goal: '< 1 s',
    met: median < 1000,
    data: {
      essays: ESSAYS,
      schools: SCHOOLS,
      classes: data.classes,
      runs: times.map((t) => round(t)),
      cpuMs: cpu.map((t) => round(t)),
      othersBusyPctBefore: busy,
      summary,
    },
  };
}

async function benchHealth(url, networkId, email, serverPid) {
  const { signIn } = await gql(url, 'mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
    i: { login: email, password: STATEWIDE_PASSWORD },
  });
  const queries = [
    clientQuery('health/operations.ts', 'NetworkHealth'),
    clientQuery('mentoring/operations.ts', 'MentoringHealth'),
  ];
  const variables = { networkId, ...schoolYear() };
  const page = async () => {
    const start = performance.now();
    const each = await Promise.all(
      queries.map(async (query) => {
        const t = performance.now();
        const data = await gql(url, query, variables, signIn.token);
        return { ms: performance.now() - t, data };
      }),
    );
    return { ms: performance.now() - start, each };
  };
  const first = await page();
  const busy = await quiet('health page', [serverPid]);
  const report = first.each[0].data.networkHealth;
  console.log(
    `b) health page (first, cold): ${ms(first.ms)}; ${report.members.members} members, ${report.members.active} active, ` +
      `${report.groups.length} groups (${report.quietGroups} quiet), ${report.isolated.count} isolated, ` +
      `${report.units.total} units, ${report.exchanges.length} exchanges, ${report.convenings.length} convenings`,
  );
  const times = [];
  const parts = queries.map(() => []);
  const pgs = postgresPids(pgPid);
  const cpuOf = () => [cpuMs(serverPid) ?? 0, pgs.reduce((n, p) => n + (cpuMs(p) ?? 0), 0)];
  const cpuBefore = cpuOf();
  for (let i = 0; i < HEALTH_RUNS; i++) {
    const r = await page();
    times.push(r.ms);
    r.each.forEach((e, j) => parts[j].push(e.ms));
  }
  const [serverCpu, pgCpu] = cpuOf().map((x, i) => (x - cpuBefore[i]) / HEALTH_RUNS);
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  console.log(
    `b) health page: median ${ms(p50)}, p95 ${ms(p95)} (${HEALTH_RUNS} pages; NetworkHealth median ` +
      `${ms(percentile(parts[0], 50))}, MentoringHealth median ${ms(percentile(parts[1], 50))}); CPU per page: ` +
      `server ${ms(serverCpu)}${pgPid ? `, PostgreSQL ${ms(pgCpu)}` : ''}`,
  );
  return {
    line: 'network health page, statewide network (coordinator, this school year)',
    ours: `median ${ms(p50)}, p95 ${ms(p95)}`,
    goal: '< 1 s (p95)',
    met: p95 < 1000,
    data: {
      runs: times.map((t) => round(t)),
      coldMs: round(first.ms),
      othersBusyPctBefore: busy,
      serverCpuMsPerPage: round(serverCpu),
      postgresCpuMsPerPage: pgPid ? round(pgCpu) : null,
      networkHealthMs: parts[0].map((t) => round(t)),
      mentoringHealthMs: parts[1].map((t) => round(t)),
      figures: {
        members: report.members.members,
        active: report.members.active,
        groups: report.groups.length,
        isolated: report.isolated.count,
        units: report.units.total,
        exchanges: report.exchanges.length,
      },
    },
  };
}

/** Sessions for the editors, as a sign-in makes them (only the token's SHA-256 is stored). */
async function sessionsFor(db, userIds) {
  const tokens = userIds.map(() => randomToken());
  await db.query(
    `INSERT INTO session (user_id, token_hash, expires_at)
     SELECT u, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS t(u, h)`,
    [userIds, tokens.map(hashToken)],
  );
  return new Map(userIds.map((id, i) => [id, tokens[i]]));
}

/** Acknowledged (and sent) edits a fresh client of `url` does not see, unit by unit, eight at a time. */
async function countMissing(url, docs, edits) {
  const missing = { sent: 0, acked: 0, sentTotal: 0, ackedTotal: 0 };
  let cursor = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (cursor < docs.length) {
        const d = docs[cursor++];
        const doc = new Y.Doc();
        const link = await transports.ours({ url, token: d.tokens[0], documentId: d.documentId, doc });
        const sv = Y.decodeStateVector(Y.encodeStateVector(doc));
        link.close();
        countMissingEdits(
          missing,
          sv,
          edits.filter((x) => x.documentId === d.documentId),
        );
        doc.destroy();
      }
    }),
  );
  return missing;
}

async function benchEditors(db, drafts, startServer, stopAll) {
  if (drafts.length < UNITS || PER_UNIT > 10)
    throw new Error(`the seed has ${drafts.length} draft units of 10 members`);
  const chosen = drafts
    .slice(0, UNITS)
    .map((d) => ({ documentId: d.documentId, people: d.members.slice(0, PER_UNIT) }));
  const tokens = await sessionsFor(
    db,
    chosen.flatMap((d) => d.people),
  );
  const docs = chosen.map((d) => ({ documentId: d.documentId, tokens: d.people.map((p) => tokens.get(p)) }));
  const a = await startServer('A');
  const b = await startServer('B');
  const proxy = await startRoundRobinProxy([a.port, b.port]);
  const url = `http://127.0.0.1:${proxy.port}`;
  let result;
  let load;
  let watchers;
  let usage;
  let busy;
  try {
    load = await startLoad({ transport: 'ours', url, docs, rate: RATE, workers: WORKERS });
    console.log(`c) ${load.editors} editors connected in ${(load.connectMs / 1000).toFixed(1)} s`);
    busy = await quiet('editors', [a.pid, b.pid]);
    if (WARMUP > 0) await load.type(WARMUP);
    proxy.resetDocuments();
    watchers = [watch(a.pid, pgPid), watch(b.pid, null)];
    result = await load.type(SECONDS);
    usage = watchers.map((w) => w.end());
    // Straight after the last acknowledgement: no clean shutdown, nothing flushed.
    await a.kill('SIGKILL');
    await b.kill('SIGKILL');
  } finally {
    await load?.close();
    await proxy.close();
  }
  const stats = proxy.stats();
  const both = docs.filter((d) => stats.every((s) => s.documents.has(d.documentId))).length;
  const fresh = await startServer('C');
  const missing = await countMissing(`http://127.0.0.1:${fresh.port}`, docs, result.edits);
  await stopAll();
  const l = result.latencies;
  const [p50, p99] = [percentile(l, 50), percentile(l, 99)];
  console.log(
    `c) ${load.editors} editors, ${UNITS} units, ${RATE}/s each for ${SECONDS} s through 2 processes ` +
      `(connections ${stats.map((s) => s.connections).join(' + ')}; units edited on both: ${both}/${UNITS}): ` +
      `${result.sent} edits, ${result.acked} acknowledged, ${l.length} deliveries, p50 ${round(p50, 2)} ms, ` +
      `p99 ${round(p99, 2)} ms, max ${round(l[l.length - 1] ?? NaN, 1)} ms, undelivered ${result.undelivered}, ` +
      `refused/errors ${result.refused + result.errors}${result.firstError ? ` (first: ${result.firstError})` : ''}`,
  );
  console.log(
    `c) CPU (% of one core): servers ${usage.map((u) => Math.round(u.serverCpuPct)).join(' + ')}` +
      `${pgPid ? `, PostgreSQL ${Math.round(usage[0].postgresCpuPct)}` : ''}, load generator ${Math.round(usage[0].benchCpuPct)}, ` +
      `everything else on the machine ${Math.round(usage[0].othersCpuPct - usage[1].serverCpuPct)}; load generator loop p99 ` +
      `${round(Math.max(...result.generator.map((g) => g.loopDelayP99Ms)), 1)} ms`,
  );
  console.log(
    `c) after SIGKILL of both servers, a fresh one: ${missing.acked} of ${missing.ackedTotal} acknowledged edits missing ` +
      `(${missing.sent} of ${missing.sentTotal} sent)`,
  );
  return {
    line: `${load.editors} editors over ${UNITS} units, 2 processes + Redis adapter (${RATE} keystroke${RATE === 1 ? '' : 's'}/s each)`,
    ours: `p50 ${round(p50, 2)} ms, p99 ${round(p99, 2)} ms, ${missing.acked} acknowledged edits lost`,
    goal: 'p99 and loss reported; 0 acknowledged edits lost',
    met: missing.acked === 0 && result.refused + result.errors === 0,
    data: {
      editors: load.editors,
      units: UNITS,
      rate: RATE,
      seconds: SECONDS,
      sent: result.sent,
      acked: result.acked,
      deliveries: l.length,
      p50Ms: round(p50, 2),
      p99Ms: round(p99, 2),
      maxMs: round(l[l.length - 1] ?? NaN, 1),
      ackP99Ms: round(percentile(result.ackLatencies, 99), 2),
      undelivered: result.undelivered,
      refusedOrErrors: result.refused + result.errors,
      firstError: result.firstError,
      connections: stats.map((s) => s.connections),
      serverCpuPct: usage.map((u) => round(u.serverCpuPct)),
      postgresCpuPct: pgPid ? round(usage[0].postgresCpuPct) : null,
      loadGeneratorCpuPct: round(usage[0].benchCpuPct),
      loadGeneratorLoopP99Ms: round(Math.max(...result.generator.map((g) => g.loopDelayP99Ms)), 1),
      othersBusyPctBefore: busy,
      othersCpuPct: round(usage[0].othersCpuPct - usage[1].serverCpuPct),
      unitsOnBothProcesses: both,
      missing,
    },
  };
}

const database = await benchDatabase('statewide');
const { dbUrl } = database;
const pgPid = database.pgDir ? postmasterPid(database.pgDir) : null;
const servers = new Set();
const startServer = async (name, extra = {}) => {
  const child = await startChild(
    path.join(REPO_ROOT, 'server/dist/main.js'),
    {
      DATABASE_URL: dbUrl,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: '0',
      HOST: '127.0.0.1',
      SIGN_IN_IP_LIMIT: '100000',
      ...(REDIS_URL ? { REDIS_URL } : {}),
      ...extra,
    },
    'is ready at',
    SERVER_NODE_ARGS,
  );
  child.name = name;
  servers.add(child);
  return child;
};
const stopAll = async () => {
  for (const s of servers) await s.kill('SIGTERM');
  servers.clear();
};
const db = new pg.Client({ connectionString: dbUrl });
const lines = [];
try {
  await migrateAndSeed(dbUrl, false);
  await db.connect();
  const seeded = await seedStatewide(db);
  const c = seeded.counts;
  console.log(`Seeded in ${ms(seeded.ms)}: ${JSON.stringify(c)}`);
  lines.push({
    line: `statewide seed: ${c.schools} schools, ${c.adults} adults, ${c.students} students, ${c.groups} groups`,
    ours: `${(seeded.ms / 1000).toFixed(1)} s`,
    goal: `${STATEWIDE.schools} schools, ${STATEWIDE.adults} adults, ${STATEWIDE.students} students, ${STATEWIDE.groups} groups; seconds, not minutes`,
    met:
      c.schools === STATEWIDE.schools &&
      c.adults === STATEWIDE.adults &&
      c.students === STATEWIDE.students &&
      c.groups === STATEWIDE.groups &&
      seeded.ms < 60_000,
    data: { ms: round(seeded.ms), counts: c },
  });
  if (PARTS.includes('allocation')) lines.push(await benchAllocation());
  if (PARTS.includes('health')) {
    const server = await startServer('health');
    lines.push(
      await benchHealth(`http://127.0.0.1:${server.port}`, seeded.networkId, seeded.coordinatorEmail, server.pid),
    );
    await stopAll();
  }
  if (PARTS.includes('editors')) {
    if (!REDIS_URL) {
      console.log(
        'c) skipped: REDIS_URL is not set (two server processes share rooms through the Redis adapter; ' +
          'e.g. REDIS_URL=redis://127.0.0.1:6379)',
      );
      lines.push({
        line: `${UNITS * PER_UNIT} editors over ${UNITS} units, 2 processes + Redis adapter`,
        ours: 'skipped: no REDIS_URL',
        goal: 'p99 and loss reported; 0 acknowledged edits lost',
        met: null,
        data: { skipped: 'REDIS_URL is not set' },
      });
    } else {
      lines.push(await benchEditors(db, seeded.drafts, startServer, stopAll));
    }
  }
  console.log(`Lines written to ${path.relative(process.cwd(), writeLines('statewide', lines))}`);
  console.table(lines.map(({ line, ours, goal, met }) => ({ line, ours, goal, met })));
} catch (err) {
  console.error('Benchmark failed:', err);
  for (const s of servers) console.error(`--- server ${s.name} output (tail)\n${s.output().slice(-3000)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
  await db.end().catch(() => {});
  await database.drop();
}
