import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import crypto from 'node:crypto';
import { LessThan, type DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ltiToolUrls } from './lti-platforms.service.js';
import { LtiDeployment } from './lti-deployment.entity.js';
import { LtiLaunchState } from './lti-launch-state.entity.js';
import { LtiPlatform } from './lti-platform.entity.js';
import { LtiRefusal } from './lti-pages.js';

/** How long a login initiation waits for its launch. */
export const LAUNCH_STATE_TTL_MS = 10 * 60_000;

export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export interface LoginRequest {
  iss?: string;
  login_hint?: string;
  target_link_uri?: string;
  lti_message_hint?: string;
  client_id?: string;
  lti_deployment_id?: string;
}

/**
 * Third-party initiated login (LTI 1.3 core §5.1.1 / IMS Security Framework §5.1.1): finds the
 * registered platform, keeps a one-time state and nonce, and answers with the platform's
 * authentication request URL.
 */
@Injectable()
export class LtiLoginService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async initiate(req: LoginRequest): Promise<{ redirectUrl: string; state: string }> {
    if (!req.iss || !req.login_hint || !req.target_link_uri)
      throw new LtiRefusal('The LMS did not send what Switchback needs to sign you in (issuer, login hint, link).');
    const platform = await this.platformFor(req.iss, req.client_id);
    if (req.lti_deployment_id) await this.requireDeployment(platform.id, req.lti_deployment_id);
    const target = this.targetOf(req.target_link_uri);
    const state = crypto.randomBytes(32).toString('base64url');
    const nonce = crypto.randomBytes(24).toString('base64url');
    const repo = this.db.getRepository(LtiLaunchState);
    await repo.delete({ expiresAt: LessThan(new Date()) });
    await repo.insert({
      stateHash: sha256(state),
      nonce,
      platformId: platform.id,
      targetLinkUri: target,
      expiresAt: new Date(Date.now() + LAUNCH_STATE_TTL_MS),
    });
    const url = new URL(platform.authLoginUrl);
    const params: Record<string, string> = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: target,
      login_hint: req.login_hint,
      state,
      nonce,
      ...(req.lti_message_hint ? { lti_message_hint: req.lti_message_hint } : {}),
    };
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return { redirectUrl: url.toString(), state };
  }

  /** The platform of an issuer (and client id, when the LMS sends one, as it must when several share an issuer). */
  async platformFor(issuer: string, clientId?: string): Promise<LtiPlatform> {
    const where = { issuer: issuer.replace(/\/$/, ''), ...(clientId ? { clientId } : {}) };
    const found = await this.db.getRepository(LtiPlatform).find({ where, take: 2 });
    if (found.length === 0)
      throw new LtiRefusal(
        'This LMS is not connected to Switchback. A network coordinator connects it on the LMS page of Switchback.',
        403,
      );
    if (found.length > 1)
      throw new LtiRefusal('Several connections use this LMS: the LMS must send its client id with the launch.', 400);
    return found[0];
  }

  async platformById(id: string): Promise<LtiPlatform> {
    const platform = await this.db.getRepository(LtiPlatform).findOneBy({ id });
    if (!platform) throw new LtiRefusal('This LMS is no longer connected to Switchback.', 403);
    return platform;
  }

  async requireDeployment(platformId: string, deploymentId: string): Promise<void> {
    const known = await this.db.getRepository(LtiDeployment).existsBy({ platformId, deploymentId });
    if (!known)
      throw new LtiRefusal(
        `This deployment of Switchback (${deploymentId}) is not registered. A coordinator adds its deployment id on the LMS page of Switchback.`,
        403,
      );
  }

  /** Launches go to our launch URL only (a target elsewhere would send the id token to someone else). */
  private targetOf(target: string): string {
    const launch = ltiToolUrls(this.config.publicUrl).launchUrl;
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new LtiRefusal('The LMS sent a link Switchback does not recognise.');
    }
    if (url.origin !== new URL(launch).origin || url.pathname !== new URL(launch).pathname)
      throw new LtiRefusal(`This link points at ${url.origin}${url.pathname}, not at Switchback's launch address.`);
    return url.toString();
  }
}
