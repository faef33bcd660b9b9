import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
  COLLAB_LIMITS,
  CollabCloseCode,
  encodeSyncMessage,
  SyncMessageType,
  type CollabCloseCodeValue,
} from '@switchback/shared';
import { CollabClient, seededRandom, waitFor } from '../support/collab-client.js';
import { SECTIONS, stored, unitWorld, type UnitWorld } from '../support/collab-fixtures.js';
import { startServer, type TestServer } from '../support/harness.js';

/**
 * Bad input on a live document: whatever a client sends that is not a well-formed change it may
 * make (garbage, a cut-off update, the wrong message, not binary, too large, too fast) is refused
 * with an error to that client alone; the others see no error and no change, and the document
 * stays intact and editable.
 */
describe('collab: malformed updates are refused', () => {
  let server: TestServer;
  let world: UnitWorld;
  let sender: CollabClient;
  let other: CollabClient;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    server = await startServer();
    world = await unitWorld(server.db, server, 2);
    sender = await CollabClient.open({
      url: server.url,
      token: world.authors[0].token,
      documentId: world.documentId,
      tag: 'bad',
    });
    other = await CollabClient.open({
      url: server.url,
      token: world.authors[1].token,
      documentId: world.documentId,
      tag: 'good',
      user: { id: world.authors[1].person.user.id, name: 'Other' },
    });
    clients.push(sender, other);
    for (let i = 0; i < 12; i++) {
      sender.insert(SECTIONS[i % 3]);
      other.insert(SECTIONS[(i + 1) % 3]);
    }
    sender.formatOne('goals');
    await waitFor(() => same(), 10_000, 'a first convergence');
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  const same = () =>
    sender.unackedCount === 0 &&
    other.unackedCount === 0 &&
    JSON.stringify(sender.content()) === JSON.stringify(other.content());

  const random = seededRandom(4242);
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

  /** A real update that would add text, made on a copy of the document. */
  function realUpdate(): Uint8Array {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(sender.doc));
    const before = Y.encodeStateVector(copy);
    const paragraph = new Y.XmlElement('paragraph');
    copy.getXmlFragment('goals').insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('{never-1} this text must never appear, it was cut off in transit')]);
    const update = Y.encodeStateAsUpdate(copy, before);
    copy.destroy();
    return update;
  }

  /**
   * Sends `payload`; the sender gets an acknowledgement and an error with `code`; then a good edit
   * of the sender reaches the other client, which got nothing else in between: no change, no error.
   */
  async function expectRefused(payload: unknown, code: CollabCloseCodeValue): Promise<void> {
    const errors = sender.errors.length;
    const received = other.received;
    const markers = other.markers();
    const ack = await sender.sendRaw(payload);
    expect(ack).toEqual({ ok: false, code, message: expect.any(String) });
    await sender.waitFor(() => sender.errors.length > errors, 5_000, 'the error event');
    expect(sender.errors.slice(errors)).toEqual([
      { documentId: world.documentId, code, message: ack.ok ? '' : ack.message },
    ]);
    await expectOthersUntouched(received, markers);
  }

  async function expectOthersUntouched(received: number, markers: Set<string>): Promise<void> {
    const barrier = sender.insert('understandings');
    await other.waitFor(() => other.markers().has(barrier), 5_000, 'the next good edit');
    expect(other.received).toBe(received + 1);
    expect(other.errors).toEqual([]);
    expect(other.markers()).toEqual(new Set([...markers, barrier]));
    await waitFor(same, 5_000, 'both to agree');
    expect(other.text('goals')).not.toContain('never');
  }

  it('random-bytes-are-refused-as-malformed', async () => {
    await expectRefused(randomBytes(300), CollabCloseCode.Malformed);
    await expectRefused(encodeSyncMessage(SyncMessageType.Update, randomBytes(300)), CollabCloseCode.Malformed);
    await expectRefused(encodeSyncMessage(SyncMessageType.Step2, randomBytes(64)), CollabCloseCode.Malformed);
    await expectRefused(new Uint8Array(0), CollabCloseCode.Malformed);
  });

  it('a-truncated-valid-update-is-refused-as-malformed', async () => {
    const update = realUpdate();
    for (const cut of [1, Math.floor(update.length / 2), update.length - 1])
      await expectRefused(encodeSyncMessage(SyncMessageType.Update, update.slice(0, cut)), CollabCloseCode.Malformed);
    // And a whole sync message cut short.
    const message = encodeSyncMessage(SyncMessageType.Update, update);
    await expectRefused(message.slice(0, message.length - 5), CollabCloseCode.Malformed);
  });

  it('a-wrong-message-type-is-refused-as-malformed', async () => {
    const update = realUpdate();
    await expectRefused(encodeSyncMessage(7 as never, update), CollabCloseCode.Malformed);
    // An awareness update where a sync message belongs.
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ user: { id: 'x', name: 'x', color: '#000' } });
    await expectRefused(
      awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
      CollabCloseCode.Malformed,
    );
    awareness.destroy();
    // A valid message with bytes after it.
    await expectRefused(
      Uint8Array.from([...encodeSyncMessage(SyncMessageType.Update, update), 0, 0]),
      CollabCloseCode.Malformed,
    );
    // A step 1 whose state vector is garbage.
    await expectRefused(encodeSyncMessage(SyncMessageType.Step1, randomBytes(40)), CollabCloseCode.Malformed);
  });

  it('a-payload-that-is-neither-bytes-nor-base64-is-refused-as-malformed', async () => {
    for (const payload of ['hello', 42, { update: [1, 2, 3] }, [2, 1, 0], null, true])
      await expectRefused(payload, CollabCloseCode.Malformed);
  });

  it('an-oversized-message-is-refused-as-too-large', async () => {
    await expectRefused(new Uint8Array(COLLAB_LIMITS.maxMessageBytes + 1), CollabCloseCode.TooLarge);
    // A well-formed update with a huge text (still under the transport's own limit, which drops the connection).
    const copy = new Y.Doc();
    const huge = 'never '.repeat(Math.ceil((COLLAB_LIMITS.maxMessageBytes + 10_000) / 6));
    copy.getXmlFragment('goals').insert(0, [new Y.XmlText(huge)]);
    await expectRefused(
      encodeSyncMessage(SyncMessageType.Update, Y.encodeStateAsUpdate(copy)),
      CollabCloseCode.TooLarge,
    );
    copy.destroy();
  });

  it('a-change-to-a-document-not-joined-is-refused-as-not-found', async () => {
    const errors = sender.errors.length;
    const ack = await sender.sendRaw(encodeSyncMessage(SyncMessageType.Update, realUpdate()), randomUUID());
    expect(ack).toEqual({ ok: false, code: CollabCloseCode.NotFound, message: expect.any(String) });
    await sender.waitFor(() => sender.errors.length > errors, 5_000, 'the error event');
    await expectOthersUntouched(other.received, other.markers());
  });

  it('malformed-presence-is-refused-without-touching-anyone', async () => {
    const errors = sender.errors.length;
    const received = other.received;
    const presence = JSON.stringify([...other.presence().entries()]);
    sender.sendRawAwareness(randomBytes(50));
    sender.sendRawAwareness('not binary');
    await sender.waitFor(() => sender.errors.length >= errors + 2, 5_000, 'the error events');
    expect(sender.errors.slice(errors).map((e) => e.code)).toEqual([
      CollabCloseCode.Malformed,
      CollabCloseCode.Malformed,
    ]);
    await expectOthersUntouched(received, other.markers());
    expect(JSON.stringify([...other.presence().entries()])).toBe(presence);
  });

  it('a-flood-beyond-the-rate-limit-is-throttled-and-nothing-is-lost-once-it-slows-down', async () => {
    const errors = sender.errors.length;
    const answered = () => sender.ackCount + sender.refusals.length;
    const answeredBefore = answered();
    const flood = COLLAB_LIMITS.messageBurst + 120;
    const first = sender.made.length;
    for (let i = 0; i < flood; i++) sender.insert(SECTIONS[i % 3]);
    const made = sender.made.slice(first);
    await sender.waitFor(() => answered() >= answeredBefore + flood, 10_000, 'an answer to every message of the flood');
    const throttled = sender.refusals.filter((r) => !r.ok && r.code === CollabCloseCode.Throttled).length;
    expect(throttled).toBeGreaterThan(0);
    expect(sender.errors.slice(errors).every((e) => e.code === CollabCloseCode.Throttled)).toBe(true);
    expect(other.errors).toEqual([]);

    // Slowing down: it sends what was refused again until the server takes it.
    const until = Date.now() + 10_000;
    while (sender.pending.length) {
      if (Date.now() > until) throw new Error(`still ${sender.pending.length} refused after 10 s`);
      const ack = await sender.flush();
      if (!ack.ok) expect(ack.code).toBe(CollabCloseCode.Throttled);
    }
    await waitFor(same, 10_000, 'both to agree after the flood');
    for (const m of made) expect(other.markers().has(m)).toBe(true);
    expect(other.errors).toEqual([]);

    // Still editable by everyone, and what PostgreSQL holds is what they see.
    const late = other.insert('lessons');
    await sender.waitFor(() => sender.markers().has(late), 5_000, 'an edit after the flood');
    await waitFor(same, 5_000, 'agreement');
    expect((await stored(server.db, world.documentId)).content).toEqual(other.content());
    const fresh = await CollabClient.open({
      url: server.url,
      token: world.authors[1].token,
      documentId: world.documentId,
    });
    clients.push(fresh);
    expect(fresh.content()).toEqual(other.content());
    expect(fresh.text('goals')).not.toContain('never');
  });
});
