/**
 * The peer of `npm run bench:collab`: a stock @hocuspocus/server 4 with @hocuspocus/extension-database
 * storing each document's whole state into PostgreSQL (`hocuspocus_documents`), with Hocuspocus's
 * default store debounce (2 s, at most 10 s). No authentication hook (ours checks a session on
 * connect and an access policy on join; both happen before a workload starts).
 * Env: DATABASE_URL, PORT. Prints "peer ready" once listening.
 */
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
await pool.query(`CREATE TABLE IF NOT EXISTS hocuspocus_documents (name text PRIMARY KEY, data bytea NOT NULL)`);

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [
    new Database({
      fetch: async ({ documentName }) => {
        const { rows } = await pool.query('SELECT data FROM hocuspocus_documents WHERE name = $1', [documentName]);
        return rows[0] ? new Uint8Array(rows[0].data) : null;
      },
      store: async ({ documentName, state }) => {
        await pool.query(
          `INSERT INTO hocuspocus_documents (name, data) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data`,
          [documentName, state],
        );
      },
    }),
  ],
});

await server.listen();
console.log('peer ready');
