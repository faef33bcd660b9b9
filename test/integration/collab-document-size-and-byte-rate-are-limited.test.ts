import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import { COLLAB_LIMITS, CollabCloseCode, encodeSyncMessage, SyncMessageType } from '@switchback/shared';
import { CollabClient, waitFor } from '../support/collab-client.js';
import { stored, unitWorld, type UnitWorld } from '../support/collab-fixtures.js';
import { startServer, type TestServer } from '../support/harness.js';

/** The limit this test's server runs with (COLLAB_MAX_DOCUMENT_BYTES). */
const LIMIT = 1_000_000;

/**
 * One editor must not be able to grow a live document without bound (27 MB in 4.5 s was possible,
 * and the next join then cost the server 600 MB): a change that would take a document over
 * COLLAB_MAX_DOCUMENT_BYTES is refused and not stored, and a socket's bytes per second are limited.
 * Nobody else notices: the document and the other clients are unaffected.
 */
describe('collab: document size and byte rate are limited', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startServer({ COLLAB_MAX_DOCUMENT_BYTES: String(LIMIT) });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  async function pair(world: UnitWorld): Promise<[CollabClient, CollabClient]> {
    const open = (i: number, tag: string) =>
      CollabClient.open({ url: server.url, token: world.authors[i].token, documentId: world.documentId, tag });
    const both: [CollabClient, CollabClient] = [await open(0, 'big'), await open(1, 'other')];
    clients.push(...both);
    return both;
  }

  /** An update of `client`'s document adding a paragraph of `bytes` characters (made on a copy: not applied locally). */
  function bigParagraph(client: CollabClient, bytes: number, section = 'lessons'): Uint8Array {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(client.doc));
    const before = Y.encodeStateVector(copy);
    const paragraph = new Y.XmlElement('paragraph');
    copy.getXmlFragment(section).insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('x'.repeat(bytes))]);
    const update = Y.encodeStateAsUpdate(copy, before);
    copy.destroy();
    return update;
  }

  const send = (client: CollabClient, update: Uint8Array) =>
    client.sendRaw(encodeSyncMessage(SyncMessageType.Update, update));

  it('refuses a change that would take the document over the limit, stores nothing of it, and the others never see it', async () => {
    const world = await unitWorld(server.db, server, 2);
    const [big, other] = await pair(world);
    const first = other.insert('goals');
    await big.waitFor(() => big.markers().has(first), 5_000, 'a first edit');

    // Well under the limit: taken.
    expect(await send(big, bigParagraph(big, 400_000))).toEqual({ ok: true });
    await other.waitFor(() => other.text('lessons').length >= 400_000, 5_000, 'the first large paragraph');
    const received = other.received;
    const before = await stored(server.db, world.documentId);

    // This one would take it over: refused with a clear message, to the sender only.
    const errors = big.errors.length;
    const ack = await send(big, bigParagraph(big, 700_000, 'understandings'));
    expect(ack).toEqual({ ok: false, code: CollabCloseCode.DocumentTooLarge, message: expect.any(String) });
    expect(!ack.ok && ack.message).toMatch(/^This document is too large/);
    await big.waitFor(() => big.errors.length > errors, 5_000, 'the error event');
    expect(big.errors.at(-1)?.code).toBe(CollabCloseCode.DocumentTooLarge);

    // Nothing of it was stored or sent on; everyone can still edit (small changes and deletions).
    const after = await stored(server.db, world.documentId);
    expect(after.content).toEqual(before.content);
    const small = big.insert('goals');
    await other.waitFor(() => other.markers().has(small), 5_000, 'a small edit after the refusal');
    expect(other.received).toBe(received + 1);
    expect(other.text('understandings')).toBe('');
    expect(other.errors).toEqual([]);
    const late = other.insert('goals');
    await big.waitFor(() => big.markers().has(late), 5_000, 'the other person still editing');

    // Deleting the large paragraph makes room again.
    other.change(() => other.doc.getXmlFragment('lessons').delete(0, 1));
    await waitFor(() => other.unackedCount === 0, 5_000, 'the deletion acknowledged');
    expect(await send(big, bigParagraph(big, 700_000, 'understandings'))).toEqual({ ok: true });
    await other.waitFor(() => other.text('understandings').length >= 700_000, 5_000, 'the paragraph that fits now');

    // And whoever joins next gets a document within the limit.
    const fresh = await CollabClient.open({
      url: server.url,
      token: world.authors[1].token,
      documentId: world.documentId,
    });
    clients.push(fresh);
    expect(Y.encodeStateAsUpdate(fresh.doc).byteLength).toBeLessThanOrEqual(LIMIT);
    expect(fresh.content()).toEqual(other.content());
  });

  it('throttles one socket that pushes more bytes per second than allowed, without touching the others', async () => {
    const world = await unitWorld(server.db, server, 2);
    const [big, other] = await pair(world);
    // Write and delete 600 kB again and again: the document stays small, but the bytes keep coming.
    const chunk = 600_000;
    // The edits are made on a copy of the sender's document, so only the raw messages go out.
    const shadow = new Y.Doc();
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(big.doc));
    const edit = (fn: () => void) => {
      const before = Y.encodeStateVector(shadow);
      fn();
      return Y.encodeStateAsUpdate(shadow, before);
    };
    const began = Date.now();
    let accepted = 0;
    let throttled: unknown = null;
    for (let i = 0; i < 40 && !throttled; i++) {
      const insert = edit(() => {
        const paragraph = new Y.XmlElement('paragraph');
        shadow.getXmlFragment('lessons').insert(0, [paragraph]);
        paragraph.insert(0, [new Y.XmlText('x'.repeat(chunk))]);
      });
      const ack = await send(big, insert);
      if (!ack.ok) {
        throttled = ack;
        break;
      }
      accepted += insert.byteLength;
      expect(
        await send(
          big,
          edit(() => shadow.getXmlFragment('lessons').delete(0, 1)),
        ),
      ).toEqual({ ok: true });
    }
    shadow.destroy();
    const seconds = (Date.now() - began) / 1000;
    expect(throttled).toEqual({ ok: false, code: CollabCloseCode.Throttled, message: expect.any(String) });
    // What got through is the burst plus the sustained rate for the time it took, and one message more.
    expect(accepted).toBeLessThanOrEqual(
      COLLAB_LIMITS.byteBurst + seconds * COLLAB_LIMITS.bytesPerSecond + COLLAB_LIMITS.maxMessageBytes,
    );
    expect(accepted).toBeGreaterThanOrEqual(COLLAB_LIMITS.byteBurst - chunk * 2);
    console.log(
      `byte rate: ${(accepted / 1e6).toFixed(1)} MB accepted in ${seconds.toFixed(1)} s before the first refusal`,
    );

    // The other person is unaffected, and the throttled one can type again.
    const note = other.insert('goals');
    await big.waitFor(() => big.markers().has(note), 5_000, 'the other person still editing');
    expect(other.errors).toEqual([]);
    const typed = big.insert('goals');
    await other.waitFor(() => other.markers().has(typed), 10_000, 'a small edit of the throttled person');
  });
});
