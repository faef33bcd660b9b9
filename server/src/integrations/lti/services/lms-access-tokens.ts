import { randomUUID } from 'node:crypto';
import { LmsError, lmsFetch, lmsJson } from './lms-http.js';

/** The scopes of LTI Advantage services Switchback asks for. */
export const LTI_SCOPES = {
  roster: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
} as const;

/** The platform's values a token request needs. */
export interface TokenPlatform {
  id: string;
  clientId: string;
  authTokenUrl: string;
}

/** Signs a JWT with the tool key (LtiKeysService.sign): sets iat, a jti unless given, and exp. */
export type ToolSigner = (payload: Record<string, unknown>, options?: { expiresIn?: string }) => Promise<string>;

interface Cached {
  token: string;
  /** Epoch ms after which it is not used any more (a minute before the platform's expiry). */
  until: number;
}

/**
 * OAuth 2 client credentials with a JWT client assertion (RFC 7523, IMS Security Framework §4.1):
 * iss = sub = the client id, aud = the platform's token URL, a unique jti, signed with the tool key.
 * Access tokens are cached per platform and scope set until a minute before they expire.
 */
export class LmsAccessTokens {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly sign: ToolSigner,
    private readonly now: () => number = Date.now,
  ) {}

  async token(platform: TokenPlatform, scopes: readonly string[]): Promise<string> {
    const scope = [...new Set(scopes)].sort().join(' ');
    const key = `${platform.id}\n${platform.authTokenUrl}\n${platform.clientId}\n${scope}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > this.now()) return hit.token;
    const assertion = await this.sign(
      { iss: platform.clientId, sub: platform.clientId, aud: platform.authTokenUrl, jti: randomUUID() },
      { expiresIn: '5m' },
    );
    const res = await lmsFetch(
      platform.authTokenUrl,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: assertion,
          scope,
        }).toString(),
      },
      'permission to use the course',
    );
    const { body } = await lmsJson<{ access_token?: unknown; expires_in?: unknown; error?: unknown }>(
      res,
      'token',
      'The LMS refused Switchback access to this course. Ask your coordinator to check that the LMS lets ' +
        'Switchback use course rosters and grades (the LTI Advantage services) and that the client id is right.',
    );
    if (typeof body.access_token !== 'string' || !body.access_token) {
      throw new LmsError('The LMS did not give Switchback access to this course.', `token: ${JSON.stringify(body)}`);
    }
    const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
    this.cache.set(key, { token: body.access_token, until: this.now() + Math.max(0, seconds - 60) * 1000 });
    return body.access_token;
  }

  /** Forgets a token the platform no longer takes (it answered 401). */
  forget(platform: TokenPlatform): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${platform.id}\n`)) this.cache.delete(key);
  }
}
