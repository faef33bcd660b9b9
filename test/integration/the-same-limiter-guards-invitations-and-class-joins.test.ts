import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { formatJoinCode } from '@switchback/shared';
import { createClass, createNetwork, createPerson } from '../support/factories.js';
import { errorCode, randomIp, startServer, type TestServer } from '../support/harness.js';

const JOIN = `mutation($input: JoinClassInput!) { joinClass(input: $input) { token user { id displayName } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`;
const ACCOUNT_LIMIT = 3;
const ADDRESS_LIMIT = 8;

describe('the same limiter guards invitations and class joins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      SIGN_IN_ACCOUNT_LIMIT: String(ACCOUNT_LIMIT),
      SIGN_IN_IP_LIMIT: String(ADDRESS_LIMIT),
    });
  });
  afterAll(() => server.close());

  const join = (input: Record<string, unknown>, ip: string) => server.gql(JOIN, { input }, { ip });
  const student = () => ({
    username: `kid-${randomUUID().slice(0, 8)}`,
    displayName: 'Sky Student',
    password: 'student password',
  });

  it('guessing-class-codes-from-one-address-is-slowed-while-the-right-code-works-elsewhere', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const cls = await createClass(server.db, net, teacher);
    const ip = randomIp();
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      const res = await join({ code: `ZZZZ${String(1000 + i)}`.slice(0, 8), ...student() }, ip);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    // Before: unlimited. Now the address waits between attempts…
    const slowed = await join({ code: 'QQQQ9999', ...student() }, ip);
    expect(errorCode(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(slowed.errors?.[0].message).toMatch(/from this network connection/);
    // …and elsewhere the real code works at once.
    const ok = await join({ code: formatJoinCode(cls.joinCode), ...student() }, randomIp());
    expect(ok.errors).toBeUndefined();
  });

  it('the-same-wrong-code-over-and-over-is-refused-after-the-account-limit', async () => {
    const ip = randomIp();
    for (let i = 0; i < ACCOUNT_LIMIT; i++)
      expect(errorCode(await join({ code: 'WXYZ2345', ...student() }, ip))).toBe('BAD_USER_INPUT');
    const refused = await join({ code: 'wxyz-2345', ...student() }, ip);
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].message).toMatch(/join with this code/);
  });

  it('a-student-name-with-bidi-overrides-is-a-field-error', async () => {
    const net = await createNetwork(server.db);
    const teacher = await createPerson(server.db, net, 'TEACHER');
    const cls = await createClass(server.db, net, teacher);
    const res = await join({ code: cls.joinCode, ...student(), displayName: 'Kid \u202Edrawkcab' }, randomIp());
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual({
      displayName: expect.stringMatching(/invisible control characters/),
    });
  });

  it('trying-invitation-links-from-one-address-is-limited', async () => {
    const ip = randomIp();
    const attempt = () =>
      server.gql(
        ACCEPT,
        { input: { token: `made-up-${randomUUID()}`, displayName: 'X', password: 'a long password' } },
        { ip },
      );
    for (let i = 0; i < ADDRESS_LIMIT; i++) expect(errorCode(await attempt())).toBe('NOT_FOUND');
    const slowed = await attempt();
    expect(errorCode(slowed)).toBe('TOO_MANY_REQUESTS');
  });
});
