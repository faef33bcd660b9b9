import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Membership } from '../../server/src/networks/membership.entity.js';
import { createNetwork, createPerson, signIn } from '../support/factories.js';
import { errorCode, startServer, type TestServer } from '../support/harness.js';

const HEALTH = `query($networkId: ID!, $from: String!, $to: String!) {
  networkHealth(networkId: $networkId, from: $from, to: $to) { members { members active } }
}`;

describe('network health access and period', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const ask = (token: string | null, networkId: string, from = '2026-01-01', to = '2026-03-01') =>
    server.gql(HEALTH, { networkId, from, to }, { token });
  const csv = (token: string | null, networkId: string, query = 'from=2026-01-01&to=2026-03-01') =>
    fetch(`${server.url}/api/networks/${networkId}/health.csv?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('teachers-administrators-and-students-are-refused-with-a-clear-message', async () => {
    const net = await createNetwork(server.db);
    for (const role of ['TEACHER', 'ADMINISTRATOR', 'STUDENT'] as const) {
      const person = await createPerson(server.db, net, role);
      const token = await signIn(server, person.login);
      const res = await ask(token, net.network.id);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe('Only a network coordinator can see the network health.');
      expect(res.data).toBeNull();
      const file = await csv(token, net.network.id);
      expect(file.status).toBe(403);
      expect(await file.json()).toEqual({
        error: { code: 'FORBIDDEN', message: 'Only a network coordinator can see the network health.' },
      });
    }
  });

  it('a-coordinator-of-another-network-and-a-deactivated-coordinator-find-nothing', async () => {
    const net = await createNetwork(server.db);
    const other = await createNetwork(server.db);
    const elsewhere = await createPerson(server.db, other, 'COORDINATOR');
    const former = await createPerson(server.db, net, 'COORDINATOR');
    const tokens = [await signIn(server, elsewhere.login), await signIn(server, former.login)];
    // Deactivated after signing in: the session lives on, the membership does not.
    await server.db.getRepository(Membership).update(former.membership.id, { status: 'DEACTIVATED' });
    for (const token of tokens) {
      const res = await ask(token, net.network.id);
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe('That network was not found.');
      expect((await csv(token, net.network.id)).status).toBe(404);
    }
    const [token] = tokens;
    expect(errorCode(await ask(token, 'not-a-uuid'))).toBe('BAD_USER_INPUT');
    expect((await csv(token, 'not-a-uuid')).status).toBe(404);
  });

  it('nobody-signed-in-is-asked-to-sign-in', async () => {
    const net = await createNetwork(server.db);
    expect(errorCode(await ask(null, net.network.id))).toBe('UNAUTHENTICATED');
    const file = await csv(null, net.network.id);
    expect(file.status).toBe(401);
  });

  it('a-bad-period-gets-messages-for-the-date-fields', async () => {
    const net = await createNetwork(server.db);
    const coord = await createPerson(server.db, net, 'COORDINATOR');
    const token = await signIn(server, coord.login);
    const cases: [string, string, Record<string, string>][] = [
      ['', 'soon', { from: 'Choose the first day of the period.', to: 'Choose the last day of the period.' }],
      ['2026-13-01', '2026-03-01', { from: 'Choose the first day of the period.' }],
      ['2026-03-01', '2026-03-01', { to: 'The period must end after it starts.' }],
      ['2026-03-01', '2026-01-01', { to: 'The period must end after it starts.' }],
      ['2022-01-01', '2026-03-01', { to: 'Choose a period of at most two years.' }],
      ['2999-01-01', '2999-02-01', { from: 'Choose a period that has already started.' }],
    ];
    for (const [from, to, fieldErrors] of cases) {
      const res = await ask(token, net.network.id, from, to);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fieldErrors).toEqual(fieldErrors);
    }
    const file = await csv(token, net.network.id, 'from=2026-03-01&to=2026-01-01');
    expect(file.status).toBe(400);
    expect(await file.json()).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: 'The period must end after it starts.',
        fieldErrors: { to: 'The period must end after it starts.' },
      },
    });
    const missing = await csv(token, net.network.id, 'from=2026-01-01');
    expect(missing.status).toBe(400);
    const repeated = await csv(token, net.network.id, 'from=2026-01-01&from=2026-02-01&to=2026-03-01');
    expect(repeated.status).toBe(400);
  });
});
