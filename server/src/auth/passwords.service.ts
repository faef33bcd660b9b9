import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * The password hash of an account made by an LMS launch, a roster sync or a OneRoster import: not an
 * argon2 hash, so `verify` is false for every password until the person sets one ("Forgot your
 * password?") or signs in with their school account.
 */
export const NO_PASSWORD = '!no-password';

@Injectable()
export class PasswordsService {
  /** argon2id with the library's defaults (19 MiB, 2 passes). */
  hash(password: string): Promise<string> {
    return hash(password, { algorithm: Algorithm.Argon2id });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
