/**
 * How many SQL statements each benchmarked query costs (and which, with V=1): run
 * `BENCH_KEEP=1 BENCH_NO_PEER=1 node test/bench/api-pages.bench.js`, then pass the JSON line it
 * prints: `node test/bench/api-pages-statements.js '<json>'`. Runs its own server in this process
 * against the bench database, so it can watch every statement pg sends.
 */
import pg from 'pg';
import { createApp } from '../../server/dist/app.factory.js';
import { loadConfig } from '../../server/dist/config/config.js';
import { clientQueries, pages } from './api-pages-queries.js';

const keep = JSON.parse(process.argv[2]);
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'error', SIGN_IN_IP_LIMIT: '100000' });
const app = await createApp({ ...config, clientDist: '/none' }, keep.dbUrl);
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
let statements = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
  if (text) statements.push(text.replace(/\s+/g, ' ').slice(0, 200));
  return query.apply(this, args);
};
const all = pages(keep.data);
const documents = clientQueries(all.flatMap((p) => p.queries.map(([name]) => name)));
for (const p of all) {
  for (const [name, variables] of p.queries) {
    const send = () =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: keep.headers,
        body: JSON.stringify({ query: documents[name], variables }),
      }).then((r) => r.text());
    await send(); // warm: the first request of a document also parses and validates it
    statements = [];
    const body = await send();
    console.log(`${name}: ${statements.length} statements, ${body.length} bytes`);
    if (process.env.V) for (const s of statements) console.log(`  ${s}`);
  }
}
pg.Client.prototype.query = query;
await app.close();
process.exit(0);
