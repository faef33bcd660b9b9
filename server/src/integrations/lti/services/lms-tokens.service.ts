import { Injectable, Logger } from '@nestjs/common';
import { badInput } from '../../../common/errors.js';
import { LtiKeysService } from '../lti-keys.service.js';
import { LmsAccessTokens, type TokenPlatform } from './lms-access-tokens.js';
import { LmsError } from './lms-http.js';

/**
 * Access tokens for LTI Advantage services, asked with a client assertion signed by the tool key
 * (LtiKeysService) and cached per platform and scopes until shortly before they expire.
 */
@Injectable()
export class LmsTokensService {
  private readonly logger = new Logger('LmsServices');
  private readonly tokens: LmsAccessTokens;

  constructor(keys: LtiKeysService) {
    this.tokens = new LmsAccessTokens((payload, options) => keys.sign(payload, options));
  }

  token(platform: TokenPlatform, scopes: readonly string[]): Promise<string> {
    return this.tokens.token(platform, scopes);
  }

  forget(platform: TokenPlatform): void {
    this.tokens.forget(platform);
  }

  /**
   * Runs a call to the LMS; its refusal becomes a BAD_USER_INPUT error with the teacher's sentence
   * (the platform's own answer goes to the log, never to the client).
   */
  async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof LmsError)) throw err;
      this.logger.warn(`${what}: ${err.detail}`);
      throw badInput(err.message);
    }
  }

  /** Logs an LMS refusal that is reported per student rather than thrown. */
  logRefusal(what: string, err: LmsError): void {
    this.logger.warn(`${what}: ${err.detail}`);
  }
}
