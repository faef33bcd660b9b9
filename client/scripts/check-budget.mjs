#!/usr/bin/env node
/**
 * `npm run check:budget`: fails when the JavaScript (or CSS) the sign-in route loads before its form is
 * usable grows past its budget, gzip -9 compressed, as the server sends it. Reads the built client
 * (client/dist, after `npm run build`): the chunk graph written by client/build/chunk-graph.ts and the
 * built files themselves. Budgets: client/scripts/sign-in-budget.json.
 *
 * What the route loads: the entry chunk and its static imports, transitively (the browser fetches them
 * at once, index.html preloads them), plus the chunk holding each of the budget's `modules` and its
 * static imports when that module is loaded lazily. Prints a table of every file with its raw, gzip
 * and Brotli sizes.
 *
 *   node client/scripts/check-budget.mjs [--dist <dir>] [--budget <file>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : fallback;
};
const dist = option('--dist', path.join(here, '..', 'dist'));
const budgetFile = option('--budget', path.join(here, 'sign-in-budget.json'));

function fail(message) {
  console.error(`check:budget: ${message}`);
  process.exit(1);
}

const graphFile = path.join(dist, '.vite', 'chunk-graph.json');
if (!fs.existsSync(graphFile))
  fail(`${path.relative(process.cwd(), graphFile)} is missing: run \`npm run build\` first.`);
const { chunks } = JSON.parse(fs.readFileSync(graphFile, 'utf8'));
const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));

/** `start` and every chunk it imports statically, transitively. */
function withStaticImports(start, into) {
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (into.has(file)) continue;
    into.add(file);
    stack.push(...(chunks[file]?.imports ?? []));
  }
  return into;
}

const js = new Set();
const entries = Object.keys(chunks).filter((f) => chunks[f].isEntry);
if (entries.length === 0) fail('the chunk graph has no entry chunk.');
for (const entry of entries) withStaticImports(entry, js);
const notes = [];
for (const module of budget.modules ?? []) {
  const holder = Object.keys(chunks).find((f) => chunks[f].modules.includes(module));
  if (!holder) fail(`no chunk holds ${module}: was it renamed? Update ${path.basename(budgetFile)}.`);
  if (!js.has(holder)) notes.push(`${module} is loaded lazily, in ${holder}`);
  withStaticImports(holder, js);
}
const css = new Set([...js].flatMap((f) => chunks[f].css));

const gzipSize = (data) => zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION }).length;
const brotliSize = (data) =>
  zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    },
  }).length;

function measure(file, kind) {
  const full = path.join(dist, file);
  if (!fs.existsSync(full)) fail(`${file} is in the chunk graph but not in ${dist}: rebuild the client.`);
  const data = fs.readFileSync(full);
  return { file, kind, raw: data.length, gzip: gzipSize(data), brotli: brotliSize(data) };
}

// The server answers /sign-in with sign-in.html (the app's page with a working form) when the build has one.
const page = fs.existsSync(path.join(dist, 'sign-in.html')) ? 'sign-in.html' : 'index.html';
const rows = [
  measure(page, 'html'),
  ...[...js].sort().map((f) => measure(f, 'js')),
  ...[...css].sort().map((f) => measure(f, 'css')),
];
const total = (kind) =>
  rows
    .filter((r) => !kind || r.kind === kind)
    .reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.file.length), 24);
const line = (name, t) =>
  `${name.padEnd(width)}  ${kb(t.raw).padStart(10)}  ${kb(t.gzip).padStart(10)}  ${kb(t.brotli).padStart(10)}`;
console.log(`The sign-in route loads ${js.size} JavaScript and ${css.size} CSS files before it is usable:\n`);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip -9'.padStart(10)}  ${'brotli 11'.padStart(10)}`);
for (const r of rows) console.log(line(r.file, r));
console.log('-'.repeat(width + 36));
console.log(line('JavaScript', total('js')));
console.log(line('CSS', total('css')));
console.log(line(`all (with ${page})`, total()));
for (const note of notes) console.log(`note: ${note}`);

const over = [];
const jsGzip = total('js').gzip;
const cssGzip = total('css').gzip;
if (jsGzip > budget.jsGzipBytes)
  over.push(
    `JavaScript is ${jsGzip} bytes gzip, over its budget of ${budget.jsGzipBytes} by ${jsGzip - budget.jsGzipBytes}`,
  );
if (cssGzip > budget.cssGzipBytes)
  over.push(
    `CSS is ${cssGzip} bytes gzip, over its budget of ${budget.cssGzipBytes} by ${cssGzip - budget.cssGzipBytes}`,
  );
if (over.length) {
  fail(
    `the sign-in route is over budget:\n  ${over.join('\n  ')}\n` +
      `Make it smaller (lazy-load what the form does not need), or, if the growth is worth it, raise the ` +
      `budget in ${path.relative(process.cwd(), budgetFile)} and say why in the commit.`,
  );
}
console.log(
  `\ncheck:budget: within budget (JavaScript ${jsGzip} of ${budget.jsGzipBytes} bytes, CSS ${cssGzip} of ${budget.cssGzipBytes} bytes, gzip).`,
);
