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
  COLLAB_LIMITS,
  COLLAB_NAMESPACE,
  CollabCloseCode,
  CollabEvent,
  encodeSyncMessage,
  SyncMessageType,
  toWire,
  type CollabAck,
  type CollabErrorPayload,
  type CollabJoinResult,
  type DocumentAccess,
} from '@switchback/shared';
import { SessionsService } from '../auth/sessions.service.js';
import { socketToken } from '../auth/socket-auth.js';
import { CollabLimits, CollabRefusal } from './collab-limits.js';
import { Compactor } from './compactor.service.js';
import { DocumentPolicies } from './document-policies.js';
import { DocumentStore } from './document-store.service.js';
import { LiveDocuments } from './live-documents.service.js';
import { UpdateLog } from './update-log.service.js';

type Ack<T> = ((result: T) => void) | undefined;

interface SocketState {
  userId: string;
  /** Open documents and what this person may do with each. */
  docs: Map<string, DocumentAccess>;
}

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

  constructor(
    private readonly sessions: SessionsService,
    private readonly policies: DocumentPolicies,
    private readonly limits: CollabLimits,
    private readonly live: LiveDocuments,
    private readonly log: UpdateLog,
    private readonly store: DocumentStore,
    private readonly compactor: Compactor,
  ) {}

  afterInit(nsp: Namespace): void {
    this.live.attach(nsp, (documentId) => this.compactor.schedule(documentId));
    nsp.use((socket, next) => {
      const token = socketToken(socket);
      const refuse = () => {
        const err = new Error('Sign in to open live documents.') as Error & { data?: unknown };
        err.data = { code: CollabCloseCode.Unauthenticated };
        next(err);
      };
      (token ? this.sessions.resolve(token) : Promise.resolve(null))
        .then((auth) => {
          if (!auth) return refuse();
          socket.data = { userId: auth.user.id, docs: new Map() } satisfies SocketState;
          next();
        })
        .catch(() => refuse());
    });
  }

  /** Plain socket.io handlers (not Nest's message pipeline): one hop per keystroke. */
  handleConnection(socket: Socket): void {
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
    const ref = await this.store.ref(documentId);
    const access = ref ? await this.policies.access(state.userId, ref) : null;
    if (!access) return notFound;
    const live = await this.live.open(documentId, socket);
    if (socket.disconnected) {
      // The connection dropped while access was checked: its disconnect handler has run already and
      // could not close this document for it, so close it here (or it would stay in memory forever).
      await this.live.leave(documentId, socket);
      return { ok: false, code: CollabCloseCode.Unavailable, message: 'The connection was closed.' };
    }
    state.docs.set(documentId, access);
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
      this.live.integrateAwareness(documentId as string, this.limits.bytes(message), socket);
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

  /** The access of a document this socket has joined, or a refusal. */
  private opened(socket: Socket, documentId: unknown): DocumentAccess {
    const access = typeof documentId === 'string' ? stateOf(socket).docs.get(documentId) : undefined;
    if (!access) throw new CollabRefusal(CollabCloseCode.NotFound, 'Join the document first.');
    return access;
  }

  private refuse(socket: Socket, documentId: unknown, r: CollabRefusal): void {
    socket.emit(CollabEvent.Error, {
      documentId: typeof documentId === 'string' ? documentId : '',
      code: r.code,
      message: r.message,
    } satisfies CollabErrorPayload);
  }
}
