import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';

/** Sends events to the /live namespace's rooms; the gateway hands over its namespace at start-up. */
@Injectable()
export class LivePublisher {
  private nsp?: Namespace;

  attach(nsp: Namespace): void {
    this.nsp = nsp;
  }

  toUser(userId: string, event: string, payload: unknown): void {
    this.nsp?.to(`user:${userId}`).emit(event, payload);
  }

  /** Stops a person's open sockets receiving a group's events (they left it). */
  removeFromGroup(userId: string, groupId: string): void {
    this.nsp?.in(`user:${userId}`).socketsLeave(`group:${groupId}`);
  }

  toGroup(groupId: string, event: string, payload: unknown): void {
    this.nsp?.to(`group:${groupId}`).emit(event, payload);
  }
}
