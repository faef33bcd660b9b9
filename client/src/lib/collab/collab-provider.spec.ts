import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as Y from 'yjs';
import type { Socket } from 'socket.io-client';
import {
  CollabCloseCode,
  CollabEvent,
  encodeSyncMessage,
  SyncMessageType,
  toWire,
  type CollabAck,
  type CollabJoinResult,
} from '@switchback/shared';
import { reportApiReachable, watchSocketReachability } from '../connectivity';
import { collabStatusLabel } from './collab-status';
import { CollabProvider } from './collab-provider';
import { forgetUnsentChanges, hasUnsentChanges, markUnsentChanges } from './unsent-changes';

type Handler = (...args: unknown[]) => void;

/** A socket that records what the provider sends and lets the test answer as the server. */
class FakeSocket {
  connected = true;
  readonly sent: { event: string; args: unknown[] }[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler): this {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)!.add(handler);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  emit(event: string, ...args: unknown[]): this {
    this.sent.push({ event, args });
    return this;
  }

  /** The server sends an event to the client. */
  receive(event: string, ...args: unknown[]): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(...args);
  }

  count(event: string): number {
    return this.sent.filter((s) => s.event === event).length;
  }

  /** Answers the last message of that event that carried an acknowledgement callback. */
  answer(event: string, value: CollabAck | CollabJoinResult): void {
    const last = [...this.sent].reverse().find((s) => s.event === event && typeof s.args.at(-1) === 'function');
    (last!.args.at(-1) as (v: unknown) => void)(value);
  }
}

const DOC = 'doc-1';
const providers: CollabProvider[] = [];

function joined(access: 'EDIT' | 'VIEW' = 'EDIT') {
  const socket = new FakeSocket();
  const doc = new Y.Doc();
  const provider = new CollabProvider(DOC, doc, null, {
    acquire: () => socket as unknown as Socket,
    release: () => undefined,
  });
  providers.push(provider);
  provider.connect();
  socket.answer(CollabEvent.Join, { ok: true, access });
  return { socket, doc, provider };
}

function type(doc: Y.Doc, text: string): void {
  doc.getText('t').insert(0, text);
}

afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
  reportApiReachable(true);
});

describe('CollabProvider when access is taken away', () => {
  it('stops for good on a revoked close: says why, sends nothing more, never re-joins', () => {
    const { socket, doc, provider } = joined();
    socket.receive(CollabEvent.Closed, {
      documentId: DOC,
      code: CollabCloseCode.Revoked,
      reason: 'You no longer have access to this document.',
    });
    expect(provider.getState().error).toBe('You no longer have access to this document.');
    const syncs = socket.count(CollabEvent.Sync);
    type(doc, 'after');
    socket.receive('connect');
    expect(socket.count(CollabEvent.Sync)).toBe(syncs);
    expect(socket.count(CollabEvent.Join)).toBe(1);
  });

  it('turns read-only on a read-only close and drops what it could not store', () => {
    const { socket, doc, provider } = joined();
    type(doc, 'pending');
    expect(provider.getState().status).toBe('saving');
    socket.receive(CollabEvent.Closed, { documentId: DOC, code: CollabCloseCode.ReadOnly, reason: 'Read-only now.' });
    expect(provider.getState()).toMatchObject({ readOnly: true, access: 'VIEW', error: null });
    expect(provider.getState().status).not.toBe('saving');
    const syncs = socket.count(CollabEvent.Sync);
    type(doc, 'more');
    expect(socket.count(CollabEvent.Sync)).toBe(syncs);
  });

  it('stops on a write refused as revoked instead of retrying', () => {
    const { socket, doc, provider } = joined();
    type(doc, 'refused');
    socket.answer(CollabEvent.Sync, { ok: false, code: CollabCloseCode.Revoked, message: 'No access.' });
    expect(provider.getState().error).toBe('You no longer have access to this document.');
    socket.receive('connect');
    expect(socket.count(CollabEvent.Join)).toBe(1);
  });

  it('says the session ended when the server signs the socket out', () => {
    const { socket, provider } = joined('VIEW');
    socket.receive(CollabEvent.Closed, { documentId: DOC, code: CollabCloseCode.Unauthenticated, reason: '' });
    expect(provider.getState().error).toMatch(/session has ended/);
  });

  it('ignores closes of other documents', () => {
    const { socket, provider } = joined();
    socket.receive(CollabEvent.Closed, { documentId: 'other', code: CollabCloseCode.Revoked, reason: 'x' });
    expect(provider.getState().error).toBeNull();
  });
});

describe('CollabProvider marks a device that holds changes the server lacks', () => {
  const USER = 'u1';
  let saved: PropertyDescriptor | undefined;
  let store: Map<string, string>;

  beforeEach(() => {
    store = new Map();
    saved = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> = {
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => void store.set(k, v),
      removeItem: (k) => void store.delete(k),
      key: (i) => [...store.keys()][i] ?? null,
      get length() {
        return store.size;
      },
    };
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  });

  afterEach(() => {
    if (saved) Object.defineProperty(globalThis, 'localStorage', saved);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  function open(connected: boolean) {
    const socket = new FakeSocket();
    socket.connected = connected;
    const doc = new Y.Doc();
    const provider = new CollabProvider(DOC, doc, USER, {
      acquire: () => socket as unknown as Socket,
      release: () => undefined,
    });
    providers.push(provider);
    provider.connect();
    return { socket, doc, provider };
  }

  /** The server's side of a join: ok, its state vector (it has nothing), then its answer (nothing). */
  function serverSyncs(socket: FakeSocket, access: 'EDIT' | 'VIEW' = 'EDIT') {
    socket.answer(CollabEvent.Join, { ok: true, access });
    const empty = Y.encodeStateVector(new Y.Doc());
    socket.receive(CollabEvent.Sync, DOC, toWire(encodeSyncMessage(SyncMessageType.Step1, empty)));
    socket.receive(
      CollabEvent.Sync,
      DOC,
      toWire(encodeSyncMessage(SyncMessageType.Step2, Y.encodeStateAsUpdate(new Y.Doc()))),
    );
  }

  it('keeps the mark from an offline change until the server has acknowledged it after a later visit', () => {
    const offline = open(false);
    expect(hasUnsentChanges(USER, DOC)).toBe(false);
    type(offline.doc, 'written offline');
    expect(hasUnsentChanges(USER, DOC)).toBe(true);
    offline.provider.destroy();
    // The next visit reads the mark before any editor code runs; it stays while not yet compared.
    expect(hasUnsentChanges(USER, DOC)).toBe(true);
    const next = open(true);
    Y.applyUpdate(next.doc, Y.encodeStateAsUpdate(offline.doc));
    expect(hasUnsentChanges(USER, DOC)).toBe(true);
    serverSyncs(next.socket);
    // The answer to the server's step 1 carried the offline change: kept until acknowledged.
    expect(hasUnsentChanges(USER, DOC)).toBe(true);
    next.socket.answer(CollabEvent.Sync, { ok: true });
    expect(hasUnsentChanges(USER, DOC)).toBe(false);
  });

  it('marks a change sent online only until its acknowledgement', () => {
    const { socket, doc } = open(true);
    serverSyncs(socket);
    expect(hasUnsentChanges(USER, DOC)).toBe(false);
    type(doc, 'online');
    expect(hasUnsentChanges(USER, DOC)).toBe(true);
    socket.answer(CollabEvent.Sync, { ok: true });
    expect(hasUnsentChanges(USER, DOC)).toBe(false);
  });

  it('forgets the mark for a person who may only read, and at sign-out', () => {
    const first = open(false);
    type(first.doc, 'offline');
    first.provider.destroy();
    const reader = open(true);
    serverSyncs(reader.socket, 'VIEW');
    expect(hasUnsentChanges(USER, DOC)).toBe(false);
    markUnsentChanges(USER, 'doc-2', true);
    markUnsentChanges('u2', DOC, true);
    forgetUnsentChanges(USER);
    expect([...store.keys()]).toEqual([`switchback:unsent:u2-${DOC}`]);
  });
});

/** The server's side of a sync: its state vector (step 1) and what the client lacks (step 2, nothing here). */
function serverSync(socket: FakeSocket): void {
  socket.receive(
    CollabEvent.Sync,
    DOC,
    toWire(encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(new Y.Doc()))),
  );
  socket.receive(
    CollabEvent.Sync,
    DOC,
    toWire(encodeSyncMessage(SyncMessageType.Step2, Y.encodeStateAsUpdate(new Y.Doc()))),
  );
}

describe('CollabProvider and the page agree on whether the server can be reached', () => {
  it('says offline, with the count of kept changes, when the socket gets no answer while the browser thinks it is online', () => {
    const { socket, doc, provider } = joined();
    watchSocketReachability(socket as unknown as Parameters<typeof watchSocketReachability>[0]);
    serverSync(socket);
    type(doc, 'a');
    expect(provider.getState()).toMatchObject({ status: 'saving', pendingChanges: 1 });
    socket.answer(CollabEvent.Sync, { ok: true });
    expect(provider.getState()).toMatchObject({ status: 'saved', pendingChanges: 0 });

    // Wi-Fi is up, the internet is not: the socket drops and its reconnection attempts get no answer.
    socket.connected = false;
    socket.receive('disconnect', 'transport close');
    socket.receive('connect_error', new Error('xhr poll error'));
    // Nothing unsaved yet: still "Offline", as the page says, not "Reconnecting…".
    expect(provider.getState()).toMatchObject({ status: 'offline', pendingChanges: 0 });
    type(doc, 'b');
    type(doc, 'c');
    const offline = provider.getState();
    expect(offline).toMatchObject({ status: 'offline', pendingChanges: 2 });
    expect(collabStatusLabel(offline.status, true, offline.pendingChanges)).toBe(
      'Offline — 2 changes kept on this device',
    );

    // The socket gets through again: the status leaves "offline" and the count goes once stored.
    socket.connected = true;
    socket.receive('connect');
    expect(provider.getState().status).not.toBe('offline');
    socket.answer(CollabEvent.Join, { ok: true, access: 'EDIT' });
    serverSync(socket);
    expect(provider.getState()).toMatchObject({ status: 'saving', pendingChanges: 2 });
    socket.answer(CollabEvent.Sync, { ok: true });
    expect(provider.getState()).toMatchObject({ status: 'saved', pendingChanges: 0 });
  });

  it('says offline when a GraphQL request of the page found no server, even before the socket notices', () => {
    const { socket, provider } = joined();
    serverSync(socket);
    expect(provider.getState().status).toBe('saved');
    reportApiReachable(false);
    expect(provider.getState().status).toBe('offline');
    reportApiReachable(true);
    expect(provider.getState().status).not.toBe('offline');
  });
});
