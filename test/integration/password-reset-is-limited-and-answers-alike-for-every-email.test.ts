import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { PasswordReset } from '../../server/src/auth/password-reset.entity.js';
import { createNetwork, createPerson } from '../support/factories.js';
import { errorCode, randomIp, startServer, type TestServer } from '../support/harness.js';
import { resetLinkLog } from '../support/reset-links.js';
import { statementsDuring } from '../support/sql-statements.js';

const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 30;

describe('password reset is limited and answers alike for every email', () => {
  let server: TestServer;
  let auth: AuthService;
  const log = resetLinkLog();
  beforeAll(async () => {
    server = await startServer({
      SIGN_IN_ACCOUNT_LIMIT: String(ACCOUNT_LIMIT),
      SIGN_IN_IP_LIMIT: String(ADDRESS_LIMIT),
    });
    auth = server.app.get(AuthService);
    log.start();
  });
  afterAll(async () => {
    log.stop();
    await server.close();
  });

  const request = (email: string, ip: string) => server.gql(REQUEST, { input: { email } }, { ip });

  it('fifteen-aliases-of-one-email-in-one-request-send-at-most-the-limit', async () => {
    const teacher = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    const spellings = Array.from({ length: 15 }, (_, i) =>
      i % 3 === 0 ? teacher.login : i % 3 === 1 ? teacher.login.toUpperCase() : `  ${teacher.login}`,
    );
    const query = `mutation { ${spellings
      .map((email, i) => `r${i}: requestPasswordReset(input: { email: ${JSON.stringify(email)} })`)
      .join(' ')} }`;
    const res = await server.gql<Record<string, boolean | null>>(query, {}, { ip: randomIp() });
    // Mutations run one after another; the first refused one (non-null field) ends the request.
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: [`r${ACCOUNT_LIMIT}`], extensions: { code: 'TOO_MANY_REQUESTS' } });
    expect(res.errors?.[0].message).toMatch(/Too many password reset requests for this email/);
    await auth.idle();
    // Before: fifteen emails. Now five, and from another address no more either (one budget per email).
    expect(await server.db.getRepository(PasswordReset).countBy({ userId: teacher.user.id })).toBe(ACCOUNT_LIMIT);
    expect(errorCode(await request(teacher.login, randomIp()))).toBe('TOO_MANY_REQUESTS');
  });

  it('one-address-asking-for-many-emails-is-slowed-after-its-limit', async () => {
    const ip = randomIp();
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await request(`spray-${i}-${randomUUID().slice(0, 6)}@example.org`, ip)).errors).toBeUndefined();
    }
    const slowed = await request(`spray-more-${randomUUID().slice(0, 6)}@example.org`, ip);
    expect(errorCode(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(slowed.errors?.[0].message).toMatch(/from this network connection/);
  });

  it('the-request-does-the-same-database-work-for-a-known-and-an-unknown-email-and-never-waits-for-the-mail', async () => {
    // Rather than a timed test (flaky on a shared machine), this proves the cause of a timing
    // difference is gone: while the mail work is held back, each request still answers, and the
    // SQL it sent is the same statement for statement whether or not the email has an account.
    const teacher = await createPerson(server.db, await createNetwork(server.db), 'TEACHER');
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const deliver = auth.deliverResetLink.bind(auth);
    auth.deliverResetLink = async (email: string) => {
      await gate;
      return deliver(email);
    };
    try {
      const known = await statementsDuring(() => request(teacher.login, randomIp()));
      const unknownRun = await statementsDuring(() => request(unknown, randomIp()));
      expect(known.result.data).toEqual({ requestPasswordReset: true });
      expect(unknownRun.result.data).toEqual({ requestPasswordReset: true });
      // (Only statements about limits, accounts, resets or mail: a background job of the server
      // may happen to run meanwhile, and its statements say nothing about this request.)
      const touching = (sql: string[]) =>
        sql.filter((q) => /rate_limit_bucket|"user"|password_reset|outbox_message/.test(q));
      expect(touching(known.sql).length).toBeGreaterThan(0);
      expect(touching(known.sql)).toEqual(touching(unknownRun.sql));
      expect(touching(known.sql).every((q) => q.includes('rate_limit_bucket'))).toBe(true);
      // The answer came before the reset was even prepared.
      expect(await server.db.getRepository(PasswordReset).countBy({ userId: teacher.user.id })).toBe(0);
    } finally {
      open();
      auth.deliverResetLink = deliver;
    }
    // Afterwards the known email gets its link, the unknown one nothing.
    await log.tokensFor(teacher.login);
    await auth.idle();
    expect(await server.db.getRepository(PasswordReset).countBy({ userId: teacher.user.id })).toBe(1);
    expect(log.linesAbout(unknown)).toEqual([]);
  });
});
