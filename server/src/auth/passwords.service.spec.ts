import { describe, expect, it } from '@jest/globals';
import { PasswordsService } from './passwords.service.js';

describe('PasswordsService', () => {
  const passwords = new PasswordsService();

  it('hashes with argon2id and a fresh salt each time', async () => {
    const a = await passwords.hash('switchback');
    const b = await passwords.hash('switchback');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password only, and treats a broken hash as a mismatch', async () => {
    const h = await passwords.hash('switchback');
    expect(await passwords.verify(h, 'switchback')).toBe(true);
    expect(await passwords.verify(h, 'Switchback')).toBe(false);
    expect(await passwords.verify('not-a-hash', 'switchback')).toBe(false);
  });
});
