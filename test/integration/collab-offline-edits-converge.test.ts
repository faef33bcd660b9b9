import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io } from 'socket.io-client';
import { COLLAB_NAMESPACE, CollabEvent } from '@switchback/shared';
import { LiveDocuments } from '../../server/src/collaboration/live-documents.service.js';
import { CollabClient, waitFor } from '../support/collab-client.js';
import { SECTIONS, stored, unitWorld, type UnitWorld } from '../support/collab-fixtures.js';
import { startServer, type TestServer } from '../support/harness.js';

/**
 * A teacher's connection drops: they keep writing, the others keep writing, and when the
 * connection is back both sides end with every edit. Offline edits never reach anyone early.
 */
describe('collab: offline edits converge', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  async function open(world: UnitWorld, author: number, tag: string): Promise<CollabClient> {
    const c = await CollabClient.open({
      url: server.url,
      token: world.authors[author].token,
      documentId: world.documentId,
      tag,
    });
    clients.push(c);
    return c;
  }

  /** A mix of edits in every section; returns the markers it deleted. */
  function write(c: CollabClient, edits: number): string[] {
    const deleted: string[] = [];
    for (let i = 0; i < edits; i++) {
      const section = SECTIONS[i % SECTIONS.length];
      if (i % 7 === 6) {
        const gone = c.deleteOne(section);
        if (gone) deleted.push(gone);
      } else if (i % 5 === 4) c.formatOne(section);
      else if (i % 9 === 8) c.insertBlock(section);
      else c.insert(section);
    }
    return deleted;
  }

  function converged(all: CollabClient[]): boolean {
    const first = JSON.stringify(all[0].content());
    return all.every((c) => c.unackedCount === 0 && JSON.stringify(c.content()) === first);
  }

  it('one-client-offline-while-both-sides-edit-converges-with-every-edit', async () => {
    const world = await unitWorld(server.db, server, 2);
    const online = await open(world, 0, 'on');
    const traveller = await open(world, 1, 'off');
    const deleted = new Set([...write(online, 12), ...write(traveller, 12)]);
    await waitFor(() => converged([online, traveller]), 10_000, 'the first convergence');

    traveller.disconnect();
    await traveller.waitFor(() => !traveller.connected, 5_000, 'going offline');
    const offlineMade = traveller.made.length;
    for (const m of write(traveller, 30)) deleted.add(m);
    for (const m of write(online, 30)) deleted.add(m);
    const offlineMarkers = traveller.made.slice(offlineMade);
    // A newcomer meanwhile sees the online side's edits and none of the offline ones.
    await online.waitFor(() => online.unackedCount === 0, 10_000, 'online edits acknowledged');
    const newcomer = await open(world, 0, 'new');
    expect(newcomer.content()).toEqual(online.content());
    for (const m of offlineMarkers) expect(newcomer.markers().has(m)).toBe(false);
    expect(traveller.pending.length).toBeGreaterThanOrEqual(offlineMarkers.length);

    await traveller.reconnect();
    await waitFor(() => converged([online, traveller, newcomer]), 10_000, 'convergence after reconnecting');
    const written = [online, traveller].flatMap((c) => c.made);
    const surviving = written.filter((m) => !deleted.has(m)).sort();
    for (const c of [online, traveller, newcomer]) expect([...c.markers()].sort()).toEqual(surviving);
    expect(traveller.pending).toEqual([]);
    expect((await stored(server.db, world.documentId)).content).toEqual(online.content());
  });

  it('both-clients-offline-at-once-converge-after-both-reconnect', async () => {
    const world = await unitWorld(server.db, server, 2);
    const a = await open(world, 0, 'a');
    const b = await open(world, 1, 'b');
    const deleted = new Set([...write(a, 10), ...write(b, 10)]);
    await waitFor(() => converged([a, b]), 10_000, 'the first convergence');

    a.disconnect();
    b.disconnect();
    await waitFor(() => !a.connected && !b.connected, 5_000, 'both offline');
    for (const m of [...write(a, 25), ...write(b, 25)]) deleted.add(m);
    const offlineA = JSON.stringify(a.content());
    expect(JSON.stringify(b.content())).not.toBe(offlineA);

    await Promise.all([b.reconnect(), a.reconnect()]);
    await waitFor(() => converged([a, b]), 10_000, 'convergence after both reconnect');
    const surviving = [a, b]
      .flatMap((c) => c.made)
      .filter((m) => !deleted.has(m))
      .sort();
    expect([...a.markers()].sort()).toEqual(surviving);
    expect([...b.markers()].sort()).toEqual(surviving);

    // And from PostgreSQL, for anyone opening it later.
    const late = await open(world, 0, 'late');
    expect(late.content()).toEqual(a.content());
  });

  it('a-connection-dropped-while-joining-leaves-nothing-open-on-the-server', async () => {
    const world = await unitWorld(server.db, server, 1);
    const live = server.app.get(LiveDocuments);
    for (let i = 0; i < 5; i++) {
      const socket = io(`${server.url}${COLLAB_NAMESPACE}`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: { token: world.authors[0].token },
      });
      await waitFor(() => socket.connected, 5_000, 'connected');
      // The join is on its way (the server is checking access) when the connection drops.
      socket.emit(CollabEvent.Join, { documentId: world.documentId });
      socket.disconnect();
    }
    // Someone else opens and closes it: the document must then be freed, as nobody has it open.
    const other = await open(world, 0, 'other');
    other.insert('goals');
    await other.waitFor(() => other.pending.length === 0, 5_000, 'saved');
    other.close();
    await waitFor(() => live.get(world.documentId) === undefined, 5_000, 'the document to be freed');
  });
});
