/**
 * `npm run bench`: every benchmark of the performance goals, one after another (each in its own
 * process, printing its own detail), then ONE table of every line: ours, the peer in the same run,
 * the ratio (higher is better for us) and the goal. Writes the table's lines to
 * test/bench/results/bench-<time>.json and test/bench/results/latest.json.
 * Env: BENCH_SUITES (comma list; default api,collab,transport-floor,allocation,statewide) plus each bench's own knobs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULTS_DIR } from './bench-lines.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SUITES = {
  api: ['api-pages.bench.js'],
  collab: ['collab.bench.js'],
  'transport-floor': ['transport-floor.bench.js'],
  allocation: ['--expose-gc', 'allocation.bench.js'],
  statewide: ['statewide.bench.js'],
};
const chosen = (process.env.BENCH_SUITES ?? Object.keys(SUITES).join(',')).split(',').map((s) => s.trim());

function run(args) {
  const script = args.at(-1);
  const flags = args.slice(0, -1);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...flags, path.join(HERE, script)], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const started = new Date();
const failed = [];
for (const name of chosen) {
  if (!SUITES[name]) {
    console.error(`Unknown suite '${name}'; choose from ${Object.keys(SUITES).join(', ')}.`);
    process.exit(2);
  }
  console.log(`\n==> ${name}`);
  const code = await run(SUITES[name]);
  if (code !== 0) failed.push(`${name} (exit ${code})`);
}

/** Lines written by this run's benches (older files from earlier runs are left out). */
const lines = [];
for (const name of chosen) {
  const file = path.join(RESULTS_DIR, `lines-${name}.json`);
  if (!fs.existsSync(file) || fs.statSync(file).mtime < started) {
    lines.push({ bench: name, line: `${name}: no result (the bench failed or was skipped)`, ours: '—', met: false });
    continue;
  }
  lines.push(...JSON.parse(fs.readFileSync(file, 'utf8')));
}

const cell = (v) => String(v ?? '—').replace(/\|/g, '/');
const ratio = (r) => (typeof r === 'number' ? `${r.toFixed(2)}×` : '—');
const met = (m) => (m === true ? 'yes' : m === false ? 'NO' : '—');
const header = ['', 'ours', 'peer in the same run', 'ratio', 'goal', 'met'];
const rows = lines.map((l) => [l.line, l.ours, l.peer, ratio(l.ratio), l.goal, met(l.met)].map(cell));
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const format = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${os.cpus().length} cores, Node ${process.version}, ${started.toISOString()}\n`);
console.log([format(header), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)].join('\n'));

const summary = { at: started.toISOString(), node: process.version, cores: os.cpus().length, failed, lines };
const out = path.join(RESULTS_DIR, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
fs.mkdirSync(RESULTS_DIR, { recursive: true });
fs.writeFileSync(out, JSON.stringify(summary, null, 2));
fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), JSON.stringify(summary, null, 2));
console.log(`\nWritten to ${path.relative(process.cwd(), out)} (and latest.json)`);
if (failed.length) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
