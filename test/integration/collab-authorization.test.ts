import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { CollabCloseCode, encodeSyncMessage, SyncMessageType } from '@switchback/shared';
import { CollabClient } from '../support/collab-client.js';
import { publishUnit, unitWorld, type UnitWorld } from '../support/collab-fixtures.js';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

/**
 * Who may open a live document: members of the unit's group write it; other adults of the
 * network read its published versions, never the live draft; critical friends read the draft and their changes are refused; nobody else may join or read
 * it, and a person of another network cannot tell it from a document that does not exist.
 */
describe('collab: authorization', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  function client(token: string, documentId: string, tag?: string): CollabClient {
    const c = new CollabClient({ url: server.url, token, documentId, tag });
    clients.push(c);
    return c;
  }

  async function opened(token: string, documentId: string, tag?: string): Promise<CollabClient> {
    const c = await CollabClient.open({ url: server.url, token, documentId, tag });
    clients.push(c);
    return c;
  }

  async function joinResult(token: string, documentId: string) {
    const c = client(token, documentId);
    const outcome = await c.start();
    c.close();
    return outcome;
  }

  /** A world whose author wrote a first line. */
  async function writtenUnit(): Promise<{ world: UnitWorld; author: CollabClient; line: string }> {
    const world = await unitWorld(server.db, server, 1);
    const author = await opened(world.authors[0].token, world.documentId, 'author');
    const line = author.insert('goals');
    await author.waitFor(() => author.pending.length === 0, 5_000, 'the first line saved');
    return { world, author, line };
  }

  it('a-handshake-without-a-valid-session-is-refused-with-4401', async () => {
    const { world } = await writtenUnit();
    for (const token of ['', 'made-up', 'x'.repeat(3000)]) {
      const outcome = await joinResult(token, world.documentId);
      expect(outcome).toEqual({ refused: { message: expect.any(String), code: CollabCloseCode.Unauthenticated } });
    }
    expect(CollabCloseCode.Unauthenticated).toBe(4401);
  });

  it('a-non-member-of-the-group-can-neither-join-nor-read', async () => {
    const { world, author, line } = await writtenUnit();
    const outsider = await createPerson(server.db, world.net, 'TEACHER');
    const token = await signIn(server, outsider.login);

    const c = client(token, world.documentId, 'out');
    expect(await c.start()).toEqual({
      joined: { ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) },
    });
    // Asking for the content anyway is refused too, and nothing arrives while the author writes.
    const ask = await c.sendRaw(encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(new Y.Doc())));
    expect(ask).toMatchObject({ ok: false, code: CollabCloseCode.NotFound });
    const more = author.insert('goals');
    await author.waitFor(() => author.pending.length === 0, 5_000, 'the author saved');
    const probe = await c.sendRaw(encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(new Y.Doc())));
    expect(probe).toMatchObject({ ok: false, code: CollabCloseCode.NotFound });
    expect(c.received).toBe(0);
    expect(c.markers().size).toBe(0);
    expect(author.markers()).toEqual(new Set([line, more]));
    // Nor through the API.
    expect(
      errorCode(await server.gql('query($id: ID!) { unit(id: $id) { id } }', { id: world.unitId }, { token })),
    ).toBe('NOT_FOUND');
  });

  it('a-critical-friend-receives-updates-of-the-draft-but-its-changes-are-refused', async () => {
    const { world, author, line } = await writtenUnit();
    const adult = await createPerson(server.db, world.net, 'TEACHER', { school: world.net.schools[1] });
    const token = await signIn(server, adult.login);
    // Before the review round, the draft is not theirs to see.
    expect(await joinResult(token, world.documentId)).toEqual({
      joined: { ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) },
    });

    const review = await server.gql(
      'mutation($input: StartUnitReviewInput!) { startUnitReview(input: $input) { id } }',
      { input: { unitId: world.unitId, friendIds: [adult.user.id] } },
      { token: world.authors[0].token },
    );
    expect(review.errors).toBeUndefined();
    const viewer = await opened(token, world.documentId, 'viewer');
    expect(viewer.access).toBe('VIEW');
    expect(viewer.markers()).toEqual(new Set([line]));
    // Its (empty) answer to the server's step 1 was accepted.
    await viewer.waitFor(() => viewer.ackCount > 0, 5_000, "the viewer's step 2 acknowledged");
    expect(viewer.refusals).toEqual([]);

    // Live updates reach the viewer.
    const live = author.insert('goals');
    await viewer.waitFor(() => viewer.markers().has(live), 5_000, 'a live update');

    // A change of its own is refused, to it alone, and nobody else's document changes.
    const before = author.markers();
    const received = author.received;
    const attempt = viewer.insert('goals');
    await viewer.waitFor(() => viewer.refusals.length > 0, 5_000, 'the refusal');
    expect(viewer.refusals).toEqual([{ ok: false, code: CollabCloseCode.ReadOnly, message: expect.any(String) }]);
    expect(viewer.errors).toEqual([
      { documentId: world.documentId, code: CollabCloseCode.ReadOnly, message: expect.any(String) },
    ]);
    expect(viewer.acked.has(attempt)).toBe(false);
    // A later edit by the author arrives alone: the refused change was never passed on.
    const after = author.insert('goals');
    await author.waitFor(() => author.pending.length === 0, 5_000, 'the author saved');
    await viewer.waitFor(() => viewer.markers().has(after), 5_000, 'the next live update');
    expect(author.received).toBe(received);
    expect(author.errors).toEqual([]);
    expect(author.markers()).toEqual(new Set([...before, after]));
    expect(author.markers().has(attempt)).toBe(false);
    const fresh = await opened(world.authors[0].token, world.documentId, 'fresh');
    expect(fresh.markers().has(attempt)).toBe(false);
    expect(fresh.content()).toEqual(author.content());
    const rows = (await server.db.query(
      `SELECT count(*)::int AS n FROM document_update WHERE document_id = $1 AND author_id = $2`,
      [world.documentId, adult.user.id],
    )) as { n: number }[];
    expect(rows[0].n).toBe(0);

    // A student of the network never sees units.
    const student = await createPerson(server.db, world.net, 'STUDENT');
    expect(await joinResult(await signIn(server, student.login), world.documentId)).toEqual({
      joined: { ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) },
    });
  });

  it('a-member-of-another-network-cannot-tell-the-unit-from-one-that-does-not-exist', async () => {
    const { world } = await writtenUnit();
    await publishUnit(server, world.authors[0].token, world.unitId);
    const elsewhere = await createNetwork(server.db);
    const stranger = await createPerson(server.db, elsewhere, 'TEACHER');
    const token = await signIn(server, stranger.login);

    const existing = await joinResult(token, world.documentId);
    const missing = await joinResult(token, randomUUID());
    const garbage = await joinResult(token, 'not-a-uuid');
    expect(existing).toEqual({ joined: { ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) } });
    expect(missing).toEqual(existing);
    expect(garbage).toEqual(existing);
    const api = await server.gql('query($id: ID!) { unit(id: $id) { id } }', { id: world.unitId }, { token });
    const apiMissing = await server.gql('query($id: ID!) { unit(id: $id) { id } }', { id: randomUUID() }, { token });
    expect(errorCode(api)).toBe('NOT_FOUND');
    expect(api.errors?.[0]?.message).toBe(apiMissing.errors?.[0]?.message);
  });
});
