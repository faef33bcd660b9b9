import { Logger } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { LIVE_NAMESPACE, LiveConnectError, LiveEvent, type LiveReadyPayload } from '@switchback/shared';
import { SESSION_COOKIE } from '../auth/cookies.js';
import { SessionsService } from '../auth/sessions.service.js';

function tokenOf(socket: Socket): string | null {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  if (auth && typeof auth.token === 'string') return auth.token;
  const header = socket.handshake.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7);
  const cookie = socket.handshake.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === SESSION_COOKIE) return decodeURIComponent(v.join('='));
  }
  return null;
}

/**
 * The live channel of a signed-in person: authenticated at the handshake with the same session as
 * the API (cookie, bearer header or `auth.token`); each socket joins the room `user:<id>`.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: false })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Live');

  constructor(private readonly sessions: SessionsService) {}

  afterInit(nsp: Namespace): void {
    nsp.use((socket, next) => {
      const token = tokenOf(socket);
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
}
