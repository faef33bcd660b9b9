import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
  COLLAB_NAMESPACE,
  CollabEvent,
  decodeSyncMessage,
  encodeSyncMessage,
  presenceColor,
  SyncMessageType,
  type CollabAck,
  type CollabClosedPayload,
  type CollabErrorPayload,
  type CollabJoinResult,
  type CollabPresence,
  type DocumentAccess,
  fromWire,
} from '@switchback/shared';
import { toPlainText } from '../../server/src/collaboration/rich-text.js';

/**
 * A headless live-document client: a Y.Doc kept in step with the server over socket.io `/collab`,
 * speaking the protocol as the browser does (join, two-way sync, updates acknowledged once
 * committed, awareness), plus what tests need: markers (unique strings each edit inserts, and which
 * of them the server has acknowledged), random edits, raw messages and waiting for a condition.
 */

/** Origin of changes that came from the server (never sent back). */
const REMOTE = Symbol('remote');

/** Markers look like `{tag-12}`: unique per client, never split by another edit. */
const MARKER = /\{[a-z0-9]+-\d+\}/g;

interface Outgoing {
  update: Uint8Array;
  /** The markers this change inserted. */
  markers: string[];
}

export interface CollabClientOptions {
  url: string;
  token: string;
  documentId: string;
  /** Lower-case letters and digits; prefixes this client's markers (random when not given). */
  tag?: string;
  /** For presence. */
  user?: { id: string; name: string };
  /** A seeded random source for reproducible edits (Math.random when not given). */
  random?: () => number;
}

export type StartOutcome = { joined: CollabJoinResult } | { refused: { message: string; code?: number } };

/** A small seeded PRNG (mulberry32), so a failing random run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resolves once `predicate` holds; polls every few milliseconds and fails after `deadlineMs`. */
export async function waitFor(predicate: () => boolean, deadlineMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function bytes(data: unknown): Uint8Array {
  const out = fromWire(data);
  if (!out) throw new Error(`expected base64 or binary data, got ${typeof data}`);
  return out;
}

/** The plain string of a text node (its formatting left out). */
function plain(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[]).map((r) => (typeof r.insert === 'string' ? r.insert : '')).join('');
}

/** Every non-empty section's full content (nodes, attributes, formatting) of a document, by name. */
export function contentOf(doc: Y.Doc): Record<string, string> {
  const names = [...doc.share.keys()].filter((name) => doc.getXmlFragment(name).length > 0).sort();
  return Object.fromEntries(names.map((s) => [s, doc.getXmlFragment(s).toString()]));
}

/** Markers in a document's plain text. */
export function markersOf(doc: Y.Doc): Set<string> {
  const names = [...doc.share.keys()].filter((name) => doc.getXmlFragment(name).length > 0);
  return new Set(names.flatMap((s) => toPlainText(doc.getXmlFragment(s)).match(MARKER) ?? []));
}

export class CollabClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly socket: Socket;
  readonly documentId: string;
  readonly tag: string;
  /** `collab:error` payloads the server sent this client. */
  readonly errors: CollabErrorPayload[] = [];
  /** `collab:closed` payloads: the server closed (or made read-only) a document for this client. */
  readonly closed: CollabClosedPayload[] = [];
  /** Why the socket last disconnected (`io server disconnect` when the server ended it). */
  disconnectReason: string | null = null;
  /** Acknowledgements with `ok: false` (refused changes). */
  readonly refusals: CollabAck[] = [];
  /** Every marker this client inserted, in order. */
  readonly made: string[] = [];
  /** Markers the server acknowledged as committed. */
  readonly acked = new Set<string>();
  /** Sync messages received from the server carrying changes (step 2 and updates). */
  received = 0;
  /** Acknowledgements received with `ok: true`. */
  ackCount = 0;
  /** Called as soon as an acknowledgement (ok) is counted, before anything else runs. */
  onAck: (() => void) | null = null;
  joinResult: CollabJoinResult | null = null;
  connectError: { message: string; code?: number } | null = null;
  /** The server's step 2 (its state) has been applied since the last join. */
  synced = false;
  joined = false;

  private readonly random: () => number;
  private unacked: Outgoing[] = [];
  private marking: string[] | null = null;
  private counter = 0;

  constructor(opts: CollabClientOptions) {
    this.documentId = opts.documentId;
    this.tag = opts.tag ?? randomBytes(3).toString('hex');
    this.random = opts.random ?? Math.random;
    this.socket = io(`${opts.url}${COLLAB_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      autoConnect: false,
      auth: { token: opts.token },
    });
    this.socket.on('connect', () => void this.onConnect());
    this.socket.on('connect_error', (err: Error & { data?: { code?: number } }) => {
      this.connectError = { message: err.message, code: err.data?.code };
    });
    this.socket.on('disconnect', (reason: string) => {
      this.disconnectReason = reason;
      this.joined = false;
      this.synced = false;
    });
    this.socket.on(CollabEvent.Sync, (documentId: string, message: unknown) => this.onSync(documentId, message));
    this.socket.on(CollabEvent.Awareness, (documentId: string, update: unknown) => {
      if (documentId === this.documentId) awarenessProtocol.applyAwarenessUpdate(this.awareness, bytes(update), REMOTE);
    });
    this.socket.on(CollabEvent.Error, (payload: CollabErrorPayload) => this.errors.push(payload));
    this.socket.on(CollabEvent.Closed, (payload: CollabClosedPayload) => this.closed.push(payload));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      const entry = { update, markers: this.marking ?? [] };
      this.marking = null;
      this.unacked.push(entry);
      if (this.joined) void this.send([entry]);
    });
    this.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin === REMOTE || !this.joined) return;
        const changed = [...added, ...updated, ...removed];
        this.socket.emit(
          CollabEvent.Awareness,
          this.documentId,
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
        );
      },
    );
    if (opts.user) {
      this.awareness.setLocalState({
        user: { ...opts.user, color: presenceColor(opts.user.id) },
        section: null,
      } satisfies CollabPresence);
    }
  }

  /** Connects, joins and syncs; resolves when synced, or with the refusal. */
  static async open(opts: CollabClientOptions): Promise<CollabClient> {
    const client = new CollabClient(opts);
    const outcome = await client.start();
    if (!('joined' in outcome) || !outcome.joined.ok) {
      client.close();
      throw new Error(`could not open ${opts.documentId}: ${JSON.stringify(outcome)}`);
    }
    await client.waitFor(() => client.synced, 10_000, 'the first sync');
    return client;
  }

  /** Connects and joins: the join's result or the refused handshake. */
  async start(deadlineMs = 10_000): Promise<StartOutcome> {
    this.joinResult = null;
    this.connectError = null;
    this.socket.connect();
    await this.waitFor(() => this.joinResult !== null || this.connectError !== null, deadlineMs, 'join or refusal');
    return this.connectError ? { refused: this.connectError } : { joined: this.joinResult! };
  }

  get access(): DocumentAccess | null {
    return this.joinResult?.ok ? this.joinResult.access : null;
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Markers inserted but not (yet) acknowledged. */
  get pending(): string[] {
    return this.made.filter((m) => !this.acked.has(m));
  }

  /** Changes not yet acknowledged. */
  get unackedCount(): number {
    return this.unacked.length;
  }

  waitFor(predicate: () => boolean, deadlineMs = 10_000, what?: string): Promise<void> {
    return waitFor(predicate, deadlineMs, `${what ?? 'condition'} (client ${this.tag})`);
  }

  /** Goes offline, keeping the document and unsent changes. */
  disconnect(): void {
    this.socket.disconnect();
  }

  /** Back online: rejoins, sends what the server lacks, and resolves once synced. */
  async reconnect(deadlineMs = 10_000): Promise<void> {
    const outcome = await this.start(deadlineMs);
    if (!('joined' in outcome) || !outcome.joined.ok) throw new Error(`rejoin refused: ${JSON.stringify(outcome)}`);
    await this.waitFor(() => this.synced, deadlineMs, 'sync after reconnect');
  }

  close(): void {
    this.awareness.destroy();
    this.socket.disconnect();
    this.socket.removeAllListeners();
    this.doc.destroy();
  }

  // ---- content --------------------------------------------------------------------------------

  /** A section's plain text. */
  text(section: string): string {
    return toPlainText(this.doc.getXmlFragment(section));
  }

  /** Every section's full content (nodes, attributes, formatting), for exact comparison. */
  content(): Record<string, string> {
    return contentOf(this.doc);
  }

  /** Markers present in the document (all sections, or one). */
  markers(section?: string): Set<string> {
    return section ? new Set(this.text(section).match(MARKER) ?? []) : markersOf(this.doc);
  }

  // ---- edits ----------------------------------------------------------------------------------

  /** Runs `fn` as one local change that inserts `markers`; sent at once when joined. */
  change(fn: () => void, markers: string[] = []): void {
    this.marking = markers;
    try {
      this.doc.transact(fn);
    } finally {
      this.marking = null;
    }
    this.made.push(...markers);
  }

  nextMarker(): string {
    return `{${this.tag}-${++this.counter}}`;
  }

  /**
   * Inserts a new marker (followed by `padding`, if given: text without braces) at a random place
   * between markers of a random paragraph of `section`.
   */
  insert(section: string, opts: { at?: 'random' | 'end'; padding?: string } = {}): string {
    const marker = this.nextMarker();
    this.change(() => {
      const text = this.pickText(section);
      const s = plain(text);
      const boundaries = [0];
      for (let i = 0; i < s.length; i++) if (s[i] === '}') boundaries.push(i + 1);
      const at = opts.at === 'end' ? s.length : boundaries[Math.floor(this.random() * boundaries.length)];
      text.insert(at, marker + (opts.padding ?? ''));
    }, [marker]);
    return marker;
  }

  /** A new block (paragraph or heading) holding a new marker, at a random place in `section`. */
  insertBlock(section: string, kind: 'paragraph' | 'heading' = 'paragraph'): string {
    const marker = this.nextMarker();
    this.change(() => {
      const fragment = this.doc.getXmlFragment(section);
      const block = new Y.XmlElement(kind);
      if (kind === 'heading') block.setAttribute('level', String(1 + Math.floor(this.random() * 3)));
      fragment.insert(Math.floor(this.random() * (fragment.length + 1)), [block]);
      const text = new Y.XmlText();
      block.insert(0, [text]);
      text.insert(0, marker);
    }, [marker]);
    return marker;
  }

  /** Deletes a random marker of `section`; the marker deleted, or null when there is none. */
  deleteOne(section: string): string | null {
    const found = this.pickMarker(section);
    if (!found) return null;
    this.change(() => found.text.delete(found.index, found.marker.length));
    return found.marker;
  }

  /** Formats a random marker of `section` (bold, italic or a link); the marker, or null. */
  formatOne(section: string): string | null {
    const found = this.pickMarker(section);
    if (!found) return null;
    const choices = [
      { bold: true },
      { italic: true },
      { link: { href: `https://example.org/${found.marker.length}` } },
    ];
    const attrs = choices[Math.floor(this.random() * choices.length)];
    this.change(() => found.text.format(found.index, found.marker.length, attrs));
    return found.marker;
  }

  /** Moves this person's presence to a section. */
  setSection(section: string | null): void {
    const state = (this.awareness.getLocalState() ?? {}) as Partial<CollabPresence>;
    this.awareness.setLocalState({ ...state, section });
  }

  /** Everyone's presence as this client sees it, by awareness client id. */
  presence(): Map<number, CollabPresence> {
    return this.awareness.getStates() as Map<number, CollabPresence>;
  }

  // ---- raw messages ---------------------------------------------------------------------------

  /** Sends any payload as a sync message and resolves with the server's acknowledgement. */
  sendRaw(message: unknown, documentId: string = this.documentId, deadlineMs = 10_000): Promise<CollabAck> {
    return this.socket.timeout(deadlineMs).emitWithAck(CollabEvent.Sync, documentId, message) as Promise<CollabAck>;
  }

  /** Sends a raw awareness payload (no acknowledgement exists for awareness). */
  sendRawAwareness(message: unknown): void {
    this.socket.emit(CollabEvent.Awareness, this.documentId, message);
  }

  /** Sends again, as one update, every change not yet acknowledged (e.g. after a refusal); its acknowledgement. */
  flush(): Promise<CollabAck> {
    if (!this.joined) return Promise.reject(new Error('not joined'));
    if (!this.unacked.length) return Promise.resolve({ ok: true });
    return this.send([...this.unacked]);
  }

  // ---- protocol -------------------------------------------------------------------------------

  private async onConnect(): Promise<void> {
    let result: CollabJoinResult;
    try {
      result = (await this.socket.emitWithAck(CollabEvent.Join, { documentId: this.documentId })) as CollabJoinResult;
    } catch {
      return; // disconnected before the answer
    }
    if (result.ok) {
      this.joined = true;
      // What we lack from the server; the server asks for what it lacks with its own step 1.
      this.socket.emit(
        CollabEvent.Sync,
        this.documentId,
        encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(this.doc)),
      );
      // Changes made offline or never acknowledged: kept until the server confirms them.
      if (this.unacked.length) void this.send([...this.unacked]);
      if (this.awareness.getLocalState())
        this.socket.emit(
          CollabEvent.Awareness,
          this.documentId,
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]),
        );
    }
    this.joinResult = result;
  }

  private onSync(documentId: string, data: unknown): void {
    if (documentId !== this.documentId) return;
    const message = decodeSyncMessage(bytes(data));
    if (!message) throw new Error('the server sent a malformed sync message');
    if (message.type === SyncMessageType.Step1) {
      const answer = encodeSyncMessage(SyncMessageType.Step2, Y.encodeStateAsUpdate(this.doc, message.payload));
      this.socket.emit(CollabEvent.Sync, this.documentId, answer, (ack: CollabAck) => {
        if (ack.ok) this.ackCount++;
        else this.refusals.push(ack);
      });
      return;
    }
    Y.applyUpdate(this.doc, message.payload, REMOTE);
    this.received++;
    if (message.type === SyncMessageType.Step2) this.synced = true;
  }

  /** Sends changes as one update message; on acknowledgement they and their markers are done. */
  private send(entries: Outgoing[]): Promise<CollabAck> {
    const update = entries.length === 1 ? entries[0].update : Y.mergeUpdates(entries.map((e) => e.update));
    const message = encodeSyncMessage(SyncMessageType.Update, update);
    return new Promise((resolve) => {
      this.socket.emit(CollabEvent.Sync, this.documentId, message, (ack: CollabAck) => {
        if (ack.ok) {
          this.ackCount++;
          const done = new Set(entries);
          this.unacked = this.unacked.filter((e) => !done.has(e));
          for (const e of entries) for (const m of e.markers) this.acked.add(m);
          this.onAck?.();
        } else this.refusals.push(ack);
        resolve(ack);
      });
    });
  }

  /** The text of a random paragraph or heading of `section`, creating a paragraph if it has none. */
  private pickText(section: string): Y.XmlText {
    const fragment = this.doc.getXmlFragment(section);
    const blocks = fragment
      .toArray()
      .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.get(0) instanceof Y.XmlText);
    if (blocks.length) return blocks[Math.floor(this.random() * blocks.length)].get(0) as Y.XmlText;
    const paragraph = new Y.XmlElement('paragraph');
    fragment.insert(fragment.length, [paragraph]);
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    return text;
  }

  private pickMarker(section: string): { text: Y.XmlText; index: number; marker: string } | null {
    const found: { text: Y.XmlText; index: number; marker: string }[] = [];
    for (const node of this.doc.getXmlFragment(section).toArray()) {
      if (!(node instanceof Y.XmlElement)) continue;
      const text = node.get(0);
      if (!(text instanceof Y.XmlText)) continue;
      for (const m of plain(text).matchAll(MARKER)) found.push({ text, index: m.index, marker: m[0] });
    }
    return found.length ? found[Math.floor(this.random() * found.length)] : null;
  }
}
