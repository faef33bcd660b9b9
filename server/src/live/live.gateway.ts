import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import {
  ConversationLiveEvent,
  GroupLiveEvent,
  LIVE_NAMESPACE,
  LiveConnectError,
  LiveEvent,
  type AccessChange,
  type LiveReadyPayload,
} from '@switchback/shared';
import { isUUID } from 'class-validator';
import { AccessEvents } from '../access/access-events.js';
import { socketToken } from '../auth/socket-auth.js';
import { SessionsService } from '../auth/sessions.service.js';
import { GroupAccessService } from '../groups/group-access.service.js';
import { LivePublisher } from './live-publisher.service.js';

const GROUP_ROOM = 'group:';

/**
 * The live channel of a signed-in person: authenticated at the handshake with the same session as
 * the API (cookie, bearer header or `auth.token`); each socket joins the room `user:<id>`.
 *
 * Access events keep it honest: a person who may no longer read a group's stream (left it,
 * deactivated in its network, the group closed) leaves its room at once, and a socket whose session
 * was revoked is disconnected, on every server process.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Live');

  constructor(
    private readonly sessions: SessionsService,
    private readonly groups: GroupAccessService,
    private readonly publisher: LivePublisher,
    private readonly events: AccessEvents,
  ) {}

  private nsp?: Namespace;
  /** Access events seen: a handshake that overlaps one checks its session again. */
  private generation = 0;

  afterInit(nsp: Namespace): void {
    this.nsp = nsp;
    this.publisher.attach(nsp);
    this.events.attach(nsp);
    this.events.subscribe((change) => this.onAccessChange(change));
    nsp.use((socket, next) => {
      const token = socketToken(socket);
      const generation = this.generation;
      (token ? this.sessions.resolve(token) : Promise.resolve(null))
        .then((auth) => {
          if (!auth) return next(new Error(LiveConnectError.Unauthenticated));
          socket.data.userId = auth.user.id;
          socket.data.sessionId = auth.sessionId;
          socket.data.generation = generation;
          next();
        })
        .catch((err: Error) => {
          this.logger.warn(`Live handshake failed: ${err.message}`);
          next(new Error(LiveConnectError.Unauthenticated));
        });
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const userId = socket.data.userId as string;
    await socket.join(`user:${userId}`);
    socket.emit(LiveEvent.Ready, { userId } satisfies LiveReadyPayload);
    // A session revoked while this handshake was checking it: check it again now the socket is listed.
    if (socket.data.generation !== this.generation)
      await this.endRevokedSessions([socket]).catch((err: Error) =>
        this.logger.warn(`Re-checking a live session failed: ${err.message}`),
      );
  }

  /** Starts sending a group's new posts to this socket, if the person may read the group's stream. */
  @SubscribeMessage(GroupLiveEvent.Watch)
  async watchGroup(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: { groupId?: unknown },
  ): Promise<{ ok: boolean; error?: string }> {
    const groupId = body?.groupId;
    if (typeof groupId !== 'string' || !isUUID(groupId)) return { ok: false, error: 'BAD_USER_INPUT' };
    try {
      await this.groups.readable(socket.data.userId as string, groupId);
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code ?? 'FORBIDDEN';
      return { ok: false, error: code };
    }
    await socket.join(`${GROUP_ROOM}${groupId}`);
    return { ok: true };
  }

  @SubscribeMessage(GroupLiveEvent.Unwatch)
  async unwatchGroup(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: { groupId?: unknown },
  ): Promise<{ ok: boolean }> {
    if (typeof body?.groupId === 'string') await socket.leave(`${GROUP_ROOM}${body.groupId}`);
    return { ok: true };
  }

  // ---- revocation ----

  private async onAccessChange(change: AccessChange): Promise<void> {
    this.generation += 1;
    const sockets = [...(this.nsp?.sockets.values() ?? [])].filter((s) => typeof s.data?.userId === 'string');
    switch (change.kind) {
      case 'session-revoked':
        return this.endRevokedSessions(
          sockets.filter(
            (s) => s.data.userId === change.userId && (!change.sessionId || s.data.sessionId === change.sessionId),
          ),
        );
      case 'user':
        // Conversations are re-checked at every message; an open conversation page asks again now.
        this.nsp?.to(`user:${change.userId}`).emit(ConversationLiveEvent.AccessChanged);
        return this.recheckGroups(sockets.filter((s) => s.data.userId === change.userId));
      case 'group':
        return this.recheckGroups(sockets, change.groupId);
      case 'network':
        return this.recheckGroups(sockets);
      default:
        return; // documents are the collaboration engine's
    }
  }

  /** Each socket leaves the group rooms (or `only` that one) whose stream its person may no longer read. */
  private async recheckGroups(sockets: Socket[], only?: string): Promise<void> {
    const byUser = new Map<string, { sockets: Socket[]; groupIds: Set<string> }>();
    for (const socket of sockets) {
      const rooms = [...socket.rooms].filter((r) => r.startsWith(GROUP_ROOM)).map((r) => r.slice(GROUP_ROOM.length));
      const groupIds = only ? rooms.filter((id) => id === only) : rooms;
      if (!groupIds.length) continue;
      const entry = byUser.get(socket.data.userId as string) ?? { sockets: [], groupIds: new Set<string>() };
      entry.sockets.push(socket);
      for (const id of groupIds) entry.groupIds.add(id);
      byUser.set(socket.data.userId as string, entry);
    }
    await Promise.all(
      [...byUser].map(async ([userId, { sockets: theirs, groupIds }]) => {
        const ids = [...groupIds];
        const contexts = await this.groups.contexts(userId, ids);
        const lost = ids.filter((_, i) => {
          const ctx = contexts[i];
          return ctx instanceof Error || !this.groups.canReadStream(ctx);
        });
        for (const socket of theirs) for (const id of lost) await socket.leave(`${GROUP_ROOM}${id}`);
      }),
    );
  }

  /** Disconnects the sockets whose session is no longer live, after telling them why. */
  private async endRevokedSessions(sockets: Socket[]): Promise<void> {
    if (!sockets.length) return;
    const live = await this.sessions.liveIds(sockets.map((s) => s.data.sessionId as string));
    for (const socket of sockets) {
      if (live.has(socket.data.sessionId as string) || socket.disconnected) continue;
      socket.emit(LiveEvent.SessionEnded);
      socket.disconnect();
    }
  }
}
