import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startServer, type TestServer } from '../../../test/support/harness.js';
import { AccountsService } from './accounts.service.js';
import { PasswordsService } from './passwords.service.js';
import { User } from './user.entity.js';

describe('AccountsService', () => {
  let server: TestServer;
  let accounts: AccountsService;
  beforeAll(async () => {
    server = await startServer();
    accounts = server.app.get(AccountsService);
  });
  afterAll(() => server.close());

  it('creates a student with a hashed password and no email', async () => {
    const username = `kid-${randomUUID().slice(0, 8)}`;
    const user = await accounts.createStudent(server.db.manager, {
      username,
      displayName: 'Kid',
      password: 'long enough',
    });
    const stored = await server.db.getRepository(User).findOneByOrFail({ id: user.id });
    expect(stored.email).toBeNull();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken username with a field error', async () => {
    const username = `dup-${randomUUID().slice(0, 8)}`;
    await accounts.createStudent(server.db.manager, { username, displayName: 'A', password: 'long enough' });
    await expect(
      accounts.createStudent(server.db.manager, { username, displayName: 'B', password: 'long enough' }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', fieldErrors: { username: expect.any(String) } } });
  });

  it('refuses short passwords for new accounts', async () => {
    await expect(
      accounts.createStudent(server.db.manager, {
        username: `s-${randomUUID().slice(0, 8)}`,
        displayName: 'S',
        password: 'short',
      }),
    ).rejects.toMatchObject({ extensions: { fieldErrors: { password: expect.stringMatching(/at least 8/) } } });
  });

  it('never checks a password for an existing adult: an email with an account is a conflict', async () => {
    const email = `adult-${randomUUID().slice(0, 8)}@example.org`;
    await accounts.createAdult(server.db.manager, { email, displayName: 'A', password: 'first password' });
    // Not even the right password joins it here: existing accounts accept by signing in (limited).
    await expect(
      accounts.createAdult(server.db.manager, { email, displayName: 'A', password: 'first password' }),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', fieldErrors: { email: expect.stringMatching(/sign in/) } },
    });
  });

  it('refuses display names with bidi overrides or other invisible controls', async () => {
    for (const displayName of ['Ann\u202Egnp.exe', 'Bob\u2066Lee\u2069', 'Zero\u200Bwidth']) {
      await expect(
        accounts.createStudent(server.db.manager, {
          username: `b-${randomUUID().slice(0, 8)}`,
          displayName,
          password: 'long enough',
        }),
      ).rejects.toMatchObject({ extensions: { fieldErrors: { displayName: expect.stringMatching(/invisible/) } } });
    }
  });

  it('setting a password revokes every session of that person', async () => {
    const email = `reset-${randomUUID().slice(0, 8)}@example.org`;
    const user = await accounts.createAdult(server.db.manager, {
      email,
      displayName: 'R',
      password: 'first password',
    });
    await accounts.startSession(server.db.manager, user.id, null);
    await accounts.setPassword(server.db.manager, user.id, 'second password');
    const [{ open }] = await server.db.query(
      'SELECT count(*)::int AS open FROM session WHERE user_id = $1 AND revoked_at IS NULL',
      [user.id],
    );
    expect(open).toBe(0);
    const stored = await server.db.getRepository(User).findOneByOrFail({ id: user.id });
    expect(await new PasswordsService().verify(stored.passwordHash, 'second password')).toBe(true);
  });
});
