/**
 * What the collaboration benchmark measures of processes it does not run itself (servers started as
 * children, PostgreSQL): CPU from /proc/<pid>/stat (utime + stime) and memory from /proc/<pid>/status.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '../../server/dist/database/embedded-postgres.js';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU milliseconds (user + system) a process has used so far, or null when it is gone. */
export function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function statusKb(pid, key) {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${key}:`));
    return line ? Number(line.split(/\s+/)[1]) : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds the whole machine has spent busy (all cores, from /proc/stat). */
export function machineBusyMs() {
  const [, ...v] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = v;
  return ((user + nice + system + irq + softirq + (steal ?? 0)) * 1000) / TICKS_PER_SECOND;
}

/**
 * Waits (up to `maxWaitMs`) for a 3-second window in which processes other than ours keep less than
 * `maxBusyPct` of one core busy: the machine is shared. Resolves with the busy share last seen.
 */
export async function waitForQuiet(maxBusyPct, maxWaitMs, ownPids = []) {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const own = () => ownPids.reduce((sum, pid) => sum + (cpuMs(pid) ?? 0), 0) + selfCpuMs();
    const [m0, o0, t0] = [machineBusyMs(), own(), performance.now()];
    await new Promise((r) => setTimeout(r, 3000));
    const busyPct = (100 * (machineBusyMs() - m0 - (own() - o0))) / (performance.now() - t0);
    if (busyPct < maxBusyPct || Date.now() > deadline) return busyPct;
  }
}

const selfCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The postmaster and its backends (the whole PostgreSQL server), when we know the postmaster's pid. */
export function postgresPids(postmasterPid) {
  if (!postmasterPid) return [];
  const pids = [postmasterPid];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmasterPid) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

/**
 * How the server is started in production (`npm start`, the Dockerfile): Node 24 sizes the young
 * generation from the machine's memory (128 MB of semi-spaces on 24 GiB), which the server mostly
 * leaves empty but holds; 16 MB is plenty for its short-lived garbage (docs/performance.md).
 * BENCH_SERVER_NODE_ARGS (space-separated) replaces them, to compare flags.
 */
export const SERVER_NODE_ARGS = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [
  '--max-semi-space-size=16',
];

/** Resident memory of a process, in MB (0 when it is gone). */
export const rssMb = (pid) => (statusKb(pid, 'VmRSS') ?? 0) / 1024;

/** The postmaster's pid from its data folder's postmaster.pid, or null (external database). */
export function postmasterPid(dataDir) {
  try {
    return Number(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

/**
 * Watches a server process (and PostgreSQL, when `pgPid` is known) until `end()`: CPU used meanwhile
 * as a share of one core (also by this process, the load generator, and by everything else on the
 * machine), and the largest resident memory seen (sampled every 200 ms).
 */
export function watch(pid, pgPid) {
  const started = performance.now();
  const machineStart = machineBusyMs();
  const selfStart = selfCpuMs();
  const serverCpu = cpuMs(pid);
  const pgStart = new Map(postgresPids(pgPid).map((p) => [p, cpuMs(p) ?? 0]));
  let peakRssKb = statusKb(pid, 'VmRSS') ?? 0;
  const timer = setInterval(() => (peakRssKb = Math.max(peakRssKb, statusKb(pid, 'VmRSS') ?? 0)), 200);
  return {
    end() {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      peakRssKb = Math.max(peakRssKb, statusKb(pid, 'VmRSS') ?? 0);
      let pgMs = null;
      if (pgPid) {
        pgMs = 0;
        for (const p of postgresPids(pgPid)) pgMs += (cpuMs(p) ?? 0) - (pgStart.get(p) ?? 0);
      }
      const serverMs = (cpuMs(pid) ?? serverCpu) - serverCpu;
      const selfMs = selfCpuMs() - selfStart;
      const othersMs = machineBusyMs() - machineStart - serverMs - selfMs - (pgMs ?? 0);
      return {
        wallMs,
        serverCpuMs: serverMs,
        benchCpuPct: (100 * selfMs) / wallMs,
        othersCpuPct: (100 * othersMs) / wallMs,
        serverCpuPct: (100 * serverMs) / wallMs,
        postgresCpuPct: pgMs === null ? null : (100 * pgMs) / wallMs,
        peakRssMb: peakRssKb / 1024,
        hwmMb: (statusKb(pid, 'VmHWM') ?? 0) / 1024,
      };
    },
  };
}

/**
 * Starts a node script as a child process on a free port and resolves once it prints `readyText`,
 * with `{ pid, port, output(), kill(signal), stop() }`.
 */
export async function startChild(script, env, readyText, nodeArgs = []) {
  const port = await freePort();
  const proc = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  await new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      if (out.length > 200_000) out = out.slice(-100_000);
      if (out.includes(readyText)) resolve();
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    void exited.then(({ code, signal }) =>
      reject(new Error(`${script} exited (${code ?? signal}) before it was ready:\n${out.slice(-4000)}`)),
    );
  });
  return {
    pid: proc.pid,
    port,
    /** Resident memory once ready, before any work. */
    readyRssMb: rssMb(proc.pid),
    output: () => out,
    async kill(signal) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/**
 * Adds to `missing` (sent, acked, sentTotal, ackedTotal) the edits of one document that a fresh
 * client's state vector `sv` does not cover: an edit is lost when its clock is past what the
 * client has of its author.
 */
export function countMissingEdits(missing, sv, edits) {
  for (const e of edits) {
    const have = sv.get(e.client) ?? 0;
    e.clocks.forEach((clock, i) => {
      missing.sentTotal++;
      if (e.acked[i]) missing.ackedTotal++;
      if (clock < have) return;
      missing.sent++;
      if (e.acked[i]) missing.acked++;
    });
  }
}
