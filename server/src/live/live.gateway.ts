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
import { GroupLiveEvent, LIVE_NAMESPACE, LiveConnectError, LiveEvent, type LiveReadyPayload } from '@switchback/shared';
import { isUUID } from 'class-validator';
import { socketToken } from '../auth/socket-auth.js';
import { SessionsService } from '../auth/sessions.service.js';
import { GroupAccessService } from '../groups/group-access.service.js';
import { LivePublisher } from './live-publisher.service.js';

/**
 * The live channel of a signed-in person: authenticated at the handshake with the same session as
 * the API (cookie, bearer header or `auth.token`); each socket joins the room `user:<id>`.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Live');

  constructor(
    private readonly sessions: SessionsService,
    private readonly groups: GroupAccessService,
    private readonly publisher: LivePublisher,
  ) {}

  afterInit(nsp: Namespace): void {
    this.publisher.attach(nsp);
    nsp.use((socket, next) => {
      const token = socketToken(socket);
      (token ? this.sessions.resolve(token) : Promise.resolve(null))
        .then((auth) => {
          if (!auth) return next(new Error(LiveConnectError.Unauthenticated));
          socket.data.userId = auth.user.id;
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
    await socket.join(`group:${groupId}`);
    return { ok: true };
  }

  @SubscribeMessage(GroupLiveEvent.Unwatch)
  async unwatchGroup(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: { groupId?: unknown },
  ): Promise<{ ok: boolean }> {
    if (typeof body?.groupId === 'string') await socket.leave(`group:${body.groupId}`);
    return { ok: true };
  }
}
