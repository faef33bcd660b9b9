import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { CollabClient, seededRandom, waitFor } from '../support/collab-client.js';
import { createUnit, SECTIONS, stored, unitWorld, type UnitWorld } from '../support/collab-fixtures.js';
import {
  createDatabase,
  startServerProcess,
  type ServerProcess,
  type TestDatabase,
} from '../support/server-process.js';

/**
 * Two server processes on one database, people connected to either: their edits and presence
 * reach each other and everyone converges. Through PostgreSQL (the default adapter) always, and
 * through Redis as well when the run has a REDIS_URL.
 */
const variants: { adapter: string; env: Record<string, string> }[] = [{ adapter: 'postgres', env: {} }];
if (process.env.REDIS_URL) variants.push({ adapter: 'redis', env: { REDIS_URL: process.env.REDIS_URL } });

describe.each(variants)('collab: two servers converge through the $adapter adapter', ({ adapter, env }) => {
  let database: TestDatabase;
  let db: DataSource;
  let servers: ServerProcess[] = [];
  let world: UnitWorld;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    database = await createDatabase();
    const started = await Promise.allSettled([1, 2].map(() => startServerProcess(database.url, { env })));
    servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    for (const r of started) if (r.status === 'rejected') throw r.reason;
    db = await database.connect();
    world = await unitWorld(db, servers[0], 4);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(servers.map((s) => s.kill()));
    await database?.drop();
  });

  async function open(
    server: ServerProcess,
    author: number,
    tag: string,
    documentId = world.documentId,
  ): Promise<CollabClient> {
    const person = world.authors[author].person;
    const c = await CollabClient.open({
      url: server.url,
      token: world.authors[author].token,
      documentId,
      tag,
      random: seededRandom(tag.charCodeAt(0) * 31 + tag.length),
      user: { id: person.user.id, name: person.user.displayName },
    });
    clients.push(c);
    return c;
  }

  const same = (all: CollabClient[]) => {
    const first = JSON.stringify(all[0].content());
    return all.every((c) => c.unackedCount === 0 && JSON.stringify(c.content()) === first);
  };

  it('uses-the-adapter-it-was-given', () => {
    const expected = adapter === 'redis' ? 'through Redis' : '';
    for (const s of servers) {
      if (expected) expect(s.output()).toContain(expected);
      else expect(s.output()).not.toContain('through Redis');
    }
  });

  it('clients-on-different-processes-see-each-others-edits-and-presence-and-converge', async () => {
    const [one, two] = servers;
    const left = [await open(one, 0, 'l'), await open(one, 1, 'm')];
    const right = [await open(two, 2, 'r'), await open(two, 3, 's')];
    const all = [...left, ...right];

    // One edit on the first process arrives on the second without anything else happening.
    const first = left[0].insert('goals');
    await right[0].waitFor(() => right[0].markers().has(first), 5_000, 'an edit from the other process');

    // So does a large paste (a relay message far above PostgreSQL's 8000-byte NOTIFY limit).
    const paste = right[1].insert('understandings', { padding: ' proportional reasoning'.repeat(1500) });
    await left[1].waitFor(() => left[1].markers().has(paste), 5_000, 'a large paste from the other process');
    expect(left[1].text('understandings').length).toBeGreaterThan(30_000);

    // Presence crosses too: the second process's clients see who is in which section.
    left[1].setSection('lessons');
    const leftUser = world.authors[1].person.user.id;
    await right[1].waitFor(
      () => [...right[1].presence().values()].some((p) => p.user?.id === leftUser && p.section === 'lessons'),
      5_000,
      'presence from the other process',
    );

    const deleted = new Set<string>();
    for (let round = 0; round < 25; round++) {
      for (const c of all) {
        const section = SECTIONS[(round + c.tag.charCodeAt(0)) % SECTIONS.length];
        if (round % 6 === 5) {
          const gone = c.deleteOne(section);
          if (gone) deleted.add(gone);
        } else if (round % 4 === 3) c.formatOne(section);
        else c.insert(section);
      }
      if (round % 5 === 4) await waitFor(() => all.every((c) => c.unackedCount === 0), 10_000, 'acknowledgements');
      else await new Promise((r) => setImmediate(r));
    }
    await waitFor(() => same(all), 15_000, 'clients on both processes to converge');
    const surviving = all
      .flatMap((c) => c.made)
      .filter((m) => !deleted.has(m))
      .sort();
    for (const c of all) expect([...c.markers()].sort()).toEqual(surviving);
    for (const c of all) expect(c.errors).toEqual([]);
    expect((await stored(db, world.documentId)).content).toEqual(all[0].content());
  });

  it('a-client-joining-the-other-process-mid-stream-converges', async () => {
    const [one, two] = servers;
    // A new unit nobody has open on the second process: it loads it while the first streams edits.
    const { documentId } = await createUnit(one, world.authors[0].token, world.group.id, 'Second unit');
    const writer = await open(one, 0, 'w', documentId);
    for (let i = 0; i < 40; i++) writer.insert(SECTIONS[i % SECTIONS.length]);
    const joiner = await open(two, 1, 'j', documentId);
    for (let i = 0; i < 40; i++) writer.insert(SECTIONS[i % SECTIONS.length]);
    await waitFor(() => same([writer, joiner]), 10_000, 'the late joiner to converge');
    for (const m of writer.made) expect(joiner.markers().has(m)).toBe(true);

    // And back: the joiner's edits reach the first process.
    const back = joiner.insert('understandings');
    await writer.waitFor(() => writer.markers().has(back), 5_000, 'an edit from the second process');
  });
});
