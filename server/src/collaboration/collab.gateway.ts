import { Logger } from '@nestjs/common';
import {
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import * as Y from 'yjs';
import {
  presenceColor,
  type AccessChange,
  COLLAB_LIMITS,
  COLLAB_NAMESPACE,
  CollabCloseCode,
  CollabEvent,
  encodeSyncMessage,
  SyncMessageType,
  toWire,
  type CollabAck,
  type CollabClosedPayload,
  type CollabErrorPayload,
  type CollabJoinResult,
  type DocumentAccess,
} from '@switchback/shared';
import { AccessEvents } from '../access/access-events.js';
import { SessionsService } from '../auth/sessions.service.js';
import { socketToken } from '../auth/socket-auth.js';
import { CollabLimits, CollabRefusal } from './collab-limits.js';
import { Compactor } from './compactor.service.js';
import { DocumentPolicies, type DocumentRef } from './document-policies.js';
import { DocumentStore } from './document-store.service.js';
import { LiveDocuments } from './live-documents.service.js';
import { UpdateLog } from './update-log.service.js';

type Ack<T> = ((result: T) => void) | undefined;

/** A document a socket has open: what it is and what this person may do with it, kept current by access events. */
interface OpenDocument {
  ref: DocumentRef;
  access: DocumentAccess;
  /** Re-checks started: only the latest one's answer is applied. */
  checks: number;
  /** Settles once the latest re-check has its answer: a message that arrives meanwhile waits for it. */
  pending?: Promise<void>;
}

interface SocketState {
  userId: string;
  /** The session the socket was opened with: its revocation disconnects the socket. */
  sessionId: string;
  name: string;
  /** Open documents and what this person may do with each: the per-write check reads only this. */
  docs: Map<string, OpenDocument>;
  /** Documents closed for this socket because access was taken away: writes to them get `Revoked`. */
  revoked: Set<string>;
  /** The access-event generation when the handshake checked the session. */
  generation: number;
}

const REVOKED = 'You no longer have access to this document.';
const NOW_READ_ONLY = 'You can read this document but no longer change it.';
const SESSION_ENDED = 'Your session has ended. Sign in again to keep editing.';

function stateOf(socket: Socket): SocketState {
  return socket.data as SocketState;
}

function refusal(err: unknown): CollabRefusal {
  return err instanceof CollabRefusal
    ? err
    : new CollabRefusal(CollabCloseCode.Unavailable, 'Not saved yet: retrying.');
}

/**
 * Live documents over socket.io: the one place where the engine's pieces (session auth, access
 * policies, limits, the update log, the live copies and their fan-out, compaction) are put
 * together. A change is sent to the others at once and acknowledged to its sender only once it
 * is committed.
 */
@WebSocketGateway({ namespace: COLLAB_NAMESPACE, cors: false })
export class CollabGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger('Collab');
  private nsp?: Namespace;
  /** Access events seen by this process: a join or handshake that overlaps one checks again. */
  private generation = 0;

  constructor(
    private readonly sessions: SessionsService,
    private readonly policies: DocumentPolicies,
    private readonly limits: CollabLimits,
    private readonly live: LiveDocuments,
    private readonly log: UpdateLog,
    private readonly store: DocumentStore,
    private readonly compactor: Compactor,
    private readonly events: AccessEvents,
  ) {}

  afterInit(nsp: Namespace): void {
    this.nsp = nsp;
    this.live.attach(nsp, (documentId) => this.compactor.schedule(documentId));
    this.events.attach(nsp);
    this.events.subscribe((change) => this.onAccessChange(change));
    nsp.use((socket, next) => {
      const token = socketToken(socket);
      const refuse = () => {
        const err = new Error('Sign in to open live documents.') as Error & { data?: unknown };
        err.data = { code: CollabCloseCode.Unauthenticated };
        next(err);
      };
      const generation = this.generation;
      (token ? this.sessions.resolve(token) : Promise.resolve(null))
        .then((auth) => {
          if (!auth) return refuse();
          socket.data = {
            userId: auth.user.id,
            sessionId: auth.sessionId,
            name: auth.user.displayName,
            docs: new Map(),
            revoked: new Set(),
            generation,
          } satisfies SocketState;
          next();
        })
        .catch(() => refuse());
    });
  }

  /** Plain socket.io handlers (not Nest's message pipeline): one hop per keystroke. */
  handleConnection(socket: Socket): void {
    // A session revoked while this handshake was checking it: check it again now the socket is listed.
    if (stateOf(socket).generation !== this.generation) this.background(this.endRevokedSessions([socket]));
    socket.on(CollabEvent.Join, (body: unknown, ack: Ack<CollabJoinResult>) => {
      void this.join(socket, body)
        .catch((err: Error): CollabJoinResult => {
          this.logger.warn(`Join failed: ${err.message}`);
          return { ok: false, code: CollabCloseCode.Unavailable, message: 'Could not open the document: try again.' };
        })
        .then((r) => typeof ack === 'function' && ack(r));
    });
    socket.on(CollabEvent.Leave, (body: unknown, ack: Ack<CollabAck>) => {
      void this.leave(socket, body).then((r) => typeof ack === 'function' && ack(r));
    });
    socket.on(CollabEvent.Sync, (documentId: unknown, message: unknown, ack: Ack<CollabAck>) =>
      this.handleSync(socket, documentId, message, typeof ack === 'function' ? ack : undefined),
    );
    socket.on(CollabEvent.Awareness, (documentId: unknown, message: unknown) =>
      this.handleAwareness(socket, documentId, message),
    );
  }

  async handleDisconnect(socket: Socket): Promise<void> {
    const state = stateOf(socket);
    if (!state?.docs) return;
    for (const documentId of [...state.docs.keys()]) await this.live.leave(documentId, socket);
    state.docs.clear();
  }

  private async join(socket: Socket, body: unknown): Promise<CollabJoinResult> {
    const state = stateOf(socket);
    const documentId = (body as { documentId?: unknown } | null)?.documentId;
    const notFound = { ok: false, code: CollabCloseCode.NotFound, message: 'This document does not exist.' } as const;
    try {
      this.limits.take(socket);
    } catch (err) {
      const r = refusal(err);
      return { ok: false, code: r.code, message: r.message };
    }
    if (typeof documentId !== 'string') return notFound;
    if (!state.docs.has(documentId) && state.docs.size >= COLLAB_LIMITS.maxOpenDocuments)
      return { ok: false, code: CollabCloseCode.Throttled, message: 'Too many documents open at once.' };
    const generation = this.generation;
    const ref = await this.store.ref(documentId);
    const access = ref ? await this.policies.access(state.userId, ref) : null;
    if (!ref || !access) return notFound;
    const live = await this.live.open(documentId, socket);
    if (socket.disconnected) {
      // The connection dropped while access was checked: its disconnect handler has run already and
      // could not close this document for it, so close it here (or it would stay in memory forever).
      await this.live.leave(documentId, socket);
      return { ok: false, code: CollabCloseCode.Unavailable, message: 'The connection was closed.' };
    }
    const open: OpenDocument = { ref, access, checks: 0 };
    state.docs.set(documentId, open);
    state.revoked.delete(documentId);
    // Access changed while it was being checked: check again (the answer may close it at once).
    if (generation !== this.generation) this.background(this.recheck(socket, documentId, new Map()));
    // After the acknowledgement: the server's state vector (the client answers with what it has
    // that the server lacks) and everyone's presence.
    setImmediate(() => {
      socket.emit(
        CollabEvent.Sync,
        documentId,
        toWire(encodeSyncMessage(SyncMessageType.Step1, Y.encodeStateVector(live.doc))),
      );
      const presence = this.live.awarenessSnapshot(live);
      if (presence) socket.emit(CollabEvent.Awareness, documentId, toWire(presence));
    });
    return { ok: true, access };
  }

  private async leave(socket: Socket, body: unknown): Promise<CollabAck> {
    const documentId = (body as { documentId?: unknown } | null)?.documentId;
    const state = stateOf(socket);
    if (typeof documentId === 'string' && state.docs.delete(documentId)) await this.live.leave(documentId, socket);
    return { ok: true };
  }

  private handleSync(socket: Socket, documentId: unknown, message: unknown, ack: Ack<CollabAck>): void {
    void this.sync(socket, documentId, message).then(
      () => ack?.({ ok: true }),
      (err: unknown) => {
        const r = refusal(err);
        if (r.code === CollabCloseCode.Unavailable) this.logger.warn(`Update not committed: ${(err as Error).message}`);
        this.refuse(socket, documentId, r);
        ack?.({ ok: false, code: r.code, message: r.message });
      },
    );
  }

  private handleAwareness(socket: Socket, documentId: unknown, message: unknown): void {
    try {
      this.limits.take(socket);
      this.opened(socket, documentId);
      const { userId, name } = stateOf(socket);
      this.live.integrateAwareness(documentId as string, this.limits.bytes(message), socket, {
        id: userId,
        name,
        color: presenceColor(userId),
      });
    } catch (err) {
      this.refuse(
        socket,
        documentId,
        err instanceof CollabRefusal
          ? err
          : new CollabRefusal(CollabCloseCode.Malformed, 'That presence update could not be read.'),
      );
    }
  }

  private async sync(socket: Socket, documentId: unknown, message: unknown): Promise<void> {
    this.limits.take(socket);
    // An access change this process has heard of is decided before the message is: a write sent
    // after the change was made is refused even if the policy has not answered yet.
    const pending = typeof documentId === 'string' ? stateOf(socket).docs.get(documentId)?.pending : undefined;
    if (pending) await pending;
    const access = this.opened(socket, documentId);
    const id = documentId as string;
    const { type, payload, empty } = this.limits.syncMessage(message);
    const live = this.live.get(id);
    if (!live) throw new CollabRefusal(CollabCloseCode.NotFound, 'Join the document first.');
    if (type === SyncMessageType.Step1) {
      socket.emit(
        CollabEvent.Sync,
        id,
        toWire(encodeSyncMessage(SyncMessageType.Step2, Y.encodeStateAsUpdate(live.doc, payload))),
      );
      return;
    }
    if (empty) return;
    if (access !== 'EDIT')
      throw new CollabRefusal(CollabCloseCode.ReadOnly, 'You can read this document but not change it.');
    this.live.integrate(id, payload, socket);
    await this.log.append(id, payload, stateOf(socket).userId);
  }

  /** The access of a document this socket has joined, or a refusal: a lookup in memory, no query. */
  private opened(socket: Socket, documentId: unknown): DocumentAccess {
    if (typeof documentId !== 'string') throw new CollabRefusal(CollabCloseCode.NotFound, 'Join the document first.');
    const state = stateOf(socket);
    const open = state.docs.get(documentId);
    if (open) return open.access;
    if (state.revoked.has(documentId)) throw new CollabRefusal(CollabCloseCode.Revoked, REVOKED);
    throw new CollabRefusal(CollabCloseCode.NotFound, 'Join the document first.');
  }

  // ---- revocation: access events re-check this process's open sockets ----

  private async onAccessChange(change: AccessChange): Promise<void> {
    this.generation += 1;
    const sockets = [...(this.nsp?.sockets.values() ?? [])].filter((s) => stateOf(s)?.docs);
    if (change.kind === 'session-revoked') {
      const theirs = sockets.filter(
        (s) => stateOf(s).userId === change.userId && (!change.sessionId || stateOf(s).sessionId === change.sessionId),
      );
      return this.endRevokedSessions(theirs);
    }
    if (change.kind === 'group') return; // its units' documents come as a `document-owner` change
    const owners = change.kind === 'document-owner' ? new Set(change.ownerIds) : null;
    const targets: [Socket, string][] = [];
    for (const socket of sockets) {
      const state = stateOf(socket);
      if (change.kind === 'user' && state.userId !== change.userId) continue;
      for (const [documentId, open] of state.docs)
        if (!owners || owners.has(open.ref.ownerId)) targets.push([socket, documentId]);
    }
    // One policy question per person and document, however many sockets they have it open in.
    const answers = new Map<string, Promise<DocumentAccess | null>>();
    await Promise.all(targets.map(([socket, documentId]) => this.recheck(socket, documentId, answers)));
  }

  /**
   * Asks the document's policy again; closes the document for the socket, or makes it read-only.
   * Until the answer is applied, the socket's messages for the document wait (`pending`).
   */
  private recheck(
    socket: Socket,
    documentId: string,
    answers: Map<string, Promise<DocumentAccess | null>>,
  ): Promise<void> {
    const state = stateOf(socket);
    const open = state.docs.get(documentId);
    if (!open) return Promise.resolve();
    const check = ++open.checks;
    const key = `${state.userId} ${documentId}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = this.askPolicy(state.userId, open.ref);
      answers.set(key, answer);
    }
    const applied = this.apply(socket, documentId, open, check, answer);
    const pending = applied.then(
      () => undefined,
      () => undefined,
    );
    open.pending = pending;
    void pending.then(() => {
      if (open.pending === pending) open.pending = undefined;
    });
    return applied;
  }

  private async apply(
    socket: Socket,
    documentId: string,
    open: OpenDocument,
    check: number,
    answer: Promise<DocumentAccess | null>,
  ): Promise<void> {
    const state = stateOf(socket);
    const access = await answer;
    // Closed, re-joined or checked again meanwhile: the later answer decides.
    if (state.docs.get(documentId) !== open || open.checks !== check || socket.disconnected) return;
    if (!access) {
      state.docs.delete(documentId);
      state.revoked.add(documentId);
      // Out of the document's room (and presence) first: once told, it hears nothing more of it.
      await this.live.leave(documentId, socket);
      this.close(socket, documentId, CollabCloseCode.Revoked, REVOKED);
    } else if (access === 'VIEW' && open.access === 'EDIT') {
      // Read-only from now on; a change of mind the other way waits for the next join.
      open.access = 'VIEW';
      this.close(socket, documentId, CollabCloseCode.ReadOnly, NOW_READ_ONLY);
    }
  }

  /** The policy's answer, asked again a few times if the database does not answer. */
  private async askPolicy(userId: string, ref: DocumentRef): Promise<DocumentAccess | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.policies.access(userId, ref);
      } catch (err) {
        if (attempt >= 4) throw err;
        await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      }
    }
  }

  /** Disconnects the sockets whose session is no longer live, telling each open document why. */
  private async endRevokedSessions(sockets: Socket[]): Promise<void> {
    if (!sockets.length) return;
    const live = await this.sessions.liveIds(sockets.map((s) => stateOf(s).sessionId));
    for (const socket of sockets) {
      const state = stateOf(socket);
      if (live.has(state.sessionId) || socket.disconnected) continue;
      for (const documentId of state.docs.keys())
        this.close(socket, documentId, CollabCloseCode.Unauthenticated, SESSION_ENDED);
      // The disconnect handler closes its documents (and removes its presence) for everyone.
      socket.disconnect();
    }
  }

  private background(work: Promise<void>): void {
    work.catch((err: Error) => this.logger.warn(`Re-checking access failed: ${err.message}`));
  }

  private close(socket: Socket, documentId: string, code: CollabClosedPayload['code'], reason: string): void {
    socket.emit(CollabEvent.Closed, { documentId, code, reason } satisfies CollabClosedPayload);
  }

  private refuse(socket: Socket, documentId: unknown, r: CollabRefusal): void {
    socket.emit(CollabEvent.Error, {
      documentId: typeof documentId === 'string' ? documentId : '',
      code: r.code,
      message: r.message,
    } satisfies CollabErrorPayload);
  }
}
