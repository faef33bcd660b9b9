import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import { LiveDocuments } from '../../server/src/collaboration/live-documents.service.js';
import { CollabClient, seededRandom, waitFor } from '../support/collab-client.js';
import { compacted, SECTIONS, stored, unitWorld } from '../support/collab-fixtures.js';
import { startServer, type TestServer } from '../support/harness.js';

/**
 * Several people write the same sections of one unit at once: inserts at random places, deletions,
 * new blocks and formatting, some seen by the others before the next edit and some truly
 * concurrent. Everyone ends with identical content, holding exactly the markers written and not
 * deleted; the stored log reproduces it, and so does the compacted state a fresh load reads.
 */
describe('collab: two and ten clients converge', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function editTogether(clientCount: number, authorCount: number, rounds: number) {
    const seed = randomInt(2 ** 31);
    const random = seededRandom(seed);
    const world = await unitWorld(server.db, server, authorCount);
    const clients: CollabClient[] = [];
    try {
      for (let i = 0; i < clientCount; i++) {
        const author = world.authors[i % authorCount];
        clients.push(
          await CollabClient.open({
            url: server.url,
            token: author.token,
            documentId: world.documentId,
            tag: `c${i}`,
            random: seededRandom(seed + i + 1),
            user: { id: author.person.user.id, name: author.person.user.displayName },
          }),
        );
      }
      const deleted = new Set<string>();
      const allAcked = () => clients.every((c) => c.unackedCount === 0);
      for (let round = 0; round < rounds; round++) {
        for (const c of clients) {
          const section = SECTIONS[Math.floor(random() * SECTIONS.length)];
          const roll = random();
          if (roll < 0.6) c.insert(section);
          else if (roll < 0.7) c.insertBlock(section, random() < 0.5 ? 'paragraph' : 'heading');
          else if (roll < 0.85) {
            const gone = c.deleteOne(section);
            if (gone) deleted.add(gone);
          } else c.formatOne(section);
        }
        // Every third round everyone's edits are committed (and so seen by most) before going on;
        // otherwise the next round is typed on top of whatever has arrived.
        if (round % 3 === 2) await waitFor(allAcked, 10_000, 'every edit acknowledged');
        else await new Promise((r) => setImmediate(r));
      }

      const same = () => {
        const first = JSON.stringify(clients[0].content());
        return allAcked() && clients.every((c) => JSON.stringify(c.content()) === first);
      };
      await waitFor(same, 15_000, `${clientCount} clients to converge (seed ${seed})`);
      const content = clients[0].content();
      const written = new Set(clients.flatMap((c) => c.made));
      const surviving = [...written].filter((m) => !deleted.has(m));
      expect(written.size).toBeGreaterThan(rounds * clientCount * 0.5);
      expect(deleted.size).toBeGreaterThan(0);
      for (const c of clients) expect(c.content()).toEqual(content);
      expect([...clients[0].markers()].sort()).toEqual(surviving.sort());
      expect(Object.values(content).join('')).toMatch(/<bold>|<italic>|<link /);
      for (const c of clients) expect(c.errors).toEqual([]);

      // What the server would load now (state + log) is the same.
      const before = await stored(server.db, world.documentId);
      expect(before.content).toEqual(content);
      expect(before.logRows).toBeGreaterThan(0);

      // Everyone leaves: the server frees the document and compacts its log into the state.
      for (const c of clients.splice(0)) c.close();
      const live = server.app.get(LiveDocuments);
      await waitFor(() => live.get(world.documentId) === undefined, 5_000, 'the document to be unloaded');
      const after = await compacted(server.db, world.documentId);
      expect(after.stateContent).toEqual(content);
      for (const m of surviving) expect(after.text).toContain(m);
      for (const m of deleted) expect(after.text).not.toContain(m);

      // A fresh client loads it from PostgreSQL.
      const fresh = await CollabClient.open({
        url: server.url,
        token: world.authors[0].token,
        documentId: world.documentId,
      });
      clients.push(fresh);
      expect(fresh.content()).toEqual(content);
      return { seed, written: written.size, deleted: deleted.size };
    } finally {
      for (const c of clients) c.close();
    }
  }

  it('two-clients-editing-the-same-sections-converge-and-a-fresh-load-matches', async () => {
    await editTogether(2, 2, 60);
  });

  it('ten-clients-editing-the-same-sections-converge-and-a-fresh-load-matches', async () => {
    await editTogether(10, 5, 30);
  });
});
