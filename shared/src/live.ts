/** socket.io: the authenticated namespace for live updates to a signed-in person. */
export const LIVE_NAMESPACE = '/live';

/** Events the server sends on the live namespace. */
export const LiveEvent = {
  /** Sent once the connection is authenticated. */
  Ready: 'ready',
  /** Sent just before the server disconnects a socket whose session ended (signed out, revoked). */
  SessionEnded: 'session-ended',
} as const;

export interface LiveReadyPayload {
  userId: string;
}

/** Messages of a refused connection (`connect_error`), so clients can tell why. */
export const LiveConnectError = {
  Unauthenticated: 'UNAUTHENTICATED',
} as const;
