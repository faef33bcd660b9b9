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

  it('joins an existing adult only with their current password', async () => {
    const email = `adult-${randomUUID().slice(0, 8)}@example.org`;
    const first = await accounts.verifyOrCreateAdult(server.db.manager, {
      email,
      displayName: 'A',
      password: 'first password',
    });
    await expect(
      accounts.verifyOrCreateAdult(server.db.manager, { email, displayName: 'A', password: 'wrong password' }),
    ).rejects.toMatchObject({ extensions: { fieldErrors: { password: expect.stringMatching(/already has/) } } });
    const again = await accounts.verifyOrCreateAdult(server.db.manager, {
      email,
      displayName: 'X',
      password: 'first password',
    });
    expect(again.id).toBe(first.id);
  });

  it('setting a password revokes every session of that person', async () => {
    const email = `reset-${randomUUID().slice(0, 8)}@example.org`;
    const user = await accounts.verifyOrCreateAdult(server.db.manager, {
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
