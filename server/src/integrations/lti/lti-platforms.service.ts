import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service.js';
import { ltiPlatformPolicy, type LtiPlatformAction } from '../../access/policies/lti-platform.policy.js';
import { AuditService } from '../../audit/audit.service.js';
import { isUniqueViolation } from '../../common/db-errors.js';
import { badInput, conflict, notFound, type FieldErrors } from '../../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { LtiPlatformFields, RegisterLtiPlatformInput, UpdateLtiPlatformInput } from './dto/lti-platform.input.js';
import type { LtiToolConfiguration } from './dto/lti-tool-configuration.type.js';
import { LtiDeployment } from './lti-deployment.entity.js';
import { LtiPlatform } from './lti-platform.entity.js';

const URL_FIELDS = [
  ['authLoginUrl', 'The authentication request URL'],
  ['authTokenUrl', 'The access token URL'],
  ['jwksUrl', 'The public key set URL'],
] as const;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An https address (plain http only for a platform on this machine, as in development and tests). */
export function isPlatformUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname));
  } catch {
    return false;
  }
}

const taken = () =>
  conflict('That LMS and client id are already connected to Switchback.', {
    clientId: 'This client id is already registered: ask the LMS administrator for the one they made for you.',
  });

/** LMS platforms a network's coordinators register (LTI 1.3): the rules live here, the resolver is thin. */
@Injectable()
export class LtiPlatformsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The network's platforms, for its adults. */
  async list(userId: string, networkId: string): Promise<LtiPlatform[]> {
    await this.check(userId, networkId, 'read');
    return this.db.getRepository(LtiPlatform).find({
      where: { networkId },
      relations: { deployments: true },
      order: { name: 'ASC', deployments: { deploymentId: 'ASC' } },
    });
  }

  /** Switchback's values to paste into an LMS. */
  async toolConfiguration(userId: string, networkId: string): Promise<LtiToolConfiguration> {
    await this.check(userId, networkId, 'read');
    return ltiToolUrls(this.config.publicUrl);
  }

  async register(userId: string, input: RegisterLtiPlatformInput): Promise<LtiPlatform> {
    await this.check(userId, input.networkId, 'manage');
    const fields = this.validated(input);
    return this.write(async (m) => {
      const platform = await m.save(
        m.create(LtiPlatform, { ...fields, networkId: input.networkId, createdById: userId }),
      );
      await this.saveDeployments(m, platform.id, input.deploymentIds);
      await this.record(m, userId, platform, 'lti.platform.register');
      return platform.id;
    });
  }

  async update(userId: string, input: UpdateLtiPlatformInput): Promise<LtiPlatform> {
    const platform = await this.find(userId, input.id, 'manage');
    const fields = this.validated(input);
    return this.write(async (m) => {
      await m.update(LtiPlatform, { id: platform.id }, fields);
      await m.delete(LtiDeployment, { platformId: platform.id });
      await this.saveDeployments(m, platform.id, input.deploymentIds);
      await this.record(m, userId, platform, 'lti.platform.update');
      return platform.id;
    });
  }

  /** Removes the platform with everything Switchback learnt from it (courses, links, LMS user links). */
  async remove(userId: string, id: string): Promise<boolean> {
    const platform = await this.find(userId, id, 'manage');
    await this.db.transaction(async (m) => {
      await m.delete(LtiPlatform, { id: platform.id });
      await this.record(m, userId, platform, 'lti.platform.remove');
    });
    return true;
  }

  private async check(userId: string, networkId: string, action: LtiPlatformAction): Promise<void> {
    const membership = await this.access.activeMembership(userId, networkId);
    if (!membership) throw notFound('network');
    ltiPlatformPolicy.assert(membership, action);
  }

  private async find(userId: string, id: string, action: LtiPlatformAction): Promise<LtiPlatform> {
    const platform = await this.db.getRepository(LtiPlatform).findOneBy({ id });
    const membership = platform && (await this.access.activeMembership(userId, platform.networkId));
    if (!platform || !membership) throw notFound('LMS platform');
    ltiPlatformPolicy.assert(membership, action);
    return platform;
  }

  private validated(input: LtiPlatformFields) {
    const errors: FieldErrors = {};
    for (const [field, label] of URL_FIELDS)
      if (!isPlatformUrl(input[field])) errors[field] = `${label} must be an https:// address copied from the LMS.`;
    if (Object.keys(errors).length) throw badInput(Object.values(errors)[0], errors);
    const { name, issuer, clientId, authLoginUrl, authTokenUrl, jwksUrl } = input;
    return { name, issuer: issuer.replace(/\/$/, ''), clientId, authLoginUrl, authTokenUrl, jwksUrl };
  }

  private async saveDeployments(m: EntityManager, platformId: string, ids: string[]): Promise<void> {
    await m.save(ids.map((deploymentId) => m.create(LtiDeployment, { platformId, deploymentId })));
  }

  private record(m: EntityManager, userId: string, platform: LtiPlatform, action: string) {
    return this.audit.record(m, {
      networkId: platform.networkId,
      actorId: userId,
      action,
      targetType: 'LtiPlatform',
      targetId: platform.id,
    });
  }

  private async write(fn: (m: EntityManager) => Promise<string>): Promise<LtiPlatform> {
    let id: string;
    try {
      id = await this.db.transaction(fn);
    } catch (err) {
      if (isUniqueViolation(err)) throw taken();
      throw err;
    }
    return this.db.getRepository(LtiPlatform).findOneOrFail({
      where: { id },
      relations: { deployments: true },
      order: { deployments: { deploymentId: 'ASC' } },
    });
  }
}

/** The tool's addresses under PUBLIC_URL. */
export function ltiToolUrls(publicUrl: string): LtiToolConfiguration {
  return {
    loginUrl: `${publicUrl}/lti/login`,
    launchUrl: `${publicUrl}/lti/launch`,
    deepLinkingUrl: `${publicUrl}/lti/launch`,
    jwksUrl: `${publicUrl}/.well-known/jwks.json`,
  };
}
