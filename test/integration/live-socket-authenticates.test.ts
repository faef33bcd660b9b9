import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { io, type Socket } from 'socket.io-client';
import { LIVE_NAMESPACE, LiveConnectError, LiveEvent, type LiveReadyPayload } from '@switchback/shared';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { startServer, type TestServer } from '../support/harness.js';

type Outcome = { ready: LiveReadyPayload } | { refused: string };

describe('live socket authenticates', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  function connect(opts: { token?: string; cookie?: string } = {}): Socket {
    return io(`${server.url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: opts.token === undefined ? {} : { token: opts.token },
      extraHeaders: opts.cookie ? { cookie: opts.cookie } : undefined,
    });
  }

  /** The first of: the ready event, or a refused connection. */
  function outcome(socket: Socket): Promise<Outcome> {
    return new Promise((resolve) => {
      socket.once(LiveEvent.Ready, (payload: LiveReadyPayload) => resolve({ ready: payload }));
      socket.once('connect_error', (err: Error) => resolve({ refused: err.message }));
    });
  }

  async function person() {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    return { teacher, token: await signIn(server, teacher.login) };
  }

  it('signed-in-person-gets-ready-with-their-id', async () => {
    const { teacher, token } = await person();
    const socket = connect({ token });
    try {
      expect(await outcome(socket)).toEqual({ ready: { userId: teacher.user.id } });
      expect(socket.connected).toBe(true);
    } finally {
      socket.disconnect();
    }
  });

  it('session-cookie-also-authenticates', async () => {
    const { teacher, token } = await person();
    const socket = connect({ cookie: `sb_session=${encodeURIComponent(token)}` });
    try {
      expect(await outcome(socket)).toEqual({ ready: { userId: teacher.user.id } });
    } finally {
      socket.disconnect();
    }
  });

  it('no-token-is-refused-as-unauthenticated', async () => {
    const socket = connect();
    try {
      expect(await outcome(socket)).toEqual({ refused: LiveConnectError.Unauthenticated });
      expect(LiveConnectError.Unauthenticated).toBe('UNAUTHENTICATED');
      expect(socket.connected).toBe(false);
    } finally {
      socket.disconnect();
    }
  });

  it('made-up-token-is-refused-as-unauthenticated', async () => {
    for (const token of ['made-up', '', 'x'.repeat(5000)]) {
      const socket = connect({ token });
      try {
        expect(await outcome(socket)).toEqual({ refused: 'UNAUTHENTICATED' });
      } finally {
        socket.disconnect();
      }
    }
  });

  it('revoked-token-is-refused-as-unauthenticated', async () => {
    const { token } = await person();
    const first = connect({ token });
    try {
      expect(await outcome(first)).toMatchObject({ ready: expect.any(Object) });
    } finally {
      first.disconnect();
    }
    const out = await server.gql<{ signOut: boolean }>('mutation { signOut }', {}, { token });
    expect(out.data?.signOut).toBe(true);
    const socket = connect({ token });
    try {
      expect(await outcome(socket)).toEqual({ refused: 'UNAUTHENTICATED' });
    } finally {
      socket.disconnect();
    }
  });
});
