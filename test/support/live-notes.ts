import { io, type Socket } from 'socket.io-client';
import {
  LIVE_NAMESPACE,
  LiveEvent,
  ObservationNoteLiveEvent,
  type ObservationNoteChangedPayload,
} from '@switchback/shared';
import type { TestServer } from './harness.js';

/**
 * Opens a /live socket as `token` and collects the observation-note changes it hears, once the
 * server says the socket is ready. The socket is added to `sockets` so the test can close it.
 */
export async function listenForNoteChanges(
  server: TestServer,
  token: string,
  sockets: Socket[],
): Promise<ObservationNoteChangedPayload[]> {
  const socket = io(`${server.url}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { token },
  });
  sockets.push(socket);
  const events: ObservationNoteChangedPayload[] = [];
  socket.on(ObservationNoteLiveEvent.Changed, (p: ObservationNoteChangedPayload) => events.push(p));
  await new Promise<void>((resolve, reject) => {
    socket.once(LiveEvent.Ready, () => resolve());
    socket.once('connect_error', reject);
  });
  return events;
}

/** Resolves once `check` holds; polls every 25 ms and fails after 15 seconds, naming `what`. */
export async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
