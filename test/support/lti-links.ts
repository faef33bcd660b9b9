/**
 * What a launch from an LMS records (server/src/integrations/lti): the registered platform, the
 * course (context) with its service endpoints, the resource link, and LMS users bound to accounts.
 * Written straight to the database for the service tests, as the launch tests cover the launch.
 */
import type { DataSource } from 'typeorm';
import { LtiContext } from '../../server/src/integrations/lti/lti-context.entity.js';
import { LtiPlatform } from '../../server/src/integrations/lti/lti-platform.entity.js';
import { LtiResourceLink } from '../../server/src/integrations/lti/lti-resource-link.entity.js';
import { LtiUserLink } from '../../server/src/integrations/lti/lti-user-link.entity.js';
import type { TestNetwork } from './factories.js';
import { SCOPES, type SimulatedPlatform } from './lms-services-platform.js';

export async function registerPlatform(db: DataSource, net: TestNetwork, p: SimulatedPlatform): Promise<LtiPlatform> {
  return db.getRepository(LtiPlatform).save({
    networkId: net.network.id,
    name: 'Test LMS',
    issuer: p.issuer,
    clientId: p.clientId,
    authLoginUrl: p.authUrl,
    authTokenUrl: p.tokenUrl,
    jwksUrl: p.jwksUrl,
    createdById: null,
  });
}

/** A course of the platform as its launch announced it (roster and gradebook endpoints), linked to a class. */
export async function linkCourse(
  db: DataSource,
  platform: LtiPlatform,
  p: SimulatedPlatform,
  courseId: string,
  opts: { classId?: string | null; roster?: boolean; grades?: boolean } = {},
): Promise<LtiContext> {
  const course = p.courses.get(courseId);
  return db.getRepository(LtiContext).save({
    platformId: platform.id,
    contextId: courseId,
    title: course?.title ?? courseId,
    classId: opts.classId ?? null,
    nrpsUrl: opts.roster === false ? null : p.membershipsUrl(courseId),
    agsLineitemsUrl: opts.grades === false ? null : p.lineItemsUrl(courseId),
    agsScopes: opts.grades === false ? [] : [SCOPES.lineItem, SCOPES.lineItemReadonly, SCOPES.score],
  });
}

/** A link in the course that opens an exchange (as deep linking placed it). */
export async function linkAssignment(
  db: DataSource,
  context: LtiContext,
  opts: { resourceLinkId: string; exchangeId: string; agsLineitemUrl?: string | null },
): Promise<LtiResourceLink> {
  return db.getRepository(LtiResourceLink).save({
    contextId: context.id,
    resourceLinkId: opts.resourceLinkId,
    title: 'Peer feedback',
    exchangeId: opts.exchangeId,
    classId: null,
    agsLineitemUrl: opts.agsLineitemUrl ?? null,
  });
}

/** An LMS user bound to a Switchback account (as their first launch did). */
export async function bindLmsUser(db: DataSource, platform: LtiPlatform, sub: string, userId: string): Promise<void> {
  await db.getRepository(LtiUserLink).save({ platformId: platform.id, sub, userId });
}
