import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { DataSource } from 'typeorm';
import { CLAIM, DEEP_LINKING_REQUEST, readLaunch, RESOURCE_LINK_REQUEST, type LtiLaunch } from './lti-claims.js';
import { LtiLaunchState } from './lti-launch-state.entity.js';
import { LtiLoginService, sha256 } from './lti-login.service.js';
import { LtiRefusal } from './lti-pages.js';
import { LtiPlatform } from './lti-platform.entity.js';
import { LTI_ALG } from './lti-keys.service.js';

/** Seconds of clock difference allowed between the LMS and Switchback. */
const CLOCK_TOLERANCE_S = 30;

const again = 'Open the link again from your course.';

/**
 * The launch (LTI 1.3 core §5.1.2, IMS Security Framework §5.1.3): the id token posted by the
 * platform is verified against the platform's key set (jose), its issuer, audience (and `azp`),
 * expiry, the one-time state and nonce of the login, the registered deployment, the message type
 * and version. Anything else is refused with a sentence, never a stack.
 */
@Injectable()
export class LtiLaunchService {
  private readonly logger = new Logger(LtiLaunchService.name);
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly login: LtiLoginService,
  ) {}

  async verify(idToken: unknown, state: unknown, stateCookie: string | undefined): Promise<LtiLaunch> {
    if (typeof idToken !== 'string' || typeof state !== 'string' || !idToken || !state)
      throw new LtiRefusal(`The LMS did not send a sign-in token. ${again}`);
    if (stateCookie !== state)
      throw new LtiRefusal(
        'This browser did not start this sign-in (its cookie is missing: some browsers block it inside a frame). Open the link again; if it keeps happening, ask your coordinator to set Switchback to open in a new window.',
      );
    const pending = await this.consume(state);
    const platform = await this.db.getRepository(LtiPlatform).findOneBy({ id: pending.platformId });
    if (!platform) throw new LtiRefusal('This LMS is no longer connected to Switchback.', 403);
    const payload = await this.verifyToken(idToken, platform);
    if (payload.nonce !== pending.nonce)
      throw new LtiRefusal(`This sign-in token was already used (its nonce does not match). ${again}`, 403);
    if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== platform.clientId)
      throw new LtiRefusal('The sign-in token was meant for another tool (authorized party).', 403);
    const deploymentId = payload[CLAIM.deploymentId];
    if (typeof deploymentId !== 'string' || !deploymentId)
      throw new LtiRefusal('The LMS did not say which deployment of Switchback this is.');
    await this.login.requireDeployment(platform.id, deploymentId);
    if (payload[CLAIM.version] !== '1.3.0')
      throw new LtiRefusal('Switchback speaks LTI 1.3 only: the LMS sent another version.');
    const type = payload[CLAIM.messageType];
    if (type !== RESOURCE_LINK_REQUEST && type !== DEEP_LINKING_REQUEST)
      throw new LtiRefusal('Switchback does not handle this kind of LTI message.');
    if (typeof payload.sub !== 'string' || !payload.sub)
      throw new LtiRefusal('The LMS did not say who you are, so Switchback cannot sign you in.');
    const launch = readLaunch(payload, platform, type);
    if (type === RESOURCE_LINK_REQUEST && !launch.resourceLink)
      throw new LtiRefusal('The LMS did not say which link was opened.');
    if (type === DEEP_LINKING_REQUEST && !launch.deepLinking)
      throw new LtiRefusal('The LMS did not say where to send the link you pick.');
    return launch;
  }

  /** Takes the login's state out of the store: a state (and so its nonce) serves one launch only. */
  private async consume(state: string): Promise<LtiLaunchState> {
    const rows = (await this.db.query(
      `DELETE FROM lti_launch_state WHERE state_hash = $1 RETURNING platform_id AS "platformId", nonce, expires_at AS "expiresAt"`,
      [sha256(state)],
    )) as [LtiLaunchState[], number];
    const row = rows[0]?.[0];
    if (!row) throw new LtiRefusal(`This sign-in was already used or has expired. ${again}`, 403);
    if (new Date(row.expiresAt).getTime() < Date.now())
      throw new LtiRefusal(`This sign-in took too long and expired. ${again}`, 403);
    return row;
  }

  private async verifyToken(idToken: string, platform: LtiPlatform): Promise<JWTPayload & Record<string, unknown>> {
    try {
      const { payload } = await jwtVerify(idToken, this.keySet(platform.jwksUrl), {
        algorithms: [LTI_ALG],
        issuer: platform.issuer,
        audience: platform.clientId,
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
      });
      return payload as JWTPayload & Record<string, unknown>;
    } catch (err) {
      throw this.refusalFor(err, platform);
    }
  }

  private keySet(url: string) {
    let set = this.keySets.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 });
      this.keySets.set(url, set);
    }
    return set;
  }

  private refusalFor(err: unknown, platform: LtiPlatform): LtiRefusal {
    if (err instanceof errors.JWTExpired) return new LtiRefusal(`The sign-in from the LMS has expired. ${again}`, 403);
    if (err instanceof errors.JWTClaimValidationFailed) {
      if (err.claim === 'iss')
        return new LtiRefusal(`The sign-in token was not issued by ${platform.name}, the LMS that started it.`, 403);
      if (err.claim === 'aud')
        return new LtiRefusal(`The sign-in token was meant for another tool, not Switchback's client id.`, 403);
      return new LtiRefusal(`The sign-in token is not valid (${err.claim}). ${again}`, 403);
    }
    if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWSSignatureVerificationFailed)
      return new LtiRefusal(`The sign-in token is not signed with the keys of ${platform.name}.`, 403);
    if (err instanceof errors.JWKSTimeout || !(err instanceof errors.JOSEError)) {
      this.logger.warn(`LTI key set of ${platform.jwksUrl}: ${(err as Error).message}`);
      return new LtiRefusal(
        `Switchback could not reach ${platform.name}'s public key set. Try again in a moment.`,
        502,
      );
    }
    return new LtiRefusal(`The sign-in token is not valid. ${again}`, 403);
  }
}
