import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { CollabClient, seededRandom } from '../support/collab-client.js';
import { SECTIONS, stored, unitWorld, type UnitWorld } from '../support/collab-fixtures.js';
import {
  createDatabase,
  startServerProcess,
  type ServerProcess,
  type TestDatabase,
} from '../support/server-process.js';

/**
 * An acknowledgement means "committed": a client streams edits (each inserting a unique marker) and
 * keeps them until acknowledged; the server process is killed with SIGKILL mid-stream, at several
 * points; a server restarted on the same database has every acknowledged marker, and the client,
 * reconnecting, delivers the rest.
 */
describe('collab: kill -9 loses no acknowledged edit', () => {
  let database: TestDatabase;
  let db: DataSource;
  let proc: ServerProcess;
  let world: UnitWorld;
  const open: CollabClient[] = [];

  beforeAll(async () => {
    database = await createDatabase();
    proc = await startServerProcess(database.url);
    db = await database.connect();
    world = await unitWorld(db, proc, 1);
  });
  afterAll(async () => {
    for (const c of open) c.close();
    await proc?.kill();
    await database?.drop();
  });

  function client(tag: string): Promise<CollabClient> {
    return CollabClient.open({
      url: proc.url,
      token: world.authors[0].token,
      documentId: world.documentId,
      tag,
      random: seededRandom(tag.length * 7919 + tag.charCodeAt(tag.length - 1)),
    }).then((c) => {
      open.push(c);
      return c;
    });
  }

  /**
   * Keeps `window` edits in flight and kills the process with SIGKILL the moment the `acks`th marker
   * is acknowledged (inside the acknowledgement's callback: whatever the server has acknowledged
   * but not committed would be lost); then restarts it on the same database and port.
   */
  async function streamAndKill(c: CollabClient, acks: number, window = 8): Promise<{ acked: number; unacked: number }> {
    let killed = false;
    c.onAck = () => {
      if (killed || c.acked.size < acks) return;
      killed = true;
      // A few more keystrokes go out just before it dies.
      for (let k = 0; k < 3; k++) c.insert(SECTIONS[k]);
      proc.child.kill('SIGKILL');
    };
    const until = Date.now() + 15_000;
    let i = 0;
    while (!killed) {
      if (Date.now() > until) throw new Error(`only ${c.acked.size} of ${acks} acknowledged: ${proc.output()}`);
      while (c.unackedCount < window) c.insert(SECTIONS[i++ % SECTIONS.length]);
      await new Promise((r) => setImmediate(r));
    }
    c.onAck = null;
    const port = proc.port;
    await proc.kill();
    await c.waitFor(() => !c.connected, 5_000, 'the client to notice the server is gone');
    // Acknowledgements already on the wire when the process died count too: they were sent after commit.
    for (const m of c.acked) everAcked.add(m);
    const counts = { acked: c.acked.size, unacked: c.pending.length };
    proc = await startServerProcess(database.url, { port });
    return counts;
  }

  /** Everything acknowledged so far, across kill points. */
  const everAcked = new Set<string>();

  async function expectEveryAcknowledgedMarker(): Promise<CollabClient> {
    const fresh = await client(`fresh${everAcked.size}`);
    const present = fresh.markers();
    const missing = [...everAcked].filter((m) => !present.has(m));
    expect(missing).toEqual([]);
    return fresh;
  }

  /** The writer comes back to the restarted server: its unacknowledged edits arrive too. */
  async function expectReconnectDeliversTheRest(writer: CollabClient, fresh: CollabClient) {
    await writer.reconnect();
    await writer.waitFor(() => writer.pending.length === 0, 10_000, 'the rest to be acknowledged');
    await fresh.waitFor(() => writer.made.every((m) => fresh.markers().has(m)), 10_000, 'the rest to arrive');
    for (const m of writer.made) everAcked.add(m);
    expect(fresh.content()).toEqual(writer.content());
  }

  it.each([10, 50, 200])('killed-after-%i-acks-keeps-every-acknowledged-marker', async (acks) => {
    const writer = await client(`w${acks}`);
    const { acked, unacked } = await streamAndKill(writer, acks);
    expect(acked).toBeGreaterThanOrEqual(acks);
    expect(unacked).toBeGreaterThan(0); // edits were still in flight
    const fresh = await expectEveryAcknowledgedMarker();
    await expectReconnectDeliversTheRest(writer, fresh);
  });

  it('killed-mid-burst-keeps-every-acknowledged-marker', async () => {
    const writer = await client('burst');
    // A pasted-in burst: 200 edits of 2 kB each, more than the server reads in one go.
    const padding = ' ratio and rate'.repeat(140);
    const burst = Array.from({ length: 200 }, (_, i) => writer.insert(SECTIONS[i % SECTIONS.length], { padding }));
    // Killed at the first acknowledgement of the burst, the rest in flight.
    // (How much of the burst the server committed before it died depends on how it batched it: every
    // acknowledgement it sent counts, whenever it arrives.)
    const { acked, unacked } = await streamAndKill(writer, 1, 0);
    expect(acked).toBeGreaterThan(0);
    expect(burst.some((m) => writer.acked.has(m))).toBe(true);
    expect(unacked).toBeGreaterThan(0);
    const fresh = await expectEveryAcknowledgedMarker();
    await expectReconnectDeliversTheRest(writer, fresh);
    // Nothing was lost across the four kills, and PostgreSQL alone reproduces what clients see.
    const s = await stored(db, world.documentId);
    const missing = [...everAcked].filter((m) => !s.markers.has(m));
    expect(missing).toEqual([]);
    expect(everAcked.size).toBeGreaterThan(10 + 50 + 200 + 200);
  });
});
