import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io } from 'socket.io-client';
import { COLLAB_NAMESPACE, LIVE_NAMESPACE } from '@switchback/shared';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';

/**
 * A page of another site can open a socket to the app, and the browser sends the session cookie
 * with it: a cookie handshake counts only from the app's own origin (cross-site WebSocket hijacking).
 */
describe('a cookie handshake needs the app’s origin', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startServer();
    const net = await createNetwork(server.db);
    token = await signIn(server, (await createPerson(server.db, net, 'TEACHER')).login);
  });
  afterAll(() => server.close());

  /** Whether the namespace accepts the handshake: 'connected', or the refusal's message. */
  async function handshake(
    namespace: string,
    headers: Record<string, string>,
    opts: { auth?: Record<string, string>; transport?: 'websocket' | 'polling' } = {},
  ): Promise<string> {
    const socket = io(`${server.url}${namespace}`, {
      transports: [opts.transport ?? 'websocket'],
      reconnection: false,
      forceNew: true,
      auth: opts.auth ?? {},
      extraHeaders: headers,
    });
    try {
      return await new Promise<string>((resolve) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (err: Error) => resolve(`refused: ${err.message}`));
      });
    } finally {
      socket.disconnect();
    }
  }

  const cookie = () => `sb_session=${encodeURIComponent(token)}`;

  for (const namespace of [LIVE_NAMESPACE, COLLAB_NAMESPACE]) {
    it(`${namespace}: refuses a cookie from another site's page, over WebSocket and polling`, async () => {
      expect(await handshake(namespace, { cookie: cookie(), origin: 'https://evil.example' })).toMatch(/^refused/);
      expect(
        await handshake(namespace, { cookie: cookie(), origin: 'https://evil.example' }, { transport: 'polling' }),
      ).toMatch(/^refused/);
      // Same host name, other scheme or port: another origin.
      const other = new URL(server.url);
      other.port = String(Number(other.port) + 1);
      expect(await handshake(namespace, { cookie: cookie(), origin: other.origin })).toMatch(/^refused/);
      expect(await handshake(namespace, { cookie: cookie(), origin: 'null' })).toMatch(/^refused/);
      // No Origin, but the browser says the request is cross-site.
      expect(await handshake(namespace, { cookie: cookie(), 'sec-fetch-site': 'cross-site' })).toMatch(/^refused/);
    });

    it(`${namespace}: accepts a cookie from the app's own origin, and a token from anywhere`, async () => {
      expect(await handshake(namespace, { cookie: cookie(), origin: server.url })).toBe('connected');
      expect(await handshake(namespace, { cookie: cookie(), origin: server.url }, { transport: 'polling' })).toBe(
        'connected',
      );
      expect(await handshake(namespace, { cookie: cookie(), 'sec-fetch-site': 'same-origin' })).toBe('connected');
      // API clients choose their token themselves: no cookie, no Origin needed, any Origin harmless.
      expect(await handshake(namespace, { origin: 'https://evil.example' }, { auth: { token } })).toBe('connected');
      expect(await handshake(namespace, { authorization: `Bearer ${token}` })).toBe('connected');
    });
  }
});
